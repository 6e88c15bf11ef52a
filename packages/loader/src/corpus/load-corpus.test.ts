import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Corpus, findInconsistencies } from "@corpus/schema";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Extraction } from "../document.js";
import { CorpusDirectoryError, loadArticleText, loadCorpus } from "./load-corpus.js";
import { testExtractor } from "./test-extractor.js";
import { corpusJsonChunks } from "./write-corpus-file.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "loader-corpus-"));
  const files: Record<string, string | Buffer> = {
    "a.txt": " date 2024-04 Accord\n\nLa Russie signe avec le Niger. Poutine est satisfait.\n",
    "sub/b.txt": " date 2024-05-02 Visite\n\nLe président Putin signs with Niger. Les manifestants restent chez eux.\n",
    "c.txt": " date 2024 Manifestation\n\nLes manifestants signe le Niger.\n",
    "copy.txt": " date 2024-04 Accord\n\nLa Russie signe  avec le Niger.\nPoutine est satisfait.\n",
    "bad-date.txt": " date 2024-13 Titre\n\nTexte.\n",
    "latin1.txt": Buffer.from(" date 2024 Titre\n\nLe d\xe9put\xe9.\n", "latin1"),
    "notes.md": "not loaded",
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadCorpus", () => {
  test("loads the good documents, reports the bad ones, and gives a valid, consistent corpus", async () => {
    const { corpus, stats } = await loadCorpus(dir, { extract: testExtractor });
    expect(corpus.articles.map((a) => a.id)).toEqual(["a", "c", "sub/b"]);
    expect(corpus.problems.map((p) => [p.file, p.line, p.code])).toEqual([
      ["bad-date.txt", 1, "INVALID_DATE"],
      ["copy.txt", null, "DUPLICATE"],
      ["latin1.txt", 3, "NOT_UTF8"],
    ]);
    expect(corpus.problems[1]?.message).toContain("a.txt");
    expect(stats).toMatchObject({ files: 6, articles: 3, problems: 3, actors: corpus.actors.length, events: corpus.events.length });
    expect(Corpus.safeParse(corpus).success).toBe(true);
    expect(findInconsistencies(corpus)).toEqual([]);
  });

  test("merges one actor per key across articles, with names, aliases, roles and mentions pooled", async () => {
    const { corpus } = await loadCorpus(dir, { extract: testExtractor });
    const putin = corpus.actors.find((a) => a.id === "wd:Q7747");
    expect(putin).toMatchObject({ name: "Vladimir Putin", kind: "PERSON", country: "RU", wikidataId: "Q7747", aliases: ["Poutine", "Putin"] });
    expect(putin?.roles).toEqual(["Russian president", "président russe"]);
    expect(putin?.mentions.map((m) => [m.articleId, m.text])).toEqual([["a", "Poutine"], ["sub/b", "Putin"]]);
    const niger = corpus.actors.find((a) => a.id === "country:NE");
    expect(niger?.mentions.map((m) => m.articleId)).toEqual(["a", "c", "sub/b"]);
  });

  test("keeps a generic actor only from the articles where it takes part in an event", async () => {
    const { corpus } = await loadCorpus(dir, { extract: testExtractor });
    const protesters = corpus.actors.find((a) => a.id === "group:protesters");
    expect(protesters?.mentions.map((m) => m.articleId)).toEqual(["c"]);
  });

  test("gives events stable ids from article, trigger and type", async () => {
    const { corpus } = await loadCorpus(dir, { extract: testExtractor });
    expect(corpus.events.map((e) => [e.id, e.sourceId, e.targetId])).toEqual([
      ["a#BODY:10:AGREE", "country:RU", "country:NE"],
      ["c#BODY:17:AGREE", "group:protesters", "country:NE"],
      ["sub/b#BODY:19:AGREE", "wd:Q7747", "country:NE"],
    ]);
  });

  test("writes byte-identical JSON on every run, whatever order the extractor returns things in", async () => {
    const reversed = (article: Parameters<typeof testExtractor>[0]): Extraction => {
      const { actors, events } = testExtractor(article);
      return { actors: [...actors].reverse().map((a) => ({ ...a, mentions: [...a.mentions].reverse() })), events: [...events].reverse() };
    };
    const first = [...corpusJsonChunks((await loadCorpus(dir, { extract: testExtractor })).corpus)].join("");
    const second = [...corpusJsonChunks((await loadCorpus(dir, { extract: reversed })).corpus)].join("");
    expect(second).toBe(first);
    expect(JSON.parse(first)).toEqual((await loadCorpus(dir, { extract: testExtractor })).corpus);
  });

  test("reports progress for every file", async () => {
    const seen: Array<[number, number]> = [];
    await loadCorpus(dir, { extract: testExtractor, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, 6]));
  });

  test("measures every stage with the clock it is given (the benchmark passes a CPU clock)", async () => {
    let ticks = 0;
    const timings: unknown[] = [];
    const { stats } = await loadCorpus(dir, { extract: testExtractor, files: ["a.txt", "bad-date.txt"], clock: () => ticks++, onTiming: (t) => timings.push(t) });
    expect(timings).toEqual([
      { file: "a.txt", read: 1, analyze: 1, extract: 1, assemble: 1 },
      { file: "bad-date.txt", read: 1, analyze: 1, extract: 0, assemble: 0 },
    ]);
    expect(stats.stages).toEqual({ read: 2, analyze: 2, extract: 1, assemble: 1, finish: 1 });
  });

  test("reports a file that cannot be read as READ_FAILED and loads the rest", async () => {
    const { corpus } = await loadCorpus(dir, { extract: testExtractor, files: ["a.txt", "vanished.txt"] });
    expect(corpus.articles.map((a) => a.id)).toEqual(["a"]);
    expect(corpus.problems).toEqual([
      { file: "vanished.txt", line: null, code: "READ_FAILED", severity: "ERROR", message: "cannot read file: no such file or directory" },
    ]);
  });

  test("throws CorpusDirectoryError for a directory that does not exist", async () => {
    await expect(loadCorpus(join(dir, "missing"))).rejects.toBeInstanceOf(CorpusDirectoryError);
  });
});

describe("invalid records", () => {
  const text = " date 2024-04 Accord\n\nLa Russie signe avec le Niger.\n";

  test("an actor that fails its schema is dropped with INVALID_RECORD, and so is its event; the article loads", () => {
    const corpus = loadArticleText("x.txt", text, (article) => {
      const extraction = testExtractor(article);
      return { ...extraction, actors: extraction.actors.map((a) => (a.key === "country:RU" ? { ...a, country: "ru" } : a)) };
    });
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.actors.map((a) => a.id)).toEqual(["country:NE"]);
    expect(corpus.events).toEqual([]);
    expect(corpus.problems.map((p) => [p.code, p.message.split(":")[0]])).toEqual([
      ["INVALID_RECORD", "actor country"],
      ["INVALID_RECORD", "event x#BODY"],
    ]);
  });

  test("a mention whose text is not the slice it points to drops that actor of that article", () => {
    const corpus = loadArticleText("x.txt", text, (article) => {
      const extraction = testExtractor(article);
      return {
        ...extraction,
        actors: extraction.actors.map((a) => (a.key === "country:NE" ? { ...a, mentions: a.mentions.map((m) => ({ ...m, start: m.start + 1, end: m.end + 1 })) } : a)),
      };
    });
    expect(corpus.actors.map((a) => a.id)).toEqual(["country:RU"]);
    expect(corpus.problems.some((p) => p.code === "INVALID_RECORD" && p.message.includes("country:NE"))).toBe(true);
    expect(Corpus.safeParse(corpus).success).toBe(true);
  });

  test("an extractor that throws is reported and the article is kept without actors", () => {
    const corpus = loadArticleText("x.txt", text, () => {
      throw new Error("boom");
    });
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.problems).toEqual([expect.objectContaining({ code: "INVALID_RECORD", severity: "WARNING", message: expect.stringContaining("boom") })]);
  });
});
