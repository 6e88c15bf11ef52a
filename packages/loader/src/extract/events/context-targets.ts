/**
 * Targets the sentence leaves to its context. A reply ("M. X ayant accepté", "the embassy declined
 * the request") answers whom a response phrase names ("in response to X"), else whoever last
 * addressed its author; a condemnation or threat whose object
 * names no actor ("a condamné ces attaques", "threatened those responsible") is about the author of
 * the latest hostile act; an accusation or demand that quotes its object names it in the quote; a
 * protest with no object is against the government of the protesters' country.
 */
import type { EventType } from "@corpus/schema";
import type { Discourse, Participant } from "./discourse.js";

/** Acts that answer an earlier act addressed to their author. */
const REPLIES = new Set<EventType>(["AGREE", "REJECT", "CONCEDE"]);
/** Acts a reply can answer. */
const ADDRESSING = new Set<EventType>(["REQUEST", "ACCUSE", "THREATEN", "PROTEST"]);
/** Reactions whose object, when it is no actor, is the latest hostile act. */
const REACTIONS = new Set<EventType>(["ACCUSE", "THREATEN"]);
/** Acts whose quoted words may name their object. */
const QUOTING = new Set<EventType>(["ACCUSE", "REQUEST", "SUPPORT", "REJECT", "THREATEN"]);

export interface ContextClues {
  discourse: Discourse;
  sentence: number;
  /** The first actor named in the quote the trigger introduces, other than its source. */
  quotedActor: () => Participant | null;
  /** The government (else the country) of the source's country, when the article names it. */
  governmentOf: () => Participant | null;
  /** The actor a response phrase of the sentence names ("in response to X", "sous la pression de X"). */
  respondedTo: () => Participant | null;
}

/** The target of an asserted event of `type` by `source` that has none in its sentence, or null. */
export function contextTarget(type: EventType, source: Participant, clues: ContextClues): Participant | null {
  const { discourse, sentence } = clues;
  if (REPLIES.has(type)) return clues.respondedTo() ?? discourse.addresserOf(source.key, ADDRESSING, sentence);
  // "Thousands protested in the capital": a protest with no named object is against the authorities.
  if (type === "PROTEST") return clues.governmentOf();
  const quoted = QUOTING.has(type) ? clues.quotedActor() : null;
  if (quoted) return quoted;
  return REACTIONS.has(type) ? discourse.lastAgent(source.key) : null;
}
