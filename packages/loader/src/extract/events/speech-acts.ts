/**
 * What a reported statement does, from cue words in what was said (data/events/speech-acts.*.json):
 * "X a déclaré : « Arrêtez … »" is a REQUEST, "X said the government was responsible" an ACCUSE.
 * The gold convention codes a statement by its act and keeps STATEMENT for the others.
 */
import { z } from "zod";
import { EventType } from "@corpus/schema";
import type { Language } from "../../document.js";
import actsEn from "../../../data/events/speech-acts.en.json" with { type: "json" };
import actsFr from "../../../data/events/speech-acts.fr.json" with { type: "json" };
import { DictionaryError } from "./dictionary.js";
import type { Token } from "./tokenize.js";
import { phraseWords } from "./tokenize.js";

const SpeechActFile = z.object({ about: z.string(), imperatives: z.array(z.string().min(2)), acts: z.partialRecord(EventType, z.array(z.string().min(2))) });

interface Cue {
  type: EventType;
  words: string[];
  /** An order to whoever is doing it ("arrêtez …"). */
  imperative: boolean;
}

const compiled = new Map<Language, Map<string, Cue[]>>();

/** Cues indexed by the first three letters of their first word, so that each token is looked up once. */
function cuesFor(language: Language): Map<string, Cue[]> {
  let index = compiled.get(language);
  if (!index) {
    const file = `speech-acts.${language}.json`;
    const parsed = SpeechActFile.safeParse(language === "fr" ? actsFr : actsEn);
    if (!parsed.success) throw new DictionaryError(file, parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
    const imperatives = new Set(parsed.data.imperatives);
    const cues = Object.entries(parsed.data.acts).flatMap(([type, list]) => (list ?? []).map((cue) => ({ type: type as EventType, words: phraseWords(cue), imperative: imperatives.has(cue) })));
    index = new Map();
    for (const cue of cues) {
      const key = cue.words[0]!.slice(0, 3);
      index.set(key, [...(index.get(key) ?? []), cue]);
    }
    compiled.set(language, index);
  }
  return index;
}

/** A cue word matches a token that it equals or, when it is four letters or more, that it starts. */
const wordMatches = (token: string, cue: string) => token === cue || (cue.length >= 4 && token.startsWith(cue));

function cueAt(tokens: readonly Token[], at: number, cue: Cue): boolean {
  const last = cue.words.length - 1;
  for (let k = 0; k <= last; k++) {
    const token = tokens[at + k];
    if (token === undefined || !(k < last ? token.fold === cue.words[k] : wordMatches(token.fold, cue.words[k]!))) return false;
  }
  return true;
}

/**
 * The speech act of what was said (`tokens`) and the token index of its first cue, or null for a
 * plain statement. A demand wins; otherwise the type with most cue hits, ties to the type met first.
 */
export function speechActOf(tokens: readonly Token[], language: Language): { type: EventType; at: number; imperative: boolean } | null {
  const cues = cuesFor(language);
  const hits = new Map<EventType, { count: number; at: number; imperative: boolean }>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    for (const cue of cues.get(tokens[i]!.fold.slice(0, 3)) ?? []) {
      if (!cueAt(tokens, i, cue)) continue;
      const hit = hits.get(cue.type);
      if (hit) {
        hit.count++;
        hit.imperative ||= cue.imperative;
      } else hits.set(cue.type, { count: 1, at: i, imperative: cue.imperative });
    }
  }
  // The speaker's own demand is what the statement does, whatever blame or praise comes with it.
  const demand = hits.get("REQUEST");
  if (demand) return { type: "REQUEST", at: demand.at, imperative: demand.imperative };
  let best: { type: EventType; count: number; at: number; imperative: boolean } | null = null;
  for (const [type, hit] of hits) if (best === null || hit.count > best.count) best = { type, ...hit };
  return best;
}
