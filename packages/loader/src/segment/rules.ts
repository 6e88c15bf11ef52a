import type { Language } from "../document.js";
import english from "./abbreviations/en.json" with { type: "json" };
import french from "./abbreviations/fr.json" with { type: "json" };

/** The word lists the sentence splitter consults, as sets. */
export interface SplitRules {
  /** Words before a full stop that never end a sentence (M., Dr., Gen.). */
  nonFinal: ReadonlySet<string>;
  /** Words before a full stop that do not end a sentence when a number follows (p. 3, Jan. 5). */
  beforeNumber: ReadonlySet<string>;
  /** Words before a full stop that end a sentence only when a sentence starter follows (Inc., Co.). */
  ambiguous: ReadonlySet<string>;
  /** Capitalised words that usually open a sentence (The, Il): after an initial or acronym they mark a new sentence. */
  sentenceStarters: ReadonlySet<string>;
}

const LISTS = { fr: french, en: english } satisfies Record<Language, unknown>;
const cache = new Map<Language, SplitRules>();

/**
 * Rules for one article language. Abbreviations are pooled across languages, since a French
 * dispatch quotes "Mr." and an English one "M."; sentence starters are the article language's own,
 * because a capitalised function word of the other language is more often a name ("La Paz").
 */
export function splitRulesFor(language: Language): SplitRules {
  let rules = cache.get(language);
  if (!rules) {
    const all = Object.values(LISTS);
    rules = {
      nonFinal: new Set(all.flatMap((list) => list.nonFinal)),
      beforeNumber: new Set(all.flatMap((list) => list.beforeNumber)),
      ambiguous: new Set(all.flatMap((list) => list.ambiguous)),
      sentenceStarters: new Set(LISTS[language].sentenceStarters),
    };
    cache.set(language, rules);
  }
  return rules;
}
