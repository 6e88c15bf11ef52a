/**
 * A reported statement coded by what it does (the gold convention): "X said Iran must release the
 * crew" is a REQUEST to Iran, "X a estimé que Y avait commis une faute" an ACCUSE of Y. The act
 * comes from cue words in what was said (speech-acts.ts); whom it addresses from where the cue
 * stands: the subject of a demand's modal ("Iran must"), the object of an appeal ("count on X to"),
 * the agent or subject of a blamed deed ("were sent by X", "X has chosen to suppress").
 */
import type { EventType } from "@corpus/schema";
import type { Participant } from "./discourse.js";
import type { Lexicon } from "./lexicon.js";
import type { QuoteSpan } from "./quotes.js";
import { firstMentionFrom, type BodyMention, type SentenceView } from "./sentence-view.js";
import { speechActOf } from "./speech-acts.js";
import type { Token } from "./tokenize.js";
import { tokenize } from "./tokenize.js";

/** The words a speech verb reports, with their offsets in the body. */
export interface SpokenWords {
  tokens: Token[];
  from: number;
  to: number;
}

/** An actor named in the spoken words, placed on their tokens [t0, t1). */
interface SpokenActor extends Participant {
  t0: number;
  t1: number;
}

/** How far from its cue a demand's subject or object may stand ("Iran must", "call on the UN to"). */
const CUE_REACH = 3;

/** The words a speech verb reports: its quote, else the clause after it (before it when inverted). */
export function saidContent(body: string, folded: string, view: SentenceView, argFrom: number, head: number, quote: QuoteSpan | null, inverted: boolean, lexicon: Lexicon): SpokenWords {
  if (quote) return { tokens: tokenize(body, folded, quote.start, quote.end), from: quote.start, to: quote.end };
  const after = view.tokens.slice(argFrom);
  // The reported clause ends where a relative clause or a new sentence part begins.
  const stop = after.findIndex((token, i) => i > 0 && (token.lower === ";" || (lexicon.cues.sets.relativeSubject.has(token.lower) && after[i - 1]!.lower === ",")));
  const tokens = inverted ? view.tokens.slice(0, head) : stop < 0 ? after : after.slice(0, stop);
  return { tokens, from: tokens[0]?.start ?? view.start, to: tokens.at(-1)?.end ?? view.start };
}

/** The actors named in the spoken words, other than the speaker and places. */
function spokenActors(said: SpokenWords, mentions: readonly BodyMention[], speaker: string, lexicon: Lexicon): SpokenActor[] {
  const found: SpokenActor[] = [];
  let t = 0;
  for (let k = firstMentionFrom(mentions, said.from); k < mentions.length && mentions[k]!.mention.start < said.to; k++) {
    const { actor, mention } = mentions[k]!;
    if (mention.end > said.to) continue;
    while (t < said.tokens.length && said.tokens[t]!.end <= mention.start) t++;
    let t1 = t;
    while (t1 < said.tokens.length && said.tokens[t1]!.start < mention.end) t1++;
    if (t1 === t || actor.key === speaker || actor.kind === "LOCATION") continue;
    const before = said.tokens[t - 1]?.lower ?? "";
    if (actor.kind === "COUNTRY" && lexicon.cues.sets.placePrepositions.has(before)) continue;
    found.push({ key: actor.key, kind: actor.kind, t0: t, t1 });
  }
  return found;
}

const lastWhere = <T>(items: readonly T[], test: (item: T) => boolean): T | undefined => {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
};

/** The word before a name once articles are skipped ("by the government" → "by"). */
function introducer(tokens: readonly Token[], t0: number, lexicon: Lexicon): string {
  let i = t0 - 1;
  while (i > 0 && lexicon.cues.sets.determiners.has(tokens[i]!.lower)) i--;
  return tokens[i]?.lower ?? "";
}

/** The actors that stand as subjects or objects, not after a preposition ("à l'intérieur du PPE"). */
function freeActors(actors: readonly SpokenActor[], said: SpokenWords, lexicon: Lexicon): SpokenActor[] {
  const { sets } = lexicon.cues;
  return actors.filter((actor) => {
    const word = introducer(said.tokens, actor.t0, lexicon);
    return !sets.locative.has(word) && !sets.prepositions.has(word) && !sets.genitive.has(word);
  });
}

/** The first actor a quote names as a subject or object, other than its speaker: what an accusation in quotes is about. */
export function quotedActor(body: string, folded: string, quote: QuoteSpan, mentions: readonly BodyMention[], speaker: string, lexicon: Lexicon): Participant | null {
  const said = { tokens: tokenize(body, folded, quote.start, quote.end), from: quote.start, to: quote.end };
  const actor = freeActors(spokenActors(said, mentions, speaker, lexicon), said, lexicon)[0];
  return actor ? { key: actor.key, kind: actor.kind } : null;
}

/** The actor a cue at token `at` is about, by act. */
function addressee(type: EventType, at: number, actors: readonly SpokenActor[], said: SpokenWords, lexicon: Lexicon): SpokenActor | null {
  if (type === "REQUEST") {
    // "Iran must …", "les militaires ne doivent plus …" / "I count on Turkey to …", "we urge the UN".
    const subject = lastWhere(actors, (actor) => actor.t1 <= at && at - actor.t1 <= CUE_REACH);
    return subject ?? actors.find((actor) => actor.t0 > at && actor.t0 - at <= CUE_REACH) ?? null;
  }
  if (type === "ACCUSE") {
    // "protesters were sent by the government": the agent is blamed; else who stands before the blame.
    const agent = actors.find((actor) => lexicon.cues.sets.passiveAgent.has(introducer(said.tokens, actor.t0, lexicon)));
    // Else who does the blamed deed: a subject or object, not a name after a preposition ("la guerre au Liban").
    const free = freeActors(actors, said, lexicon);
    return agent ?? lastWhere(free, (actor) => actor.t1 <= at) ?? free[0] ?? null;
  }
  return actors[0] ?? null;
}

/**
 * The act a statement performs and whom it addresses, or null when it is a plain statement or
 * names no one it is about (then it stays a STATEMENT).
 */
export function typeSpeech(said: SpokenWords, mentions: readonly BodyMention[], speaker: string, lexicon: Lexicon, lastAgent: () => Participant | null): { type: EventType; target: Participant } | null {
  const act = speechActOf(said.tokens, lexicon.language);
  if (!act) return null;
  const actors = spokenActors(said, mentions, speaker, lexicon);
  // With no one named, blame and orders ("arrêtez la destruction") go to the latest hostile author.
  const aboutTheAgent = act.type === "ACCUSE" || (act.type === "REQUEST" && act.imperative);
  // A country named as a place ("la guerre au Liban") names no one the words are about.
  const named = actors.some((actor) => !lexicon.cues.sets.locative.has(introducer(said.tokens, actor.t0, lexicon)));
  const target = addressee(act.type, act.at, actors, said, lexicon) ?? (aboutTheAgent && !named ? lastAgent() : null);
  return target ? { type: act.type, target: { key: target.key, kind: target.kind } } : null;
}
