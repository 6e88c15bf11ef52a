import { z } from "zod";
import { PartialDate } from "./partial-date.js";
import { ArticleId, LanguageCode, NonEmptyString, NonNegativeInt } from "./primitives.js";
import { BodySpan, Sentence } from "./span.js";

export const Article = z
  .object({
    id: ArticleId.describe("Stable identifier, derived from the file name; the same file gives the same id on every run."),
    file: NonEmptyString.describe("Path of the source file, relative to the directory that was loaded."),
    title: NonEmptyString.describe("The headline, from the first line of the file."),
    language: LanguageCode.describe("Detected language of the body (ISO 639-1, e.g. `fr`, `en`)."),
    published: PartialDate.describe("Publication date with the precision the source gives (never a made-up day)."),
    body: z.string().describe("The body text, paragraphs separated by a blank line; all body spans index into it."),
    paragraphs: z.array(BodySpan).describe("The paragraphs, as spans of the body."),
    sentences: z.array(Sentence).describe("The sentences, as spans of the body, in reading order."),
    wordCount: NonNegativeInt.describe("Number of words in the title and body."),
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the normalised title and body, used to find the same article loaded twice."),
  })
  .meta({ id: "Article", description: "A news article: its text, date, language and segmentation." });
export type Article = z.infer<typeof Article>;
