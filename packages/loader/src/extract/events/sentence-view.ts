/**
 * What the slot rules see of one sentence: its tokens, the actor mentions on them (outermost only,
 * as token ranges) and, per token, the quotation it sits in.
 */
import type { ActorKind } from "@corpus/schema";
import type { LocalActor, LocalMention } from "../../document.js";
import { quotesAt, type QuoteSpan } from "./quotes.js";
import type { Role } from "./roles.js";
import { firstIndexNotBefore } from "./sorted-search.js";
import type { Token } from "./tokenize.js";

/** An actor mention placed on tokens: tokens [t0, t1) of the sentence. */
export interface MentionSlot {
  /** Position in the sentence's mention list. */
  index: number;
  key: string;
  kind: ActorKind;
  generic: boolean;
  t0: number;
  t1: number;
  mention: LocalMention;
}

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  mentions: MentionSlot[];
  /** Mention index covering each token, or -1. */
  mentionAt: number[];
  /** Quote covering each token (null outside quotes). */
  quoteOf: (QuoteSpan | null)[];
  /** The role of each mention once read (roles.ts), as the slot rules ask for it many times. */
  roles: (Role | undefined)[];
}

/** A body mention with the actor it names. */
export interface BodyMention {
  actor: LocalActor;
  mention: LocalMention;
}

/** Body mentions of all actors, sorted by start, outermost kept when mentions overlap. */
export function bodyMentions(actors: readonly LocalActor[]): BodyMention[] {
  const all: BodyMention[] = [];
  for (const actor of actors) for (const mention of actor.mentions) if (mention.field === "BODY") all.push({ actor, mention });
  all.sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  const kept: typeof all = [];
  for (const item of all) {
    const last = kept.at(-1);
    if (last && item.mention.start < last.mention.end) {
      const longer = item.mention.end - item.mention.start > last.mention.end - last.mention.start;
      if (longer) kept[kept.length - 1] = item;
      continue;
    }
    kept.push(item);
  }
  return kept;
}

/**
 * Index of the first of the sorted body mentions that starts at or after `offset` (binary search): a sentence or
 * a quote looks only at the mentions from there on, not at every mention of the article.
 */
export function firstMentionFrom(mentions: readonly BodyMention[], offset: number): number {
  return firstIndexNotBefore(mentions.length, (i) => mentions[i]!.mention.start < offset);
}

/** Places the sorted body mentions that fall inside the sentence onto its tokens. */
export function buildSentenceView(
  index: number,
  start: number,
  end: number,
  tokens: Token[],
  mentions: readonly BodyMention[],
  quotes: readonly QuoteSpan[],
): SentenceView {
  // A plain array: a typed array costs a backing store per sentence.
  const mentionAt: number[] = new Array<number>(tokens.length).fill(-1);
  const slots: MentionSlot[] = [];
  let t = 0;
  for (let k = firstMentionFrom(mentions, start); k < mentions.length && mentions[k]!.mention.start < end; k++) {
    const { actor, mention } = mentions[k]!;
    if (mention.end > end) continue;
    while (t < tokens.length && tokens[t]!.end <= mention.start) t++;
    let t1 = t;
    while (t1 < tokens.length && tokens[t1]!.start < mention.end) t1++;
    if (t1 === t) continue;
    for (let i = t; i < t1; i++) mentionAt[i] = slots.length;
    slots.push({ index: slots.length, key: actor.key, kind: actor.kind, generic: actor.generic, t0: t, t1, mention });
  }
  const quoteOf = quotesAt(quotes, tokens);
  return { index, start, end, tokens, mentions: slots, mentionAt, quoteOf, roles: new Array<Role | undefined>(slots.length) };
}

