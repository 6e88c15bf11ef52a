import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureCorpus } from "../test/fixtures/corpus.js";
import { Corpus } from "@corpus/schema";
import { syntheticCorpus } from "./testing/synthetic-corpus.js";
import { CorpusLoadError, readCorpusFile, validateCorpus } from "./load-corpus.js";

async function corpusFile(content: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "corpus-")), "corpus.json");
  await writeFile(path, content);
  return path;
}

describe("readCorpusFile", () => {
  it("validates a corpus.json and, when asked, records a proof that spares the next start", async () => {
    const path = await corpusFile(JSON.stringify(fixtureCorpus));
    const first = await readCorpusFile(path, { reuseProof: true });
    expect(first.corpus).toEqual(fixtureCorpus);
    expect(first.timings.validated).toBe("now");
    expect(existsSync(`${path}.validated.json`)).toBe(true);
    expect((await readCorpusFile(path, { reuseProof: true })).timings.validated).toBe("proof");
    expect((await readCorpusFile(path)).timings.validated).toBe("now");
  });

  it("validates again when the bytes change, and refuses an inconsistent corpus", async () => {
    const path = await corpusFile(JSON.stringify(fixtureCorpus));
    await readCorpusFile(path, { reuseProof: true });
    const edited = structuredClone(fixtureCorpus);
    edited.articles[0]!.body = edited.articles[0]!.body.replace("Niger", "Nigeria");
    await writeFile(path, JSON.stringify(edited));
    await expect(readCorpusFile(path, { reuseProof: true })).rejects.toThrow(/inconsistent corpus \(\d+ problems; actor:country:NE: mention: span/);
  });

  it("names the file and the reason for unreadable, non-JSON and invalid corpora", async () => {
    await expect(readCorpusFile("/nonexistent/corpus.json")).rejects.toThrow("/nonexistent/corpus.json: cannot read (ENOENT)");
    const notJson = await corpusFile("{ nope");
    await expect(readCorpusFile(notJson)).rejects.toThrow(new RegExp(`^${notJson}: not JSON`));
    const invalid = await corpusFile(JSON.stringify({ ...fixtureCorpus, articles: [{ ...fixtureCorpus.articles[0], language: "French" }] }));
    const error = await readCorpusFile(invalid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as Error).message).toMatch(/not a valid corpus \(1 issues; articles\.0\.language: must be an ISO 639-1 code/);
  });

  it("checks record by record exactly what Corpus checks: same result, same refusals", () => {
    const corpus = syntheticCorpus(60, 9);
    const withExtra = structuredClone(corpus) as Corpus & { articles: (Corpus["articles"][number] & { extra?: number })[] };
    withExtra.articles[3]!.extra = 1;
    expect(validateCorpus(structuredClone(withExtra), "c.json")).toEqual(Corpus.parse(structuredClone(withExtra)));
    const cases: [string, (c: any) => void][] = [
      ["formatVersion", (c) => (c.formatVersion = 2)],
      ["events.7.confidence", (c) => (c.events[7].confidence = 1.5)],
      ["actors.2.mentions.0", (c) => (c.actors[2].mentions[0].end = c.actors[2].mentions[0].start + 99)],
      ["problems.0.code", (c) => c.problems.push({ file: "x.txt", line: null, code: "NOPE", severity: "ERROR", message: "m" })],
      ["articles", (c) => (c.articles = {})],
    ];
    for (const [where, spoil] of cases) {
      const bad = structuredClone(corpus);
      spoil(bad);
      expect(Corpus.safeParse(structuredClone(bad)).success, where).toBe(false);
      expect(() => validateCorpus(bad, "c.json"), where).toThrow(new RegExp(`not a valid corpus \\(\\d+ issues; ${where.replace(/\./g, "\\.")}`));
    }
  });
});
