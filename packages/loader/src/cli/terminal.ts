import pc from "picocolors";

/** Where the CLI writes, and what each stream can show: the only handle on the outside world the commands get. */
export interface Terminal {
  out(text: string): void;
  err(text: string): void;
  /** stderr is an interactive terminal: a self-redrawing progress line makes sense. */
  errIsTTY: boolean;
  outColors: Colors;
  errColors: Colors;
}

export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colours when the stream is a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR
 * turns them on anywhere. Piped output stays plain text.
 */
export function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Colors {
  const enabled = "FORCE_COLOR" in env ? env.FORCE_COLOR !== "0" : Boolean(stream.isTTY) && !("NO_COLOR" in env);
  return pc.createColors(enabled);
}

/** The real terminal of this process. */
export function processTerminal(): Terminal {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTTY: Boolean(process.stderr.isTTY),
    outColors: colorsFor(process.stdout),
    errColors: colorsFor(process.stderr),
  };
}
