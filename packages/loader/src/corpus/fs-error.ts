const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  EMFILE: "too many open files",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
};

/** A file system error as a few words for a one-line diagnostic (`ENOENT` → "no such file or directory"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message.split("\n")[0] ?? error.name : String(error));
}
