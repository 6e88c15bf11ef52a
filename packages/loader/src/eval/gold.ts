import { z } from "zod";
import { ActorKind, EventType } from "@corpus/schema";

/** One actor of the gold annotation: names and surface forms, not offsets. */
export const GoldActor = z.object({
  name: z.string().min(1),
  kind: ActorKind,
  country: z.string().length(2).nullable(),
  mentions: z.array(z.string()),
});
export type GoldActor = z.infer<typeof GoldActor>;

/** One asserted event of the gold annotation; source and target are gold actor names. */
export const GoldEvent = z.object({
  type: EventType,
  source: z.string().min(1),
  target: z.string().min(1).nullable(),
  trigger: z.string(),
  sentence: z.string(),
  date: z.string().nullable().optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldArticle = z.object({
  language: z.string(),
  date: z.string().optional(),
  title: z.string().optional(),
  actors: z.array(GoldActor),
  events: z.array(GoldEvent),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

/** The gold file: article file name → its annotation (the format of `corpus/dev/gold.json`). */
export const GoldSet = z.record(z.string(), GoldArticle);
export type GoldSet = z.infer<typeof GoldSet>;

/** Thrown when a gold file is not the expected shape; the message names the file and the first problems. */
export class GoldFormatError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`${file}: not a gold file: ${issues.slice(0, 5).join("; ")}`);
    this.name = "GoldFormatError";
  }
}

/**
 * Validates parsed JSON as a gold set, and checks that every event names actors of its own article,
 * so that a typo in the annotation is reported instead of silently counted as a miss.
 */
export function parseGoldSet(json: unknown, file: string): GoldSet {
  const parsed = GoldSet.safeParse(json);
  if (!parsed.success) {
    throw new GoldFormatError(
      file,
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const problems: string[] = [];
  for (const [article, gold] of Object.entries(parsed.data)) {
    const names = new Set(gold.actors.map((actor) => actor.name));
    gold.events.forEach((event, index) => {
      for (const name of [event.source, event.target]) {
        if (name !== null && !names.has(name)) problems.push(`${article} event ${index}: unknown actor "${name}"`);
      }
    });
  }
  if (problems.length > 0) throw new GoldFormatError(file, problems);
  return parsed.data;
}
