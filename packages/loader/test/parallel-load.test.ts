import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Worker threads run the built worker entry, so this test uses the built package (turbo builds first).
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const built = (await import(join(packageDir, "dist", "index.js"))) as typeof import("../src/index.js");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "loader-parallel-"));
  for (let i = 0; i < 70; i++) {
    const n = String(i).padStart(3, "0");
    writeFileSync(join(dir, `${n}.txt`), ` date 2024-04-${String((i % 28) + 1).padStart(2, "0")} La France et le Mali, dépêche ${n}\n\nLa France a rencontré le Mali à Paris. Le dossier ${n} avance.\n`);
  }
  writeFileSync(join(dir, "bad.txt"), " date 2024-13 X\n\nY.\n");
  writeFileSync(join(dir, "copy.txt"), " date 2024-04-01 La France et le Mali, dépêche 000\n\nLa France a rencontré le Mali à Paris. Le dossier 000 avance.\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadCorpus with worker threads", () => {
  test("gives byte-identical output to a one-thread load, problems included", async () => {
    const one = await built.loadCorpus(dir);
    const two = await built.loadCorpus(dir, { workers: 2 });
    const json = (corpus: typeof one.corpus) => [...built.corpusJsonChunks(corpus)].join("");
    expect(json(two.corpus)).toBe(json(one.corpus));
    expect(two.corpus.problems.map((p) => p.code)).toEqual(["INVALID_DATE", "DUPLICATE"]);
    expect(two.stats.articles).toBe(70);
  }, 60_000);

  test("reports unreadable files and calls onProgress in order", async () => {
    const seen: number[] = [];
    const { corpus } = await built.loadCorpus(dir, { workers: 2, files: ["000.txt", "gone.txt", "001.txt"], onProgress: (done) => seen.push(done) });
    expect(corpus.problems.map((p) => [p.file, p.code])).toEqual([["gone.txt", "READ_FAILED"]]);
    expect(seen).toEqual([1, 2, 3]);
  }, 60_000);

  test("refuses a custom extractor, which cannot cross to a worker", async () => {
    await expect(built.loadCorpus(dir, { workers: 2, extract: () => ({ actors: [], events: [] }) })).rejects.toBeInstanceOf(TypeError);
  });
});
