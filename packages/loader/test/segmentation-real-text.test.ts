import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { analyzeDocument } from "../src/ingest/analyze-document.js";

// Invariants of ingest and segmentation on real articles: the seed (in the repository) and the dev
// set (../shared, read at run time, never copied; skipped when absent).
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const sources = [join(repo, "seeds"), join(repo, "../shared/corpus/dev")];
const available = sources.filter((dir) => existsSync(dir));
const files = available.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => join(dir, f)));
if (!existsSync(sources[1] as string)) console.log("segmentation-real-text: ../shared/corpus/dev not found; checking the seed only");

const TITLES = /(?:^|\s)(?:M|MM|Mme|Dr|Pr|Gén|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|St)\.$/;

describe.each(files)("%s", (file) => {
  const result = analyzeDocument(file.split("/").pop() as string, readFileSync(file));
  test("loads without problems", () => {
    expect(result.ok).toBe(true);
  });
  if (!result.ok) return;
  const { body, paragraphs, sentences } = result.article;

  test("sentences lie in their paragraph, are trimmed and non-empty, and cover its non-blank text", () => {
    paragraphs.forEach((paragraph, index) => {
      const own = sentences.filter((s) => s.paragraph === index);
      expect(own.length).toBeGreaterThan(0);
      for (const s of own) {
        expect(s.start).toBeGreaterThanOrEqual(paragraph.start);
        expect(s.end).toBeLessThanOrEqual(paragraph.end);
        const slice = body.slice(s.start, s.end);
        expect(slice.length).toBeGreaterThan(0);
        expect(slice).toBe(slice.trim());
      }
      const joined = own.map((s) => body.slice(s.start, s.end)).join("").replace(/\s+/g, "");
      expect(joined).toBe(body.slice(paragraph.start, paragraph.end).replace(/\s+/g, ""));
    });
  });

  test("no sentence ends on a title abbreviation or starts with a closing quote", () => {
    for (const s of sentences) {
      const slice = body.slice(s.start, s.end);
      expect(slice).not.toMatch(TITLES);
      expect(slice).not.toMatch(/^[»”]/);
    }
  });
});
