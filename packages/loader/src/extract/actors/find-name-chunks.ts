import { joinCoordinatedNames } from "./coordinated-names.js";
import type { FieldScan } from "./field-scan.js";

/** A run of capitalised tokens [from, to) that may name an actor; `honorific` when "M.", "Mr", "Mme"… precedes it. */
export interface NameChunk {
  from: number;
  to: number;
  honorific: boolean;
}

const NAME_ENTRIES = new Set(["actor", "country", "city", "metonym", "demonym"]);

/**
 * Finds the runs of capitalised words of a field, joined by name particles ("de", "of", "al", "'s"),
 * grown to cover any dictionary name they start ("Frères musulmans", "Union européenne"), and in
 * French grown over the lower-case words that follow an organisation head ("Parti populaire espagnol").
 * Capitalised function words, months and words seen in lower case elsewhere do not start a run.
 */
export function findNameChunks(scan: FieldScan, consumed: readonly boolean[]): NameChunk[] {
  const { tokens, g } = scan;
  const chunks: NameChunk[] = [];
  const isNameToken = (k: number) => {
    const t = tokens[k];
    return t !== undefined && t.word && t.cap && !consumed[k] && !(t.fold.includes("-") && g.adjectiveCompound.test(t.fold));
  };
  let honorific = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameToken(i)) {
      if (tokens[i]!.word) honorific = false;
      continue;
    }
    const afterDot = tokens[i + 1]?.fold === "." ? i + 2 : i + 1;
    if (g.honorifics.has(tokens[i]!.fold) && isNameToken(afterDot)) {
      honorific = true;
      i = afterDot - 1;
      continue;
    }
    const startsName = scan.matchAt[i]?.entries.some((e) => NAME_ENTRIES.has(e.type)) ?? false;
    // a capitalised function word starts no name; "African", "Islamic" do when a name follows
    if (scan.isCommonWord(i) && !startsName && (!isNameToken(i + 1) || (tokens[i]!.sentenceStart && scan.isFunctionWord(i)))) continue;
    // "Without Nigeria": a sentence's first word is not part of the country name after it
    if (tokens[i]!.sentenceStart && !startsName && (scan.matchAt[i + 1]?.entries.some((e) => e.type === "country" || e.type === "city") ?? false)) continue;
    const startsWithHead = g.organisationHeads.has(tokens[i]!.fold);
    let to = i + 1;
    for (;;) {
      if (to < tokens.length && (tokens[to]!.sentenceStart || scan.text.slice(tokens[to - 1]!.end, tokens[to]!.start).includes("\n"))) break;
      const known = scan.matchAt[i];
      const titleNext = scan.matchAt[to]?.entries.some((e) => e.type === "title") ?? false;
      if (known?.to === to && !titleNext && known.entries.some((e) => e.type === "actor")) break; // "Amnesty International" + a name
      if (isNameToken(to)) {
        to++;
        continue;
      }
      // "Jack C. Smith", "E. Jean Carroll": an initial's full stop does not end the name
      if (tokens[to]?.fold === "." && /^\p{Lu}$/u.test(scan.text.slice(tokens[to - 1]!.start, tokens[to - 1]!.end)) && isNameToken(to + 1) && !scan.text.slice(tokens[to]!.end, tokens[to + 1]!.start).includes("\n")) {
        to += 2;
        continue;
      }
      let k = to;
      while (k < tokens.length && k - to < 3 && g.connectors.has(tokens[k]!.fold)) k++;
      if (k === to || !isNameToken(k)) break;
      if (!startsWithHead && g.organisationHeads.has(tokens[k]!.fold) && scan.language === "fr") break;
      // "Thierry Dupont de Jean Martin": a full name does not continue through "de" into another
      // "Valéry Giscard d'Estaing", "Jean de La Fontaine": an unknown surname after the particle still belongs to the name
      if (to - i >= 2 && !startsWithHead && PARTICLES.has(tokens[to]!.fold) && !hasHead(scan, i, to) && scan.entryOf(scan.matchCovering(to - 1), "title") === undefined && !particleSurname(scan, i, to, k)) break;
      // "Purolator's U.S. unit", "Afghanistan's Maidan Wardak": a possessive ends a name ("People's Party" aside)
      if (tokens[to]!.fold === "'s" && (scan.matchAt[i]?.to === to || (!scan.isCommonWord(to - 1) && !headAhead(scan, k, isNameToken)))) break;
      to = k + 1;
    }
    for (let k = i; k < to; k++) {
      const match = scan.matchAt[k];
      if (match !== undefined && match.to > to && match.entries.some((e) => NAME_ENTRIES.has(e.type))) to = match.to;
    }
    const dictionaryName = scan.matchAt[i]?.to === to && scan.matchAt[i]!.entries.some((e) => NAME_ENTRIES.has(e.type));
    to = extendFrenchName(scan, i, to, FRENCH_ARTICLES.has(scan.folds[i - 1] ?? "") && !dictionaryName);
    // "the Thai Raksa Chart party": a lower-case organisation head right after the name belongs to it
    // ("the Volvo board" is the firm's board of directors, a part of it, not a name)
    if (scan.language === "en" && tokens[to]?.word && !consumed[to] && !tokens[to]!.cap && g.organisationHeads.has(tokens[to]!.fold) && tokens[to]!.fold !== "board" && scan.matchAt[i]?.to !== to) to++;
    chunks.push({ from: i, to, honorific });
    honorific = false;
    i = to - 1;
  }
  return joinCoordinatedNames(scan, chunks);
}

/** Whether the run of name tokens from `k` holds an organisation head ("People's Protection Units"). */
function headAhead(scan: FieldScan, k: number, isNameToken: (k: number) => boolean): boolean {
  for (let i = k; isNameToken(i); i++) if (scan.g.organisationHeads.has(scan.folds[i]!)) return true;
  return false;
}

const PARTICLES = new Set(["de", "du", "des", "d'", "of"]);
const FRENCH_PARTICLES = new Set(["de", "du", "d'"]);

/**
 * "Valéry Giscard d'Estaing", "Xavier Dupont de Ligonnès": after a given name and a surname [from, to), a French
 * particle and one more surname at `k` (an article aside: "de La Villardière") that no dictionary knows, that is no
 * given name, head word or hyphenated place ("de Hénin-Beaumont"), and that closes the run.
 */
function particleSurname(scan: FieldScan, from: number, to: number, k: number): boolean {
  const { tokens, folds, g } = scan;
  const article = folds[k - 1] === "la" || folds[k - 1] === "le" ? 1 : 0;
  if (scan.language !== "fr" || to - from !== 2 || !g.firstNames.has(folds[from]!) || !FRENCH_PARTICLES.has(folds[k - 1 - article] ?? "")) return false;
  const next = tokens[k + 1];
  return scan.matchCovering(k) === undefined && !folds[k]!.includes("-") && !g.firstNames.has(folds[k]!) && !g.organisationHeads.has(folds[k]!) && !(next?.word && next.cap);
}

function hasHead(scan: FieldScan, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (scan.g.organisationHeads.has(scan.folds[i]!)) return true;
  return false;
}

/** Articles before which a French name is a body or place, never a person. */
export const FRENCH_ARTICLES = new Set(["le", "la", "l'", "les", "du", "au", "aux"]);
const FRENCH_ADJECTIVE = /(?:ere|eres|iere|ieres|aire|iste|ique|ale|ales|aux|al|ien|ienne|iens|iennes|enne|ennes|éen|éens|ais|aise|el|elle|if|ive|eux|euse|ain|aine|ains|ans|ine|é|ée|és|ées)$/;

/** French names keep lower-case words after their head: "Parti populaire espagnol", "Association des leaders religieux du Mali". */
export function extendFrenchName(scan: FieldScan, from: number, to: number, afterArticle = false): number {
  const { tokens, g } = scan;
  if (scan.language !== "fr" || !(afterArticle || g.organisationHeads.has(tokens[from]!.fold))) return to;
  let end = to;
  for (let steps = 0; steps < 8; steps++) {
    const next = tokens[end];
    if (next === undefined || !next.word) break;
    const isDemonym = scan.entryOf(scan.matchAt[end], "demonym") !== undefined;
    if (!next.cap && (FRENCH_ADJECTIVE.test(next.fold) || isDemonym) && !scan.isCommonWord(end)) {
      end++;
      continue;
    }
    if (afterArticle && !g.organisationHeads.has(tokens[from]!.fold)) break; // "la Gauche démocratique": adjectives only
    let k = end;
    while (k < tokens.length && k - end < 3 && g.connectors.has(tokens[k]!.fold)) k++;
    if (k > end && tokens[k]?.word && !scan.isCommonWord(k) && !g.organisationHeads.has(tokens[k]!.fold)) {
      end = k + 1;
      continue;
    }
    break;
  }
  return end;
}
