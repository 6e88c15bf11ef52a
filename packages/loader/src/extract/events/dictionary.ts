/**
 * The event dictionary as data: patterns (trigger words → PLOVER type and slot rules) and the cue words
 * read around a trigger, one pair of files per language in `data/events/`. Validated once at load.
 */
import { z } from "zod";
import { ActorKind, EventType, Modality } from "@corpus/schema";
import type { Language } from "../../document.js";
import cuesEn from "../../../data/events/cues.en.json" with { type: "json" };
import cuesFr from "../../../data/events/cues.fr.json" with { type: "json" };
import patternsEn from "../../../data/events/patterns.en.json" with { type: "json" };
import patternsFr from "../../../data/events/patterns.fr.json" with { type: "json" };

const Words = z.array(z.string().min(1));

/** One dictionary entry; see the `about` text of the pattern files for the meaning of each field. */
export const PatternEntry = z
  .object({
    id: z.string().regex(/^(fr|en)\.[a-z]+\.[a-z-]+$/),
    type: EventType,
    verbs: Words.optional(),
    nouns: Words.optional(),
    object: Words.optional(),
    preps: z.array(z.string()).optional(),
    direct: z.boolean().optional(),
    of: z.enum(["source", "target"]).optional(),
    noTarget: z.boolean().optional(),
    needsTarget: z.boolean().optional(),
    /** Nouns that, as the subject of the passive trigger, make it an event without a target ("le traité a été signé par X"). */
    passiveObjects: Words.optional(),
    /** Without a target, an object must follow: "attacked a base" is an attack, "attacked at dawn", "se bat pour ses droits" are not. */
    needsObject: z.boolean().optional(),
    reflexive: z.boolean().optional(),
    /** The pronominal form is another verb: "se demander" is to wonder, "se réclamer de" to claim kinship. */
    notReflexive: z.boolean().optional(),
    thenNot: Words.optional(),
    /** Speech only right after what was said: a comma or closing quote, then at most an auxiliary, clitic or inverted pronoun ('», a-t-il lancé', ', glisse X'). */
    afterQuote: z.boolean().optional(),
    /** The object words follow the target instead of naming it: "qualifier X de", "comparer X à", "brand X as"; the target is looked for right after the trigger. */
    objectAfterTarget: z.boolean().optional(),
    /** No event when a French infinitive or "-é" participle follows: "s'est vu refuser un visa", "s'est retrouvé contraint" are passives, no meeting. */
    thenNotVerb: z.boolean().optional(),
    speech: z.boolean().optional(),
    stateAgent: z.boolean().optional(),
    /** The kinds the source must have ("gather" is a protest only for a crowd). */
    sourceKinds: z.array(ActorKind).optional(),
    /** False: the target is the object itself, never the owner of an object noun ("a reçu le soutien de X", "la citoyenneté française"). */
    ownerTargets: z.boolean().optional(),
    w: z.number().gt(0).max(1),
  })
  .strict()
  .refine((entry) => (entry.verbs?.length ?? 0) + (entry.nouns?.length ?? 0) > 0, "a pattern needs verbs or nouns");
export type PatternEntry = z.infer<typeof PatternEntry>;

const PatternFile = z.object({ about: z.string(), patterns: z.array(PatternEntry) });

/** Function words and cue lemmas of one language (see `data/events/cues.*.json`). */
export const CueEntry = z
  .object({
    about: z.string(),
    negationBefore: Words,
    negationAfter: Words,
    negationWords: Words,
    auxHave: Words,
    auxBe: Words,
    /** Verbs whose compound tenses take "être" ("est entré", "est descendu"): their "be" + participle is no passive. */
    beVerbs: Words,
    modals: z.record(z.string(), Modality),
    /** Verbs whose object noun names the act their subject performs ("announced a withdrawal", "ont repris leurs destructions"). */
    lightVerbs: Words,
    implicative: Words,
    futureGovernors: Words,
    hypotheticalWords: Words,
    futureWords: Words,
    passiveAgent: Words,
    /** Phrases that open with the agent word but name no agent ("by way of", "par exemple"). */
    notAgent: Words,
    reflexive: Words,
    locative: Words,
    /** Prepositions that make a country a place, never an addressee ("in Iran", but not "on Iran"). */
    placePrepositions: Words,
    genitive: Words,
    attribution: Words,
    between: Words,
    coordination: Words,
    clauseBreak: Words,
    targetBreak: Words,
    subjectPronounsSingular: Words,
    subjectPronounsPlural: Words,
    relativeSubject: Words,
    /** Nouns whose subject suffers the act their "de/of" complement names ("X a été victime d'une attaque", "X was the target of strikes"). */
    victimNouns: Words,
    /** Adverbs that may follow a noun ("the approval yesterday", "the statement earlier"): no head noun it qualifies. */
    adverbs: Words,
    objectPronouns: Words,
    infinitiveMarkers: Words,
    quoteVerbs: Words,
    inversionPronouns: Words,
    determiners: Words,
    groupHeads: Words,
    impersonalPronouns: Words,
    prepositions: Words,
    reciprocalVerbs: Words,
    /** Phrases naming whom a reply answers ("in response to X", "sous la pression de X"). */
    responseTo: Words,
    /** Response phrases whose noun tells no act of its own ("à l'appel de X", "at the invitation of X"). */
    callPhrases: Words,
    /** Adverb phrases that may stand inside a verb group ("a de nouveau refusé", "a pour sa part condamné", "at first rejected"). */
    adverbPhrases: Words,
    /** Prepositions after which an infinitive tells a past act ("après avoir condamné", "pour avoir critiqué"). */
    pastPrepositions: Words,
    /** Words that open a purpose clause: its infinitive tells an aim, not an act ("pour rencontrer", "afin de", "in order to"). */
    purposeMarkers: Words,
    /** Modal verbs whose past participle tells the act done ("a dû renoncer", "a pu rencontrer"), unlike "a voulu". */
    pastImplicativeModals: Words,
    /** Verbs whose negation asserts the noun they take ("ne cache pas son opposition", "did not hide his anger"). */
    negationAsserts: Words,
    /** Nouns of time that end an adverb phrase, not a noun an infinitive completes ("decided last week to meet"). */
    timeNouns: Words,
  })
  .strict();
export type CueEntry = z.infer<typeof CueEntry>;

/** Thrown at load when a dictionary file is malformed: names the file and the first problems. */
export class DictionaryError extends Error {
  constructor(
    readonly file: string,
    readonly issues: string[],
  ) {
    super(`data/events/${file}: ${issues.slice(0, 5).join("; ")}`);
    this.name = "DictionaryError";
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DictionaryError(file, parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  return parsed.data;
}

/** The validated patterns of a language, in file order (earlier entries win ties). */
export function loadPatterns(language: Language): PatternEntry[] {
  const file = `patterns.${language}.json`;
  const { patterns } = parseOrThrow(PatternFile, language === "fr" ? patternsFr : patternsEn, file);
  const ids = new Set<string>();
  for (const pattern of patterns) {
    if (!pattern.id.startsWith(`${language}.`)) throw new DictionaryError(file, [`${pattern.id}: id must start with "${language}."`]);
    if (ids.has(pattern.id)) throw new DictionaryError(file, [`${pattern.id}: duplicate id`]);
    ids.add(pattern.id);
  }
  return patterns;
}

/** The validated cue words of a language. */
export function loadCues(language: Language): CueEntry {
  return parseOrThrow(CueEntry, language === "fr" ? cuesFr : cuesEn, `cues.${language}.json`);
}
