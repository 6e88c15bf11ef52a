import lexicon from "../../../data/actors/lexicon.json" with { type: "json" };
import type { Gazetteer } from "./gazetteer.js";
import { phraseTokens } from "./gazetteer.js";
import type { NameGender } from "./first-name-gender.js";

/**
 * What a title says about the office, apart from whose state it is: the head ("ministre", "premier ministre",
 * "foreign minister") and the portfolio after a particle ("santé" in "ministre de la Santé").
 */
export interface TitleSignature {
  head: string;
  complement: string;
  /** Read through an equivalent ("le chef de l'État" → président): the whole office, never a "président de X". */
  whole?: boolean;
}

const PARTICLES = new Set(["de", "d'", "du", "des", "of", "for"]);
const ARTICLES = new Set(["le", "la", "l'", "les", "un", "une", "the", "a", "an"]);
/** Words that say which holder, not which office: "président sortant", "premier ministre désigné", "acting president". */
const HOLDER_WORDS = new Set(["sortant", "sortante", "elu", "elue", "designe", "designee", "interimaire", "demissionnaire", "actuel", "actuelle", "acting", "incumbent", "elect", "designate", "interim"]);

/**
 * The signature of a title as the text gives it ("Premier ministre grec" → premier ministre / —,
 * "ministre de l'Intérieur" → ministre / interieur): states, demonyms, articles and adjectives like
 * "nouveau" dropped, since they say whose or which holder, not which office.
 */
export function titleSignature(title: string, g: Gazetteer): TitleSignature {
  // a few offices ("ministre", "président") come back in every article, and each description is compared with every holder
  if (signatureCache.gazetteer !== g || signatureCache.signatures.size >= SIGNATURE_CACHE_SIZE) signatureCache = { gazetteer: g, signatures: new Map() };
  let signature = signatureCache.signatures.get(title);
  if (signature === undefined) {
    signature = Object.freeze(canonicalOffice(readSignature(title, g), g));
    signatureCache.signatures.set(title, signature);
  }
  return signature;
}

/** Signatures already read, for one gazetteer; emptied when full. */
let signatureCache: { gazetteer: Gazetteer | null; signatures: Map<string, TitleSignature> } = { gazetteer: null, signatures: new Map() };
const SIGNATURE_CACHE_SIZE = 20_000;

/**
 * Names of one office read as one ("le chef de l'État" is "le président", "le chef du gouvernement" the
 * "Premier ministre"): data/actors/lexicon.json `officeEquivalents`, each side read as a signature once per gazetteer.
 */
let equivalents: { gazetteer: Gazetteer; bySignature: Map<string, TitleSignature> } | null = null;
const signatureKey = (signature: TitleSignature) => `${signature.head}|${signature.complement}`;

function canonicalOffice(signature: TitleSignature, g: Gazetteer): TitleSignature {
  if (equivalents?.gazetteer !== g) {
    const pairs = lexicon.officeEquivalents.pairs.map(([alias, office]) => [signatureKey(readSignature(alias!, g)), { ...readSignature(office!, g), whole: true }] as const);
    equivalents = { gazetteer: g, bySignature: new Map(pairs) };
  }
  return equivalents.bySignature.get(signatureKey(signature)) ?? signature;
}

function readSignature(title: string, g: Gazetteer): TitleSignature {
  const tokens = phraseTokens(title).filter((token) => /\p{L}/u.test(token));
  const head: string[] = [];
  const complement: string[] = [];
  // the head ends with the first title the dictionary knows, before its particle ("ministre | de la Santé");
  // what follows it, with or without a particle, is the portfolio ("ministre la Transition écologique")
  let headEnd: number | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const match = g.trie.longest(tokens, k, (end, values) => {
      const title = values.some((entry) => entry.type === "title");
      const state = values.some((entry) => entry.type === "demonym" || entry.type === "country");
      return title || state ? { end, state: state && !title } : undefined;
    });
    if (match?.state) {
      k = match.end - 1;
      continue;
    }
    if (headEnd === undefined && match !== undefined) headEnd = match.end;
    if (PARTICLES.has(token)) {
      headEnd = Math.min(headEnd ?? k, k);
      continue;
    }
    if (ARTICLES.has(token) || HOLDER_WORDS.has(token) || g.prenominal.has(token)) continue;
    (headEnd !== undefined && k >= headEnd ? complement : head).push(token);
  }
  return { head: head.join(" "), complement: complement.join(" ") };
}

/**
 * How two titles agree: the same office ("exact", a portfolio perhaps cut short), the bare head of an office
 * with a portfolio ("head"), or none (another head, or another portfolio).
 */
export function titleAgreement(description: TitleSignature, holder: TitleSignature): "exact" | "head" | undefined {
  if (description.head !== holder.head) return undefined;
  if (description.complement === holder.complement) return "exact";
  if (description.complement === "") return description.whole ? undefined : "head";
  // "de l'Éducation" for "de l'Éducation nationale": one portfolio cut short
  const [shorter, longer] = [description.complement, holder.complement].sort((a, b) => a.length - b.length);
  return shorter !== "" && longer!.startsWith(`${shorter} `) ? "exact" : undefined;
}

/** Two genders that may be one person's (either unknown, or the same). */
export function gendersAgree(a: NameGender | undefined, b: NameGender | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}
