/** The CLI's exit statuses, documented in the README. */
export const ExitCode = {
  /** Done; with --strict, also no problem at all. */
  Ok: 0,
  /** Problems under --strict, a document `inspect` could not load, or the output could not be written. */
  Failure: 1,
  /** The command line is wrong: unknown option, missing argument, a directory or file that does not exist. */
  Usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
