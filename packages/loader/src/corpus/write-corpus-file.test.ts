import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { loadArticleText } from "./load-corpus.js";
import { testExtractor } from "./test-extractor.js";
import { corpusJsonChunks, writeCorpusFile } from "./write-corpus-file.js";

const dir = mkdtempSync(join(tmpdir(), "loader-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const corpus = loadArticleText("a.txt", " date 2024 T\n\nLa Russie signe avec le Niger.\n", testExtractor);

test("the chunks join into JSON that parses back to the same corpus, one record per line", () => {
  const text = [...corpusJsonChunks(corpus)].join("");
  expect(JSON.parse(text)).toEqual(corpus);
  expect(text.split("\n").filter((line) => line.startsWith('{"id":"a"'))).toHaveLength(1);
});

test("an empty corpus is valid JSON too", () => {
  const empty = { formatVersion: 1 as const, articles: [], actors: [], events: [], problems: [] };
  expect(JSON.parse([...corpusJsonChunks(empty)].join(""))).toEqual(empty);
});

test("writes through a temporary file and leaves nothing behind on failure", () => {
  const path = join(dir, "corpus.json");
  writeCorpusFile(corpus, path);
  expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(corpus);
  expect(() => writeCorpusFile(corpus, join(dir, "missing", "corpus.json"))).toThrow(/ENOENT/);
  expect(readdirSync(dir)).toEqual(["corpus.json"]);
  expect(existsSync(join(dir, "missing"))).toBe(false);
});
