import { z } from "zod";
import { NonNegativeInt } from "./primitives.js";

export const TextField = z.enum(["TITLE", "BODY"]).meta({
  id: "TextField",
  description: "The part of an article a span points into.",
  values: { TITLE: "The headline.", BODY: "The body text (paragraphs)." },
});
export type TextField = z.infer<typeof TextField>;

const endNotBeforeStart = (span: { start: number; end: number }) => span.end >= span.start;

/** The offsets every body span has. */
const bodyOffsets = {
  start: NonNegativeInt.describe("Offset of the first character in the body (UTF-16 code units)."),
  end: NonNegativeInt.describe("Offset just past the last character in the body (UTF-16 code units)."),
};

/** A half-open `[start, end)` range of UTF-16 offsets into `Article.body`. */
export const BodySpan = z
  .object(bodyOffsets)
  .refine(endNotBeforeStart, "end must not be before start")
  .meta({ id: "BodySpan", description: "A half-open range [start, end) of UTF-16 offsets into the article body." });
export type BodySpan = z.infer<typeof BodySpan>;

/** A sentence: a body span plus the index of the paragraph that holds it. */
export const Sentence = z
  .object({ ...bodyOffsets, paragraph: NonNegativeInt.describe("Index of the paragraph that contains the sentence (0-based).") })
  .refine(endNotBeforeStart, "end must not be before start")
  .meta({ id: "Sentence", description: "A sentence of the article body, as a span with its paragraph." });
export type Sentence = z.infer<typeof Sentence>;

/**
 * Quoted text with its exact place in the article: `field` says whether offsets count
 * into the title or the body, and `text` equals that slice.
 */
export const TextSpan = z
  .object({
    field: TextField.describe("Whether the offsets point into the title or the body."),
    start: NonNegativeInt.describe("Offset of the first character (UTF-16 code units)."),
    end: NonNegativeInt.describe("Offset just past the last character (UTF-16 code units)."),
    text: z.string().describe("The characters in [start, end), verbatim."),
  })
  .refine((span) => span.end >= span.start && span.text.length === span.end - span.start, "text must be the slice [start, end)")
  .meta({ id: "TextSpan", description: "An exact excerpt of an article: where it is and what it says." });
export type TextSpan = z.infer<typeof TextSpan>;
