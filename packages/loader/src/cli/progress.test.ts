import pc from "picocolors";
import { describe, expect, test } from "vitest";
import { ProgressLine } from "./progress.js";
import type { Terminal } from "./terminal.js";

function fakeTerminal(errIsTTY: boolean): Terminal & { written: string[] } {
  const written: string[] = [];
  const colors = pc.createColors(false);
  return { written, out: () => {}, err: (text) => written.push(text), errIsTTY, outColors: colors, errColors: colors };
}

describe("ProgressLine", () => {
  test("on a terminal, redraws in place at most every 100 ms and erases itself", () => {
    let clock = 0;
    const terminal = fakeTerminal(true);
    const progress = new ProgressLine(terminal, () => clock);
    progress.update(1, 1000);
    clock = 50;
    progress.update(2, 1000);
    expect(terminal.written).toEqual([]);
    clock = 150;
    progress.update(300, 1000);
    clock = 200;
    progress.update(400, 1000);
    expect(terminal.written).toHaveLength(1);
    expect(terminal.written[0]).toMatch(/^\r\x1b\[Kloading 300\/1,000 files \(30%\), 2,000 files\/s$/);
    progress.clear();
    expect(terminal.written.at(-1)).toBe("\r\x1b[K");
  });

  test("on a pipe, prints a plain line every 10 s and nothing for short runs", () => {
    let clock = 0;
    const terminal = fakeTerminal(false);
    const progress = new ProgressLine(terminal, () => clock);
    clock = 5_000;
    progress.update(10, 100);
    expect(terminal.written).toEqual([]);
    clock = 10_000;
    progress.update(50, 100);
    progress.clear();
    expect(terminal.written).toEqual(["loading 50/100 files (50%), 5 files/s\n"]);
  });
});
