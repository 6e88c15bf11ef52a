import type { Language } from "../../document.js";
import type { Entry, Gazetteer } from "./gazetteer.js";
import type { Token } from "./tokenize.js";

/** A dictionary phrase found at tokens [from, to), with the entries that fit its case. */
export interface DictionaryMatch {
  from: number;
  to: number;
  entries: Entry[];
}

/** Whether text[from, to) (all of it by default) is plain ASCII. */
function isAscii(text: string, from = 0, to = text.length): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** One field's tokens and dictionary matches: the shared input of the recognition rules. */
export class FieldScan {
  readonly folds: string[];
  /** The match starting at each token index, if any (leftmost-longest, non-overlapping). */
  readonly matchAt: (DictionaryMatch | undefined)[];
  /** ISO codes of the states and territories the article names (by name, demonym or capital), set before recognition. */
  articleCountries: ReadonlySet<string> = new Set();
  /** Whether a word is written in lower case somewhere in the field (asked rarely, so answered on demand and kept): its capitalised form at a sentence start is no name. */
  private readonly lowerCaseAnswers = new Map<string, boolean>();

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly language: Language,
    readonly g: Gazetteer,
  ) {
    this.folds = tokens.map((t) => t.fold);
    this.matchAt = new Array<DictionaryMatch | undefined>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.word) continue;
      const match = this.longestFitting(i);
      if (match === undefined) continue;
      this.matchAt[i] = match;
      for (let k = i; k < match.to && k < i + 8; k++) this.coveredBy[k] = match;
      i = match.to - 1;
    }
  }

  /** The match over each token (within its first 8 tokens), so that asking is one lookup. */
  private readonly coveredBy: (DictionaryMatch | undefined)[] = [];

  private longestFitting(from: number): DictionaryMatch | undefined {
    this.from = from;
    return (this.tokens[from]!.cap ? this.g.trie : this.g.lowerTrie).longest(this.folds, from, this.acceptFitting);
  }

  private from = 0;
  /** The entries of a dictionary phrase that fit the text's case; one closure for the whole field. */
  private readonly acceptFitting = (to: number, entries: readonly Entry[]): DictionaryMatch | undefined => {
    const from = this.from;
    let fitting: Entry[] | undefined;
    for (let k = 0; k < entries.length; k++) {
      if (this.fits(entries[k]!, from, to)) {
        if (fitting !== undefined) fitting.push(entries[k]!);
      } else if (fitting === undefined) fitting = entries.slice(0, k);
    }
    const kept = fitting ?? (entries as Entry[]);
    return kept.length > 0 ? { from, to, entries: kept } : undefined;
  };

  /** Case rules: acronyms exactly as written; names capitalised (and not a capitalised common word opening a sentence). */
  private fits(entry: Entry, from: number, to: number): boolean {
    const first = this.tokens[from]!;
    const end = this.tokens[to - 1]!.end;
    if (entry.type === "title" || entry.type === "agent") {
      // accents matter for common nouns: "jugé" is no "juge", "armé" no "armée"
      if (isAscii(entry.surface) && isAscii(this.text, first.start, end)) return true;
      const written = this.text.slice(first.start, end).toLowerCase().replace(/[’‘]/g, "'");
      return written === entry.surface.toLowerCase() || !/[^\x00-\x7f]/.test(written + entry.surface);
    }
    if (entry.type === "demonym") return true;
    if (entry.caseSensitive) return this.text.slice(first.start, end).replace(/\s+/g, " ") === entry.surface;
    if (entry.capitalised && !first.cap) return false;
    if (to - from === 1 && first.sentenceStart && this.isCommonWord(from)) return false;
    return true;
  }

  /** A function word, month, weekday or other word that names no actor (in either language: quotes mix them). */
  isCommonWord(index: number): boolean {
    const fold = this.folds[index];
    if (fold === undefined) return false;
    if (this.tokens[index]!.acronym && !this.inCapitalsLine(index)) {
      // "ND" is an acronym; "UTC", "MARCH" and a word also written in lower case are not
      return this.g.notActors.has(fold) || this.lowercaseElsewhere(fold) || (fold.length >= 4 && this.g.functionWords.has(fold));
    }
    const token = this.tokens[index]!;
    return this.g.nonNames.has(fold) || (token.cap && token.sentenceStart && this.lowercaseElsewhere(fold));
  }

  /** A function word, month or word seen in lower case (at a sentence start): never the first word of a name. */
  isFunctionWord(index: number): boolean {
    const fold = this.folds[index]!;
    const token = this.tokens[index]!;
    if (token.acronym && !this.inCapitalsLine(index)) return false;
    return this.g.functionWords.has(fold) || (token.cap && token.sentenceStart && this.lowercaseElsewhere(fold));
  }

  /** The entry of a type in a match; a sovereign state wins over a territory sharing its demonym ("American"). */
  entryOf<T extends Entry["type"]>(match: DictionaryMatch | undefined, type: T): Extract<Entry, { type: T }> | undefined {
    if (match === undefined) return undefined;
    let first: Extract<Entry, { type: T }> | undefined;
    for (const entry of match.entries) {
      if (entry.type !== type) continue;
      const typed = entry as Extract<Entry, { type: T }>;
      if ((entry.type === "demonym" && entry.country.kind === "COUNTRY") || (entry.type === "country" && entry.identity.kind === "COUNTRY")) return typed;
      first ??= typed;
    }
    return first;
  }

  private lowercaseElsewhere(fold: string): boolean {
    let answer = this.lowerCaseAnswers.get(fold);
    if (answer === undefined) {
      answer = false;
      for (const t of this.tokens) {
        if (t.fold === fold && t.word && !t.cap && !t.acronym) {
          answer = true;
          break;
        }
      }
      this.lowerCaseAnswers.set(fold, answer);
    }
    return answer;
  }

  /** The match that covers token `index`, if any. */
  matchCovering(index: number): DictionaryMatch | undefined {
    return index >= 0 ? this.coveredBy[index] : undefined;
  }

  private titleCase = false;

  /** Marks a headline whose content words are (nearly) all capitalised. */
  markTitleCase(): void {
    let words = 0;
    let capitalised = 0;
    this.tokens.forEach((token, i) => {
      if (!token.word || (!token.cap && this.isCommonWord(i)) || this.g.functionWords.has(token.fold)) return;
      words++;
      if (token.cap) capitalised++;
    });
    this.titleCase = words >= 4 && capitalised / words >= 0.8;
  }

  /**
   * Whether case says nothing where the token is: a line written mostly in capitals (a shouted
   * subheading), or a headline in Title Case ("Kurds Announce Deal With Assad's Government").
   */
  inCapitalsLine(index: number): boolean {
    return this.titleCase || this.tokens[index]?.shouted === true;
  }

  textOf(from: number, to: number): string {
    return this.text.slice(this.tokens[from]!.start, this.tokens[to - 1]!.end);
  }
}
