import type { Terminal } from "./terminal.js";

const REDRAW_MS = 100;
const PLAIN_EVERY_MS = 10_000;

/**
 * A progress line on stderr for long loads: redrawn in place at most every 100 ms on a terminal,
 * and on a pipe (CI logs) a plain line every 10 s, so short runs print nothing.
 */
export class ProgressLine {
  private readonly started: number;
  private last: number;
  private drawn = false;

  constructor(
    private readonly terminal: Terminal,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.last = this.started;
  }

  update(done: number, total: number): void {
    const now = this.now();
    if (now - this.last < (this.terminal.errIsTTY ? REDRAW_MS : PLAIN_EVERY_MS)) return;
    this.last = now;
    const rate = done / ((now - this.started) / 1000);
    const text = `loading ${done.toLocaleString("en")}/${total.toLocaleString("en")} files (${Math.floor((100 * done) / total)}%), ${Math.round(rate).toLocaleString("en")} files/s`;
    if (this.terminal.errIsTTY) {
      this.terminal.err(`\r\x1b[K${this.terminal.errColors.dim(text)}`);
      this.drawn = true;
    } else if (done < total) {
      this.terminal.err(`${text}\n`);
    }
  }

  /** Erases the line so that what follows starts on a clean line. */
  clear(): void {
    if (this.drawn) this.terminal.err("\r\x1b[K");
    this.drawn = false;
  }
}
