/**
 * Who acts for a state when the text leaves it implicit: an arrest told without its author is the
 * work of the police of the arrested person's country ("X, who was arrested in May"); a protest told
 * without its object is against the government of the protesters' country. The article must name
 * that body, or at least the country; otherwise there is no such actor.
 */
import { z } from "zod";
import type { LocalActor } from "../../document.js";
import bodies from "../../../data/events/state-bodies.json" with { type: "json" };
import { DictionaryError } from "./dictionary.js";
import type { Participant } from "./discourse.js";

const StateBodies = z.object({ about: z.string(), police: z.array(z.string().min(2)), government: z.array(z.string().min(2)) }).strict();

function namePattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "iu");
}

const parsed = StateBodies.safeParse(bodies);
if (!parsed.success) throw new DictionaryError("state-bodies.json", parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
const PATTERNS = { police: namePattern(parsed.data.police), government: namePattern(parsed.data.government) } as const;

/** The kind of state body an implicit act needs. */
export type StateBody = keyof typeof PATTERNS;

/**
 * The article's `body` (police or government) of the country `participant` belongs to, else that
 * country itself; null when the participant has no country, is a country, or the article names neither.
 */
export function stateBodyOf(actors: ReadonlyMap<string, LocalActor>, participant: Participant, body: StateBody): Participant | null {
  const country = actors.get(participant.key)?.country;
  if (!country || participant.kind === "COUNTRY") return null;
  const ofCountry = [...actors.values()].filter((actor) => actor.country === country && actor.key !== participant.key);
  const state = ofCountry.find((actor) => actor.kind === "ORGANIZATION" && PATTERNS[body].test(actor.name)) ?? ofCountry.find((actor) => actor.kind === "COUNTRY");
  return state ? { key: state.key, kind: state.kind } : null;
}
