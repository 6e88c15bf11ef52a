import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Corpus, findInconsistencies } from "@corpus/schema";
import { describe, expect, test } from "vitest";
import { corpusJsonChunks } from "../src/corpus/write-corpus-file.js";
import { loadCorpus } from "../src/corpus/load-corpus.js";

// The whole pipeline with the real extractors on real articles: the seed (in the repository) and the
// dev set (../shared, read at run time; skipped when absent). Whatever the extractors find, the
// corpus must validate, be consistent, and serialise identically twice.
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const dirs = [join(repo, "seeds"), join(repo, "../shared/corpus/dev")];

describe.each(dirs)("loadCorpus(%s)", (dir) => {
  test.skipIf(!existsSync(dir))("gives a valid, consistent, deterministic corpus without problems", async () => {
    const first = await loadCorpus(dir);
    expect(first.corpus.problems).toEqual([]);
    expect(first.corpus.articles.length).toBeGreaterThan(0);
    expect(Corpus.safeParse(first.corpus).success).toBe(true);
    expect(findInconsistencies(first.corpus)).toEqual([]);
    const second = await loadCorpus(dir);
    expect([...corpusJsonChunks(second.corpus)].join("")).toBe([...corpusJsonChunks(first.corpus)].join(""));
  }, 60_000);
});
