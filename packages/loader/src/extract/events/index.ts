/**
 * The event coder: PLOVER events (plus STATEMENT) between an article's recognised actors, found by
 * French and English verb and noun patterns (data/events/), with modality, date, place, quote,
 * evidence and confidence. One pass over each sentence's tokens; no parser.
 */
import type { EventType } from "@corpus/schema";
import type { AnalyzedArticle, LocalActor, LocalEvent } from "../../document.js";
import { foldText } from "../actors/fold.js";
import { findDates, nearestDate, type FoundDate } from "../dates/index.js";
import { actorGenders } from "./actor-gender.js";
import { bodySpan, confidenceOf, dedupeEvents, dyads, mutualMarker, placeOf, quoteOfSpeech } from "./assemble.js";
import { auxiliaryBefore } from "./clause.js";
import { contextTarget } from "./context-targets.js";
import { Discourse, type Participant } from "./discourse.js";
import { FormTag, hasTag } from "./form-tags.js";
import { lexiconFor, type Lexicon } from "./lexicon.js";
import { findTriggers, type TriggerMatch } from "./match-triggers.js";
import { modalityOf } from "./modality.js";
import { modifiesNextNoun } from "./noun-modifier.js";
import { findQuotes, insideQuote, type QuoteSpan } from "./quotes.js";
import { roleOf } from "./roles.js";
import { bodyMentions, buildSentenceView, firstMentionFrom, type BodyMention, type MentionSlot, type SentenceView } from "./sentence-view.js";
import { fillSlots, type SlotContext } from "./slots.js";
import { insideResponsePhrase, respondedTo } from "./response-phrase.js";
import { quotedActor, saidContent, typeSpeech } from "./speech-typing.js";
import { tokenize } from "./tokenize.js";
import { firstIndexNotBefore } from "./sorted-search.js";
import { stateBodyOf } from "./state-bodies.js";
import { personTitled } from "./titled-speaker.js";
import { isPassive } from "./voice.js";

/** A negated agreement or concession is a rejection ("n'a pas accepté", "did not accede"). */
const NEGATION_REJECTS = new Set<EventType>(["AGREE", "CONCEDE"]);
/** Types whose "X and Y did it" may mean X did it with Y, for reciprocal verbs and nouns ("X and Y met", not "X and Y hosted Z"). */
const RECIPROCAL_TYPES = new Set<EventType>(["AGREE", "COOPERATE", "ASSAULT", "CONSULT"]);
/** Acts whose author a later condemnation is about. */
const HOSTILE = new Set<EventType>(["ASSAULT", "COERCE"]);

interface ArticleContext {
  article: AnalyzedArticle;
  folded: string;
  lexicon: Lexicon;
  quotes: QuoteSpan[];
  discourse: Discourse;
  mentions: readonly BodyMention[];
  actors: ReadonlyMap<string, LocalActor>;
}

function isSpeech(match: TriggerMatch, lexicon: Lexicon): boolean {
  return match.pattern.speech || lexicon.cues.lemmas.quoteVerbs.has(match.entry.lemma);
}

/** A sentence's slot context plus its date expressions, found once and only if an event needs them. */
interface SentenceContext extends SlotContext {
  dates: () => FoundDate[];
  /** Whom the sentence's latest speech verb addressed, who spoke, and the token after the addressee ("wrote to X", "a écrit à X"). */
  addressed: { speaker: string; target: Participant; after: number } | null;
}

/** Demands that a participle or infinitive after a speech verb addresses to its addressee ("wrote to X asking …"). */
const ADDRESSED_ACTS = new Set<EventType>(["REQUEST", "THREATEN"]);

/** How far before a passive trigger its subject noun may stand ("le traité avait été signé"). */
const PASSIVE_SUBJECT_SPAN = 6;

/** One of the pattern's passive objects stands before the trigger, in its clause: "the treaty was signed by X". */
function passiveSubjectNamed(view: SentenceContext["view"], match: TriggerMatch): boolean {
  const { passiveObjects } = match.pattern;
  for (let i = match.head - 1; i >= 0 && i >= match.head - PASSIVE_SUBJECT_SPAN; i--) {
    const token = view.tokens[i]!;
    if (!token.word) return false;
    if (passiveObjects.has(token.fold)) return true;
  }
  return false;
}

function codeTrigger(ctx: ArticleContext, slots: SentenceContext, match: TriggerMatch): LocalEvent[] {
  const { article, lexicon } = ctx;
  const { view } = slots;
  const quoted = view.quoteOf[match.head] !== null;
  if (quoted && !isSpeech(match, lexicon)) return [];
  if (modifiesNextNoun(view, match, lexicon)) return [];
  if (match.entry.kind === "noun" && insideResponsePhrase(view, match.head, lexicon)) return [];
  if (lexicon.language === "en" && !englishGerundCounts(view, match, lexicon)) return [];
  if (lexicon.language === "fr" && !frenchParticipleCounts(view, match, lexicon)) return [];
  const passive = isPassive(view.tokens, match, lexicon);
  const filled = fillSlots(slots, match, passive);
  if (!filled || (quoted && filled.via !== "inversion")) return [];
  // The subject is noted even when no event comes out: "As they tried to storm parliament, police fired at them."
  // An implicit agent ("X was arrested" → X's police) is no subject a later pronoun can refer to.
  if (filled.via !== "implicit") ctx.discourse.note(filled.sources[0]!, view.index);
  const { sourceKinds } = match.pattern;
  if (sourceKinds && !filled.sources.every((source) => sourceKinds.has(source.kind))) return [];
  // "X and Y met": a reciprocal event finds its target among its coordinated subjects.
  const reciprocalPair = filled.sources.length >= 2 && isReciprocal(match, match.pattern.type, lexicon);
  if (match.pattern.needsTarget && filled.targets.length === 0 && !reciprocalPair && !(passive && passiveSubjectNamed(view, match))) return [];
  if (match.pattern.needsObject && filled.targets.length === 0 && !reciprocalPair && !passive && !objectFollows(view, match, lexicon)) return [];
  let modality = filled.modality ?? modalityOf(view.tokens, match, lexicon);
  let type = match.pattern.type;
  let rule = match.pattern.id;
  if (modality === "NEGATED" && NEGATION_REJECTS.has(type) && match.entry.kind === "verb") [type, modality, rule] = ["REJECT", "ASSERTED", `${rule}+negated`];
  const source = filled.sources[0]!;

  const tokens = view.tokens;
  const trigger = bodySpan(article.body, tokens[match.head]!.start, tokens[match.end - 1]!.end);
  const evidence = bodySpan(article.body, view.start, view.end);
  const quote = isSpeech(match, lexicon) ? quoteOfSpeech(view, match, ctx.quotes) : null;
  if (type === "STATEMENT" && match.entry.kind === "verb") {
    const said = saidContent(article.body, ctx.folded, view, match.argFrom, match.head, quote, filled.via === "inversion", lexicon);
    // A statement counts as a request, accusation… only when it names whom it is addressed to or about.
    // With no one named, the blame goes to the latest hostile author, unless it is the speaker's own side.
    const blamed = () => {
      const agent = ctx.discourse.lastAgent(source.key);
      const [speakerSide, agentSide] = [ctx.actors.get(source.key)?.country, agent && ctx.actors.get(agent.key)?.country];
      return agent && (!speakerSide || speakerSide !== agentSide) ? agent : null;
    };
    const act = typeSpeech(said, ctx.mentions, source.key, lexicon, blamed);
    if (act) {
      [type, rule] = [act.type, `${rule}+${act.type.toLowerCase()}`];
      if (filled.targets.length === 0) filled.targets.push(act.target);
    }
  }
  // "X wrote to Y asking to …", "X a écrit à Y pour demander …": the demand goes where the letter went.
  // Only a participle or infinitive right after the addressee ("to the UN asking", "à l'ONU en demandant") is that letter's demand.
  const addressed = slots.addressed;
  if (filled.targets.length === 0 && ADDRESSED_ACTS.has(type) && addressed?.speaker === source.key && nonFiniteRightAfter(view, match, addressed.after, lexicon)) {
    [filled.targets, filled.inferredTarget, rule] = [[addressed.target], true, `${rule}+addressee`];
  }
  const addressee = type === "STATEMENT" && modality === "ASSERTED" && filled.targets[0] ? view.mentions.find((slot) => slot.key === filled.targets[0]!.key && slot.t0 >= match.end) : undefined;
  if (addressee) slots.addressed = { speaker: source.key, target: filled.targets[0]!, after: addressee.t1 };
  // "X and Y agreed": a reciprocal act already has its other side among its subjects.
  if (filled.targets.length === 0 && !(reciprocalPair && isReciprocal(match, type, lexicon))) {
    const quoted = () => (quote ? quotedActor(article.body, ctx.folded, quote, ctx.mentions, source.key, lexicon) : null);
    const governmentOf = () => stateBodyOf(ctx.actors, source, "government");
    const respondedToActor = () => respondedTo(view, lexicon, source.key);
    const target = contextTarget(type, source, { discourse: ctx.discourse, sentence: view.index, quotedActor: quoted, governmentOf, respondedTo: respondedToActor });
    if (target) [filled.targets, rule] = [[target], `${rule}+context`];
  }
  if (HOSTILE.has(type) && modality === "ASSERTED") ctx.discourse.noteAgent(source);
  const date = nearestDate(slots.dates(), trigger.start);
  const participants = new Set([...filled.sources, ...filled.targets].map((p) => p.key));
  const placeKey = placeOf(view, (index) => roleOf(view, view.mentions[index]!, lexicon).kind === "locative", participants, match.head);
  const reciprocal = isReciprocal(match, type, lexicon);
  // Two actors of one name ("Ansar Eddine" as a group and as a body) are one side, not two.
  const sameName = (a: string, b: string) => a !== b && ctx.actors.get(a)?.name === ctx.actors.get(b)?.name;
  const pairs = dyads(filled, reciprocal, mutualMarker(view, match)).filter(([from, to]) => !to || !sameName(from.key, to.key));
  if (modality === "ASSERTED") for (const [from, to] of pairs) ctx.discourse.noteAct(type, from, to, view.index);
  return pairs.map(([source, target]) => ({
    type,
    sourceKey: source.key,
    targetKey: target?.key ?? null,
    placeKey,
    date: date?.date ?? null,
    dateText: date ? bodySpan(article.body, date.start, date.end) : null,
    trigger,
    evidence,
    quote: quote && bodySpan(article.body, quote.start, quote.end),
    modality,
    confidence: confidenceOf(match, filled.via, target === null ? "none" : filled.inferredTarget || rule.endsWith("+context") ? "inferred" : "syntactic", modality),
    rule,
  }));
}

/** Words that may join an addressee to the participle or infinitive after it ("…, asking", "en demandant", "pour exiger"). */
const PARTICIPLE_LINKS = new Set([",", "en", "pour", "afin", "de", "d'", "by", "in"]);

/** The trigger is a participle, gerund or infinitive standing right after token `after` (linking words aside). */
function nonFiniteRightAfter(view: SentenceView, match: TriggerMatch, after: number, lexicon: Lexicon): boolean {
  if (match.entry.kind !== "verb" || hasTag(match.tags, FormTag.FINITE) && !hasTag(match.tags, FormTag.GERUND)) return false;
  // The addressee's place may stand between: "wrote to the embassy in London asking …".
  const isPlace = (i: number) => (view.mentionAt[i] ?? -1) >= 0 && view.mentions[view.mentionAt[i]!]!.kind === "LOCATION";
  const placeWord = (i: number) => isPlace(i) || (lexicon.cues.sets.placePrepositions.has(view.tokens[i]!.lower) && isPlace(i + 1));
  for (let i = after; i < match.head; i++) if (!PARTICIPLE_LINKS.has(view.tokens[i]!.lower) && !placeWord(i)) return false;
  return match.head - after <= 6 && (hasTag(match.tags, FormTag.GERUND) || hasTag(match.tags, FormTag.INFINITIVE) || lexicon.language === "en");
}

/** A direct object right after the trigger: an article, a number, a name ("attacked a base", "a tué 12 personnes"). */
function objectFollows(view: SentenceView, match: TriggerMatch, lexicon: Lexicon): boolean {
  const next = view.tokens[match.argFrom];
  if (!next || !next.word) return false;
  return lexicon.cues.sets.determiners.has(next.lower) || /^\d/.test(next.text) || next.text !== next.lower || (view.mentionAt[match.argFrom] ?? -1) >= 0;
}

/** "X and Y met / signed / clashed": the event is between the coordinated subjects. */
function isReciprocal(match: TriggerMatch, type: EventType, lexicon: Lexicon): boolean {
  return RECIPROCAL_TYPES.has(type) && (match.pattern.reflexive || lexicon.cues.lemmas.reciprocal.has(match.entry.lemma) || match.entry.kind === "noun");
}

/**
 * "X posted a message blaming Y", "X a reconnu … mais a appelé au rejet": when the speaker of a
 * statement does something else in the same sentence, the statement is only its vehicle.
 */
function withoutVehicleStatements(events: readonly LocalEvent[]): LocalEvent[] {
  const acting = new Set(events.filter((event) => event.type !== "STATEMENT" && event.modality === "ASSERTED").map((event) => event.sourceKey));
  return events.filter((event) => event.type !== "STATEMENT" || !acting.has(event.sourceKey));
}

/** True when a body mention (sorted by start) lies in [start, end). */
function hasMentionIn(mentions: readonly BodyMention[], start: number, end: number): boolean {
  const first = firstMentionFrom(mentions, start);
  return first < mentions.length && mentions[first]!.mention.end <= end;
}

/**
 * A French present participle is an event as a gerund ("en refusant") or a participle clause after
 * a comma ("…, refusant de …"), not as an adjective or noun after a noun ("un avocat manifestant",
 * "les pays signataires"). A speech verb in a participle clause is background ("…, évoquant …").
 */
function frenchParticipleCounts(view: SentenceView, match: TriggerMatch, lexicon: Lexicon): boolean {
  if (match.entry.kind !== "verb" || !hasTag(match.tags, FormTag.GERUND) || hasTag(match.tags, FormTag.FINITE)) return true;
  if (match.pattern.speech) return false;
  const previous = view.tokens[match.head - 1];
  if (!previous || !previous.word || previous.lower === "en" || lexicon.cues.sets.reflexive.has(previous.lower)) return true;
  return (lexicon.verbForms.get(previous.fold) ?? []).length > 0 || (view.mentionAt[match.head - 1] ?? -1) >= 0 || previous.text !== previous.lower;
}

/** Offsets of the subject pronouns of an article's folded text, in order: one pass per article. */
function pronounOffsets(pattern: RegExp, folded: string): number[] {
  const offsets: number[] = [];
  pattern.lastIndex = 0;
  for (let found = pattern.exec(folded); found !== null; found = pattern.exec(folded)) offsets.push(found.index);
  return offsets;
}

/** True when a sorted offset lies in [start, end); binary search. */
function hasOffsetIn(offsets: readonly number[], start: number, end: number): boolean {
  const first = firstIndexNotBefore(offsets.length, (i) => offsets[i]! < start);
  return first < offsets.length && offsets[first]! < end;
}

/**
 * An English -ing form is an event as a progressive ("is negotiating"), a participle clause after a
 * comma or a preposition ("…, blaming Iran", "by attacking"), after an aspectual verb ("began
 * deploying") or with an object ("a message blaming Iran"); otherwise it is a noun or an adjective
 * ("bridge financing for Argentina", "a yielding bond"). A speech verb in -ing is background
 * ("with officials saying").
 */
function englishGerundCounts(view: SentenceView, match: TriggerMatch, lexicon: Lexicon): boolean {
  if (match.entry.kind !== "verb" || !hasTag(match.tags, FormTag.GERUND) || hasTag(match.tags, FormTag.FINITE)) return true;
  if (match.pattern.speech) return false;
  // A progressive ("is negotiating"), not a noun phrase after "be" ("is the main fighting force").
  const aux = auxiliaryBefore(view.tokens, match.head, lexicon);
  if (aux?.kind === "be" && !view.tokens.slice(aux.index + 1, match.head).some((token) => lexicon.cues.sets.determiners.has(token.lower))) return true;
  const previous = view.tokens[match.head - 1];
  if (!previous || !previous.word || lexicon.cues.sets.prepositions.has(previous.lower)) return true;
  // "began deploying": after an aspectual verb; "a message blaming Iran": taking an object.
  if ((lexicon.verbForms.get(previous.fold) ?? []).some((reading) => lexicon.cues.lemmas.implicative.has(reading.lemma))) return true;
  const next = view.tokens[match.end];
  if (next === undefined) return false;
  // "asking to waive", "urging it to act": a participle with an infinitive complement.
  const infinitive = (at: number) => lexicon.cues.sets.infinitiveMarkers.has(view.tokens[at]?.lower ?? "") && view.tokens[at + 1]?.text === view.tokens[at + 1]?.lower;
  // Not "seeking to participate": an implicative verb before "to" means trying, not asking.
  // And only as a clause after a name or a comma ("the embassy asking to", "…, urging them to"), not after an adjective ("financial backing to small firms").
  const tries = lexicon.cues.lemmas.implicative.has(match.entry.lemma);
  const clause = previous.lower === "," || (view.mentionAt[match.head - 1] ?? -1) >= 0;
  if (clause && !tries && (infinitive(match.end) || (lexicon.cues.sets.objectPronouns.has(next.lower) && infinitive(match.end + 1)))) return true;
  return (view.mentionAt[match.end] ?? -1) >= 0 || lexicon.cues.sets.determiners.has(next.lower);
}

/** The first actor in subject position of a sentence, for pronouns in the next ones. */
function noteSubject(ctx: ArticleContext, view: SentenceView): void {
  const subject = view.mentions.find((slot) => view.quoteOf[slot.t0] === null && roleOf(view, slot, ctx.lexicon).kind === "free");
  if (subject) ctx.discourse.note(subject, view.index, isPluralCollective(subject));
}

/** A collective named by a plural noun ("ses habitants", "the protesters"), not a name that ends in s. */
const isPluralCollective = (slot: MentionSlot): boolean => (slot.kind === "GROUP" || slot.generic) && slot.mention.text === slot.mention.text.toLowerCase() && /[sx]$/.test(slot.mention.text);

/** Every actor a sentence names outside quotes and places, in text order, for "ce dernier" and French "il". */
function noteMentions(ctx: ArticleContext, view: SentenceView): void {
  for (const slot of view.mentions) {
    if (view.quoteOf[slot.t0] === null && roleOf(view, slot, ctx.lexicon).kind !== "locative") ctx.discourse.noteMention(slot, view.index, isPluralCollective(slot));
  }
}

/**
 * Codes the events of an article between its actors. Source and target are actor keys; events the
 * text does not assert (negated, hypothetical, future) are kept with their modality.
 */
export function codeEvents(article: AnalyzedArticle, actors: LocalActor[]): LocalEvent[] {
  const lexicon = lexiconFor(article.language);
  const folded = foldText(article.body);
  const mentions = bodyMentions(actors);
  const pronouns = pronounOffsets(lexicon.pronounPattern, folded);
  const byKey = new Map(actors.map((actor) => [actor.key, actor]));
  const ctx: ArticleContext = { article, folded, lexicon, quotes: findQuotes(article.body), discourse: new Discourse(actorGenders(article.body, byKey)), mentions, actors: byKey };
  const events: LocalEvent[] = [];
  article.sentences.forEach((sentence, index) => {
    if (insideQuote(ctx.quotes, sentence.start, sentence.end)) ctx.discourse.skipQuoted(index);
    // Without an actor or a subject pronoun a sentence can hold no event: skip it before tokenizing.
    if (!hasMentionIn(mentions, sentence.start, sentence.end) && !hasOffsetIn(pronouns, sentence.start, sentence.end)) return;
    const tokens = tokenize(article.body, folded, sentence.start, sentence.end);
    // French capital "À" is often written "A" ("A Londres, …"); the verb "a" is never capitalised.
    if (lexicon.language === "fr") for (const token of tokens) if (token.text === "A") token.lower = "à";
    const view = buildSentenceView(index, sentence.start, sentence.end, tokens, mentions, ctx.quotes);
    let dates: FoundDate[] | null = null;
    const slots: SentenceContext = {
      view,
      lexicon,
      discourse: ctx.discourse,
      usedTargets: new Set(),
      stateOf: (actor) => stateBodyOf(ctx.actors, actor, "police"),
      titledPerson: (title) => personTitled(ctx.actors.values(), title),
      dates: () => (dates ??= findDates(article.body, sentence.start, sentence.end, article.language, article.published)),
      addressed: null,
    };
    const before = events.length;
    for (const match of findTriggers(view, lexicon)) events.push(...codeTrigger(ctx, slots, match));
    if (events.length === before) noteSubject(ctx, view);
    else events.splice(before, events.length - before, ...withoutVehicleStatements(events.slice(before)));
    noteMentions(ctx, view);
  });
  return dedupeEvents(events);
}
