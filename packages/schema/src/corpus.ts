import { z } from "zod";
import { Actor } from "./actor.js";
import { Article } from "./article.js";
import { Event } from "./event.js";
import { Problem } from "./problem.js";

/** Version of the Corpus document format; bumped on any breaking change to the records. */
export const CORPUS_FORMAT_VERSION = 1;

/** The loader's output and the gateway's input: every record of a loaded corpus. */
export const Corpus = z
  .object({
    formatVersion: z.literal(CORPUS_FORMAT_VERSION),
    articles: z.array(Article),
    actors: z.array(Actor),
    events: z.array(Event),
    problems: z.array(Problem),
  })
  .meta({ id: "Corpus", description: "A loaded corpus: articles, actors, events and the problems met while loading." });
export type Corpus = z.infer<typeof Corpus>;
