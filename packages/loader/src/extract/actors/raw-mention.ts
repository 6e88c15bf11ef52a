import type { TextField } from "@corpus/schema";
import type { Identity } from "./gazetteer.js";

/** How a mention was recognised, strongest first; it sets the confidence and wins conflicts. */
export type Evidence = "dictionary" | "metonym" | "pattern" | "coreference" | "guess";

export const CONFIDENCE: Record<Evidence, number> = {
  dictionary: 0.95,
  metonym: 0.8,
  pattern: 0.7,
  coreference: 0.65,
  guess: 0.5,
};

/** One recognised mention with the identity it names, before mentions are grouped into actors. */
export interface RawMention {
  field: TextField;
  start: number;
  end: number;
  identity: Identity;
  evidence: Evidence;
  generic: boolean;
  /** Made by the collective rules from a common noun ("la junte", "the embassy"), not from a name. */
  described?: boolean;
  /** A title or role the text gives the actor here ("président russe"). */
  role?: string;
  /** Another surface form to keep as an alias (e.g. the phrase with its determiner). */
  alias?: string;
}

/** Makes a mention of tokens [a, b) of the run being classified (by default the whole run). */
export type Mentioning = (identity: Identity, evidence: Evidence, a?: number, b?: number) => RawMention;

/** Title first, then body, each by position: the order a reader meets the mentions in. */
export function inReadingOrder<T extends { field: TextField; start: number }>(mentions: readonly T[]): T[] {
  return [...mentions].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "TITLE" ? -1 : 1));
}
