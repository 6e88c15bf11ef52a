import type { TextField } from "@corpus/schema";
import { cityOwnerAfter, leaderStateAfter, membersOfNamedBody, ofCountryAfter, ownerAfter, ownerBefore, partOfCollective, placeAfter, stateOfClause, type CollectiveOwner } from "./collective-owner.js";
import type { DictionaryMatch, FieldScan } from "./field-scan.js";
import type { Entry, Identity } from "./gazetteer.js";
import { collectiveIdentity } from "./identities.js";
import type { RawMention } from "./raw-mention.js";

type AgentEntry = Extract<Entry, { type: "agent" }>;

const DETERMINERS = new Set(["le", "la", "les", "l'", "des", "du", "the", "ce", "cet", "cette", "this", "ses", "son", "sa", "leurs", "leur", "their", "its", "his", "her", "ces", "these", "those", "plusieurs", "several", "many", "some", "certains", "nombreux"]);
const QUANTITY = /^\d+$/;
const COMPLEMENT = new Set(["de", "du", "des", "d'"]);
const ENGLISH_ADJECTIVE = /(?:al|ic|ous|ive|ful|ary|ian|ese|ish|ern|ent|ant)$/;

/**
 * Described collectives: an agent noun ("junte", "protesters", "forces", "government") with what
 * tells whose it is — a demonym or country before or after it ("les forces françaises",
 * "Serbian protesters", "Russian military instructors", "government of Syria"), or a multinational
 * adjective ("les dirigeants européens"). Government words fold into the state they name; the others
 * become one group per label and owner. A bare noun belongs to the state its clause is about (before a
 * relative "où"/"where", or opening the sentence: "Au Mali, l'armée"), else to the owner last written with it,
 * else to `fallbackCountry`, the article's main country. Institutions (army, police, parliament) of a state are
 * actors of their own; ad-hoc collectives (protesters, civilians) are `generic`, kept only when they act.
 */
export function recognizeCollectives(scan: FieldScan, field: TextField, consumed: boolean[], fallbackCountry: Identity | null): RawMention[] {
  const { tokens } = scan;
  const mentions: RawMention[] = [];
  const lastOwner = new Map<string, Identity>();
  for (let i = 0; i < tokens.length; i++) {
    const match = scan.matchAt[i];
    const agent = agentOf(scan, match);
    if (agent === undefined || consumed[i]) continue;
    const before = tokens[i - 1];
    // "le nouveau gouvernement", "ce précédent gouvernement": the determiner before the adjective
    const adjectives = scan.g.prenominal.has(before?.fold ?? "") && !before!.cap ? 1 : 0;
    const article = tokens[i - 1 - adjectives];
    const hasDeterminer = article !== undefined && (DETERMINERS.has(article.fold) || QUANTITY.test(article.fold));
    let from = i;
    let to = match!.to;
    // "military instructors", "government forces": in English a noun before another is its modifier
    // "rebel leader Ali X", "X, an opposition candidate": nor before the title of a person named, who is the actor
    if (scan.language === "en" && !consumed[to] && (scan.entryOf(scan.matchAt[to], "agent") !== undefined || titleOfNamedPerson(scan, i, to))) continue;
    if (partOfCollective(scan, i, to) || membersOfNamedBody(scan, i, to) || insideBodyName(scan, i)) continue;
    // "la majorité des électeurs" is no collective, "la Gauche démocratique" a party's name
    if (agent.standalone && (!hasDeterminer || COMPLEMENT.has(scan.folds[to] ?? "") || (tokens[i]!.cap && !tokens[i]!.sentenceStart))) continue;
    const left = ownerBefore(scan, i);
    const after = tokens[to];
    const nameGoesOn = after?.cap === true || (after !== undefined && scan.g.connectors.has(after.fold) && tokens[to + 1]?.cap === true);
    // "Le Parlement a voté": a determiner capitalised by the sentence start opens no name
    const capitalBefore = before?.cap === true && !(before.sentenceStart && DETERMINERS.has(before.fold));
    if (tokens[i]!.cap && ((left === undefined && capitalBefore) || nameGoesOn)) continue; // "Syrian Democratic Forces", "Armée de Libération": names
    if (tokens[i]!.cap && left === undefined && to - i > 1 && tokens[to - 1]!.cap) continue; // "the Ministry of Defence": a proper name
    // "Northamptonshire police": a proper name before the noun makes one name, left to the name rules
    if (left === undefined && scan.language === "en" && before?.cap && !consumed[i - 1] && !before.sentenceStart) continue;
    const named = tokens[i]!.cap && left?.owner != null; // "Syrian Army": an institution's name, not a description
    let found: CollectiveOwner | undefined = left;
    if (left !== undefined) from = left.at;
    else {
      found = (scan.language === "fr" ? ownerAfter(scan, to) : ofCountryAfter(scan, to)) ?? (agent.foldsIntoCountry ? leaderStateAfter(scan, to) : cityOwnerAfter(scan, to));
      if (found !== undefined) to = found.at;
    }
    // "un soldat russe" is Russia's; "le Soldat inconnu", "le soldat du feu" are no state's collective
    if (agent.ownerRequired && !found?.owner) continue;
    const determinerStart = from === i && hasDeterminer ? i - 1 - adjectives : from;
    const sentenceNoun = tokens[i]!.sentenceStart || tokens[i]!.cap;
    if (found === undefined && !hasDeterminer && !sentenceNoun && scan.language === "fr") continue;
    for (let k = determinerStart; k < to; k++) consumed[k] = true;
    // "l'armée française … l'armée": a bare noun is the collective last named with an owner, else the article's state
    // "government forces", "les soldats gouvernementaux": the forces of the government last named with its state
    const governments = governmentModifier(scan, i, to) ? lastOwner.get(GOVERNMENT) : undefined;
    // "…le Niger, où la junte": a state's body belongs to the state its clause is about before the one last named with it
    const clause = found === undefined && agent.stateBody ? stateOfClause(scan, determinerStart) : undefined;
    // "Police arrested … in Dhaka": else the state where the clause says it acted, before the article's own
    const owner = found !== undefined ? found.owner : (governments ?? clause?.owner ?? lastOwner.get(agent.label) ?? (agent.ownedByDefault ? (placeAfter(scan, to) ?? fallbackCountry) : null));
    const stated = found?.owner ?? (clause?.relative ? clause.owner : undefined);
    if (stated) lastOwner.set(agent.foldsIntoCountry ? GOVERNMENT : agent.label, stated);
    const evidence = found !== undefined ? "pattern" : "coreference";
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const text = scan.text.slice(start, end);
    const aliasStart = Math.min(determinerStart, modifiersBefore(scan, determinerStart));
    const alias = aliasStart < from ? scan.text.slice(tokens[aliasStart]!.start, end) : text;
    if (agent.foldsIntoCountry || (agent.foldsWhenDescribed && !named && owner?.kind === "COUNTRY")) {
      if (owner === null) continue;
      // a territory's government (Hong Kong's) is a body of its own, not a state
      const identity = owner.kind === "COUNTRY" ? owner : { ...collectiveIdentity(agent.label, "ORGANIZATION", owner, scan.g), name: `Government of ${owner.name}` };
      mentions.push({ field, start, end, identity, evidence, generic: false, described: true, alias });
      continue;
    }
    const identity = collectiveIdentity(agent.label, agent.kind, owner, scan.g);
    // an institution (army, police, parliament) is an actor of its own; an ad-hoc collective only when it acts
    mentions.push({ field, start, end, identity, evidence, generic: !named && (agent.kind !== "ORGANIZATION" || owner === null), described: !named, alias });
  }
  return mentions;
}

/** The agent reading of a match in the article's language ("militants" are activists in French, fighters in English). */
function agentOf(scan: FieldScan, match: DictionaryMatch | undefined): AgentEntry | undefined {
  let found: AgentEntry | undefined;
  for (const entry of match?.entries ?? []) {
    if (entry.type !== "agent") continue;
    if (entry.language === scan.language) return entry;
    found ??= entry;
  }
  return found;
}

const APPOSITION_ARTICLES = new Set(["a", "an"]);

/** A lower-case title noun after the noun at [i, to), with the person's name after it or before ", a". */
function titleOfNamedPerson(scan: FieldScan, i: number, to: number): boolean {
  const title = scan.matchAt[to];
  if (scan.tokens[to]?.cap !== false || scan.entryOf(title, "title") === undefined) return false;
  const after = scan.tokens[title!.to];
  return (after?.word === true && after.cap) || (APPOSITION_ARTICLES.has(scan.folds[i - 1] ?? "") && scan.folds[i - 2] === ",");
}

const GOVERNMENT = "\u0000government";
const GOVERNMENT_WORDS = new Set(["government", "regime", "gouvernementales", "gouvernementaux", "gouvernementale", "gouvernemental"]);

/** Whether "government" qualifies the noun at [i, to): "government forces" (English, before), "forces gouvernementales" (French, after). */
function governmentModifier(scan: FieldScan, i: number, to: number): boolean {
  return scan.language === "en" ? GOVERNMENT_WORDS.has(scan.folds[i - 1] ?? "") : GOVERNMENT_WORDS.has(scan.folds[to] ?? "");
}

/** "la Coalition de la gauche radicale", "le Front de libération": the noun is part of a body's name, after its head and "de". */
function insideBodyName(scan: FieldScan, i: number): boolean {
  let k = i - 1;
  while (k > 0 && k >= i - 2 && scan.g.connectors.has(scan.folds[k]!)) k--;
  const head = scan.tokens[k];
  return k < i - 1 && head !== undefined && head.cap && scan.g.organisationHeads.has(head.fold);
}

/** "33 Russian individuals", "political prisoners": numbers and lower-case adjectives before an English noun phrase. */
function modifiersBefore(scan: FieldScan, from: number): number {
  if (scan.language !== "en" || from === 0) return from;
  const previous = scan.tokens[from - 1]!;
  if (QUANTITY.test(previous.fold)) return from - 1;
  return previous.word && !previous.cap && ENGLISH_ADJECTIVE.test(previous.fold) && !scan.isCommonWord(from - 1) ? from - 1 : from;
}
