/**
 * The event dictionary compiled for matching, once per language: a map from folded word form to the
 * verbs it inflects, verb and noun trigger tables keyed by their first word, and the cue words as sets.
 */
import type { ActorKind, EventType } from "@corpus/schema";
import type { Language } from "../../document.js";
import actorLexicon from "../../../data/actors/lexicon.json" with { type: "json" };
import verbFormsFr from "../../../data/events/verb-forms.fr.json" with { type: "json" };
import { loadCues, loadPatterns, type CueEntry, type PatternEntry } from "./dictionary.js";
import { FormTag } from "./form-tags.js";
import { inflectEnglish } from "./inflect-en.js";
import { cueWords, phraseWords } from "./tokenize.js";

/** A pattern with its word lists folded and tokenized for matching. */
export interface CompiledPattern {
  id: string;
  type: EventType;
  /** Word sequences of which one must follow the trigger (empty: no such constraint). */
  object: string[][];
  preps: Set<string>;
  direct: boolean;
  of: "source" | "target";
  noTarget: boolean;
  /** Without a target the trigger is read in its harmless sense and gives no event. */
  needsTarget: boolean;
  /** Folded nouns whose passive ("the treaty was signed by X") needs no target. */
  passiveObjects: ReadonlySet<string>;
  /** Without a target, a direct object must follow the trigger. */
  needsObject: boolean;
  reflexive: boolean;
  /** No match in the pronominal form ("se demander"). */
  notReflexive: boolean;
  thenNot: string[][];
  /** The trigger must follow what was said (a comma or closing quote, then auxiliaries or clitics). */
  afterQuote: boolean;
  /** The object words come after the target ("qualifier X de"): the target search starts at the trigger. */
  objectAfterTarget: boolean;
  /** A verb form right after the trigger cancels it ("s'est vu refuser"). */
  thenNotVerb: boolean;
  speech: boolean;
  /** An arrest: its agentless passive is done by the state of the person arrested. */
  stateAgent: boolean;
  /** Whether the owner of an object noun (its "de X" complement or adjective) may be the target. */
  ownerTargets: boolean;
  /** Kinds the source must have; null: any. */
  sourceKinds: ReadonlySet<ActorKind> | null;
  weight: number;
  /** Position in the file: earlier patterns win ties. */
  order: number;
}

/** A dictionary word or phrase that can start a trigger at a token. */
export interface TriggerEntry {
  pattern: CompiledPattern;
  kind: "verb" | "noun";
  /** Folded words that must follow the head word ("mettre en garde" → en, garde). */
  rest: string[];
  /** Verb lemma (head word) or noun as written in the dictionary. */
  lemma: string;
  /** The only forms this entry matches ("back:backed,backing"), whatever forms other entries of the lemma use; null: all. */
  forms: ReadonlySet<string> | null;
}

/** A trigger a word form can start, with the form's verb tags ({@link FormTag}; 0 for nouns). */
export interface TriggerCandidate {
  entry: TriggerEntry;
  tags: number;
}

/** One reading of a word form as a verb. */
export interface VerbReading {
  lemma: string;
  tags: number;
}

/** Cue words as sets of lower-case words (a phrase as its words joined by one space), plus phrases as word sequences. */
export interface Cues {
  raw: CueEntry;
  sets: { [K in Exclude<keyof CueEntry, "about" | "modals">]: Set<string> };
  /** Multi-word cues ("ainsi que", "according to"), by the cue list they belong to. */
  phrases: Map<keyof CueEntry, string[][]>;
  /** The same phrases by their first word (list order kept): a lookup at a token tries only those that can start there. */
  phrasesByFirst: Map<keyof CueEntry, Map<string, string[][]>>;
  /** Adverb phrases by their last word (list order kept), for looking back from a verb. */
  adverbPhrasesByLast: Map<string, string[][]>;
  /** Lemma lists folded like the verb lemmas they are compared with ("être" → "etre"). */
  lemmas: { auxHave: Set<string>; auxBe: Set<string>; beVerbs: Set<string>; implicative: Set<string>; quoteVerbs: Set<string>; reciprocal: Set<string>; light: Set<string>; pastImplicativeModals: Set<string>; negationAsserts: Set<string> };
  /** Modal lemma (French) or word (English), folded → the modality it gives an infinitive. */
  modals: Map<string, CueEntry["modals"][string]>;
}

export interface Lexicon {
  language: Language;
  /** Folded form → its verb readings (pattern verbs and cue verbs). */
  verbForms: Map<string, VerbReading[]>;
  /** Verb head lemma → the triggers it starts, in dictionary order. */
  verbTriggers: Map<string, TriggerEntry[]>;
  /** Folded first word → noun triggers starting with it (singular and plural). */
  nounTriggers: Map<string, TriggerEntry[]>;
  /** Lemmas of the verbs that report speech (STATEMENT patterns): their complement clause has its own subject. */
  speechLemmas: Set<string>;
  /** The last words of the two-word subject pronouns ("dernier" of "ce dernier", "latter"): only after one is a pair spelt out. */
  pronounPairEnds: Set<string>;
  /** Matches a subject pronoun in folded text (global: search from `lastIndex`): a sentence without actors needs one to hold an event. */
  pronounPattern: RegExp;
  /** Folded word form → the verb and noun triggers it can start (nouns with tags 0): one lookup per token. */
  candidates: Map<string, { verbs: TriggerCandidate[]; nouns: TriggerCandidate[] }>;
  /** A bit per {@link candidateKey} of the forms in `candidates` (2^20 bits): most words are ruled out before a map look-up. */
  candidateKeys: Uint32Array;
  cues: Cues;
  /**
   * One-word titles of office ("président", "ministre", "president", "chancellor"), lower case, from the
   * actors' title list (data/actors/lexicon.json): a title before a name does not introduce it, so
   * "X et le président russe Y" coordinates Y with X.
   */
  titleWords: Set<string>;
}

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function compilePattern(entry: PatternEntry, order: number): CompiledPattern {
  return {
    id: entry.id,
    type: entry.type,
    object: (entry.object ?? []).map(phraseWords),
    preps: new Set(entry.preps ?? []),
    direct: entry.direct ?? (entry.verbs !== undefined && !entry.noTarget),
    of: entry.of ?? "target",
    noTarget: entry.noTarget ?? false,
    needsTarget: entry.needsTarget ?? false,
    passiveObjects: new Set((entry.passiveObjects ?? []).flatMap(phraseWords)),
    needsObject: entry.needsObject ?? false,
    reflexive: entry.reflexive ?? false,
    notReflexive: entry.notReflexive ?? false,
    thenNot: (entry.thenNot ?? []).map(phraseWords),
    objectAfterTarget: entry.objectAfterTarget ?? false,
    afterQuote: entry.afterQuote ?? false,
    thenNotVerb: entry.thenNotVerb ?? false,
    speech: entry.speech ?? entry.type === "STATEMENT",
    stateAgent: entry.stateAgent ?? false,
    sourceKinds: entry.sourceKinds ? new Set(entry.sourceKinds) : null,
    ownerTargets: entry.ownerTargets ?? true,
    weight: entry.w,
    order,
  };
}

/** "mettre en garde" → head "mettre", rest [en, garde]; "s'exclamer" → "exclamer"; "back:backed" → explicit forms. */
function splitVerb(entry: string): { head: string; rest: string[]; only: string[] | null } {
  const [phrase, forms] = entry.split(":") as [string, string | undefined];
  const words = phraseWords(phrase.replace(/^(se |s')/, ""));
  return { head: words[0]!, rest: words.slice(1), only: forms ? forms.split(",").map((form) => phraseWords(form)[0]!) : null };
}

/** French plural of a noun's first word (accord → accords, bombardement → bombardements, journal → journaux). */
function pluralFr(word: string): string[] {
  if (/[sxz]$/.test(word)) return [word];
  if (/(eau|eu)$/.test(word)) return [`${word}x`, `${word}s`];
  if (word.endsWith("al")) return [`${word.slice(0, -2)}aux`, `${word}s`];
  return [`${word}s`];
}

function pluralEn(word: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`, word];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

/** Singular and plural spellings of a noun phrase; French inflects the first word, English the last. */
function nounVariants(words: string[], language: Language): string[][] {
  const variants = [words];
  if (language === "fr") for (const plural of pluralFr(words[0]!)) variants.push([plural, ...words.slice(1)]);
  else for (const plural of pluralEn(words.at(-1)!)) variants.push([...words.slice(0, -1), plural]);
  return variants;
}

function frenchVerbForms(): Map<string, VerbReading[]> {
  const groups: Record<string, number> = { fin: FormTag.FINITE, F: FormTag.FUTURE, C: FormTag.CONDITIONAL, K: FormTag.PARTICIPLE, G: FormTag.GERUND, W: FormTag.INFINITIVE };
  const byForm = new Map<string, Map<string, number>>();
  for (const [lemma, entry] of Object.entries(verbFormsFr.verbs as Record<string, Record<string, string>>)) {
    const head = phraseWords(lemma)[0]!;
    for (const [group, forms] of Object.entries(entry)) {
      for (const form of forms.split(" ")) {
        const key = phraseWords(form)[0]!;
        const readings = byForm.get(key) ?? new Map<string, number>();
        readings.set(head, (readings.get(head) ?? 0) | (groups[group] ?? 0));
        byForm.set(key, readings);
      }
    }
  }
  return new Map([...byForm].map(([form, readings]) => [form, [...readings].map(([lemma, tags]) => ({ lemma, tags }))]));
}

function addEnglishVerb(forms: Map<string, VerbReading[]>, head: string, only: string[] | null) {
  for (const { form, tags } of inflectEnglish(head)) {
    if (only && !only.includes(form)) continue;
    const readings = forms.get(form) ?? [];
    const existing = readings.find((reading) => reading.lemma === head);
    if (existing) existing.tags |= tags;
    else forms.set(form, [...readings, { lemma: head, tags }]);
  }
}

function compileCues(raw: CueEntry): Cues {
  const sets = {} as Cues["sets"];
  const phrases = new Map<keyof CueEntry, string[][]>();
  for (const [key, value] of Object.entries(raw) as [keyof CueEntry, unknown][]) {
    if (!Array.isArray(value)) continue;
    // Single words (with their hyphens: "-t-il") stay whole; phrases and elisions are split as text is ("d'après" → d', après).
    const single = (cue: string) => cue.length === 1 || (/^[\p{L}'-]+$/u.test(cue) && !/\p{L}['’]\p{L}/u.test(cue));
    const words = (value as string[]).map((cue) => (single(cue) ? [cue.toLowerCase()] : cueWords(cue)));
    (sets as Record<string, Set<string>>)[key] = new Set(words.map((w) => w.join(" ")));
    const multi = words.filter((w) => w.length > 1);
    if (multi.length > 0) phrases.set(key, multi);
  }
  const foldLemmas = (list: readonly string[]) => new Set(list.map((lemma) => phraseWords(lemma.replace(/^(se |s')/, "")).join(" ")));
  const lemmas = {
    auxHave: foldLemmas(raw.auxHave),
    auxBe: foldLemmas(raw.auxBe),
    beVerbs: foldLemmas(raw.beVerbs),
    implicative: foldLemmas(raw.implicative),
    quoteVerbs: foldLemmas(raw.quoteVerbs),
    reciprocal: foldLemmas(raw.reciprocalVerbs),
    light: new Set(raw.lightVerbs.map((verb) => splitVerb(verb).head)),
    pastImplicativeModals: foldLemmas(raw.pastImplicativeModals),
    negationAsserts: foldLemmas(raw.negationAsserts),
  };
  const modals = new Map(Object.entries(raw.modals).map(([word, modality]) => [phraseWords(word).join(" "), modality] as const));
  const phrasesByFirst = new Map([...phrases].map(([key, list]) => [key, indexBy(list, (words) => words[0]!)] as const));
  const adverbPhrasesByLast = indexBy(phrases.get("adverbPhrases") ?? [], (words) => words.at(-1)!);
  return { raw, sets, phrases, phrasesByFirst, adverbPhrasesByLast, lemmas, modals };
}

/** Phrases grouped by one of their words, each group in list order. */
function indexBy(list: readonly string[][], wordOf: (words: readonly string[]) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const words of list) {
    const group = index.get(wordOf(words));
    if (group) group.push(words);
    else index.set(wordOf(words), [words]);
  }
  return index;
}

function buildLexicon(language: Language): Lexicon {
  const entries = loadPatterns(language);
  const patterns = entries.map(compilePattern);
  const cues = compileCues(loadCues(language));
  const verbForms = language === "fr" ? frenchVerbForms() : new Map<string, VerbReading[]>();
  const verbTriggers = new Map<string, TriggerEntry[]>();
  const nounTriggers = new Map<string, TriggerEntry[]>();
  entries.forEach((entry, index) => {
    const pattern = patterns[index]!;
    for (const verb of entry.verbs ?? []) {
      const { head, rest, only } = splitVerb(verb);
      if (language === "en") addEnglishVerb(verbForms, head, only);
      pushTo(verbTriggers, head, { pattern, kind: "verb", rest, lemma: head, forms: only ? new Set(only) : null });
    }
    for (const noun of entry.nouns ?? []) {
      for (const words of nounVariants(phraseWords(noun), language)) {
        pushTo(nounTriggers, words[0]!, { pattern, kind: "noun", rest: words.slice(1), lemma: noun, forms: null });
      }
    }
  });
  if (language === "en") {
    const cueVerbs = [...cues.raw.auxHave, ...cues.raw.auxBe, ...cues.raw.implicative, ...cues.raw.quoteVerbs, ...cues.raw.lightVerbs, ...cues.raw.negationAsserts];
    for (const verb of cueVerbs) addEnglishVerb(verbForms, splitVerb(verb).head, null);
  }
  const candidates = new Map<string, { verbs: TriggerCandidate[]; nouns: TriggerCandidate[] }>();
  for (const [form, readings] of verbForms) {
    const verbs = readings.flatMap((reading) => (verbTriggers.get(reading.lemma) ?? []).filter((entry) => entry.forms === null || entry.forms.has(form)).map((entry) => ({ entry, tags: reading.tags })));
    // The longest phrase first ("back down" before "back"), then dictionary order.
    verbs.sort((a, b) => b.entry.rest.length - a.entry.rest.length);
    if (verbs.length > 0) candidates.set(form, { verbs, nouns: [] });
  }
  for (const [first, entries] of nounTriggers) {
    const nouns = entries.map((entry) => ({ entry, tags: 0 }));
    const known = candidates.get(first);
    if (known) known.nouns = nouns;
    else candidates.set(first, { verbs: [], nouns });
  }
  // English "it" too: it is the subject of "it said" (see slots.ts, neuterSpeaker), though no subject pronoun elsewhere.
  const neuter = language === "en" ? ["it"] : [];
  const pronouns = [...cues.raw.subjectPronounsSingular, ...cues.raw.subjectPronounsPlural, ...cues.raw.inversionPronouns, ...neuter].map((p) => phraseWords(p).join(" ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pronounPattern = new RegExp(`(?<![\\p{L}])(?:${pronouns.join("|")})(?![\\p{L}])`, "gu");
  // Verbs of saying by themselves ("said", "a déclaré"), not those that need an object to say something ("held a press conference").
  const speechLemmas = new Set(entries.filter((entry) => entry.type === "STATEMENT" && !entry.object).flatMap((entry) => (entry.verbs ?? []).filter((verb) => !verb.includes(" ")).map((verb) => splitVerb(verb).head)));
  const candidateKeys = new Uint32Array(1 << 15);
  for (const form of candidates.keys()) {
    const key = candidateKey(form);
    candidateKeys[key >>> 5]! |= 1 << (key & 31);
  }
  const titleWords = new Set(actorLexicon.titles[language].filter((title) => !/\s/u.test(title)).map((title) => title.toLowerCase()));
  const pairs = [...cues.sets.subjectPronounsSingular, ...cues.sets.subjectPronounsPlural].filter((cue) => cue.includes(" "));
  const pronounPairEnds = new Set(pairs.map((cue) => cue.slice(cue.lastIndexOf(" ") + 1)));
  return { language, verbForms, verbTriggers, nounTriggers, candidates, candidateKeys, pronounPairEnds, pronounPattern, speechLemmas, cues, titleWords };
}

/** A cheap 20-bit key of a word form from its length, first three and last two letters, for a bit set of 2^20 entries. */
export function candidateKey(form: string): number {
  const last = form.length - 1;
  let h = Math.imul(form.length, 0x9e3779b1);
  h = Math.imul(h ^ form.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ (form.charCodeAt(1) | 0), 0xc2b2ae35);
  h = Math.imul(h ^ (form.charCodeAt(2) | 0), 0x27d4eb2f);
  h = Math.imul(h ^ form.charCodeAt(last), 0x165667b1);
  h = Math.imul(h ^ (form.charCodeAt(last - 1) | 0), 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 12;
}

/** True when the form may be in the candidate table (never false for one that is). */
export function mayBeCandidate(lexicon: Lexicon, form: string): boolean {
  const key = candidateKey(form);
  return (lexicon.candidateKeys[key >>> 5]! & (1 << (key & 31))) !== 0;
}

const lexicons = new Map<Language, Lexicon>();

/** The compiled lexicon of a language, built on first use and kept. */
export function lexiconFor(language: Language): Lexicon {
  let lexicon = lexicons.get(language);
  if (!lexicon) {
    lexicon = buildLexicon(language);
    lexicons.set(language, lexicon);
  }
  return lexicon;
}
