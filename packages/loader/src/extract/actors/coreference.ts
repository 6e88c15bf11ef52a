import { nameKey as foldedName } from "./fold.js";
import { gazetteer, slug, type Identity } from "./gazetteer.js";
import { linkNameVariants } from "./name-variants.js";
import { inReadingOrder, type RawMention } from "./raw-mention.js";
import { ACRONYM } from "./tokenize.js";

type Texts = { TITLE: string; BODY: string };

const initials = (name: string) =>
  name
    .split(/[\s'’-]+/)
    .filter((word) => word.length > 3 || /^\p{Lu}/u.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join("");

/**
 * Within-article coreference, as a map from an identity's key to the identity it is another name of:
 * a surname alone after a full name ("M. Samaras" → Antonis Samaras); an acronym given in brackets
 * after its expansion or equal to its initials ("le Parti socialiste (PASOK)", "PP"); a one-word
 * guess repeating the first word of a known body ("Mahan" → Mahan Air); a longer form of a body's
 * name; a company's short form read as a person; a guessed person named like a place of the
 * article; a described collective in apposition to a named body ("le CNSP, la junte").
 */
export function findCoreference(mentions: readonly RawMention[], texts: Texts): Map<string, Identity> {
  const redirect = new Map<string, Identity>();
  const firstByKey = new Map<string, Identity>();
  for (const m of mentions) if (!firstByKey.has(m.identity.key)) firstByKey.set(m.identity.key, m.identity);
  const named = [...firstByKey.values()].map(namedOf);
  const persons = named.filter((n) => n.identity.kind === "PERSON" && n.words.length > 1);
  const organisations = named.filter((n) => isBody(n.identity));

  for (const n of named) {
    const { identity, words } = n;
    if (words.length === 1 && identity.wikidataId === null && !identity.key.startsWith("country:")) {
      const word = words[0]!;
      const full =
        persons.find((p) => p.words.at(-1) === word) ??
        (identity.kind === "PERSON" ? persons.find((p) => p.words[0] === word) : undefined) ??
        organisations.find((o) => o !== n && o.words.length > 1 && o.words[0] === word) ??
        (identity.kind === "PERSON" && !gazetteer().firstNames.has(word) ? persons.find((p) => otherSpelling(p.words.at(-1)!, word)) : undefined);
      if (full !== undefined) redirect.set(identity.key, full.identity);
    }
    if (isBody(identity) && /^[\p{Lu}]{2,6}$/u.test(identity.name)) {
      const expansion = organisations.find((o) => o !== n && o.words.length > 1 && initials(o.identity.name) === identity.name);
      if (expansion !== undefined) redirect.set(expansion.identity.key, { ...expansion.identity, key: identity.key });
    }
  }
  const bodyByName = new Map<string, Identity>();
  for (const n of organisations) {
    // "les islamistes d'Ansar Eddine" (a group) and "les membres d'Ansar Eddine" (a body): one name, one actor
    const first = bodyByName.get(n.key);
    if (first === undefined) bodyByName.set(n.key, n.identity);
    else if (!redirect.has(n.identity.key)) redirect.set(n.identity.key, first);
  }
  for (const n of organisations) {
    // "Parti populaire espagnol" → "Parti populaire", "… Guard Corps of Iran" → "… Guard Corps"
    const shorter = organisations.find((o) => o !== n && o.words.length > 1 && n.key.startsWith(o.prefix));
    if (shorter !== undefined && !redirect.has(n.identity.key)) redirect.set(n.identity.key, shorter.identity);
  }
  const withRole = new Set<string>();
  const rolePeople = new Set<string>();
  for (const m of mentions) {
    if (m.role !== undefined) rolePeople.add(m.identity.key);
    if (m.role !== undefined || m.evidence === "dictionary") withRole.add(m.identity.key);
  }
  for (const p of persons) {
    // "E.F. Hutton" after "E.F. Hutton Group Inc": the short form of a company's name, not a person
    if (redirect.has(p.identity.key) || withRole.has(p.identity.key)) continue;
    const body = organisations.find((o) => o.key.startsWith(p.prefix));
    if (body !== undefined) redirect.set(p.identity.key, body.identity);
  }
  const places = new Map<string, Identity>();
  for (const n of named) if (n.identity.kind === "LOCATION" && !places.has(n.key)) places.set(n.key, n.identity);
  for (const n of named) {
    if (n.identity.kind !== "PERSON" || redirect.has(n.identity.key)) continue;
    const place = places.get(n.key);
    if (place !== undefined) redirect.set(n.identity.key, place);
  }
  linkNameVariants(named, rolePeople, gazetteer(), redirect);
  const ordered = inReadingOrder(mentions);
  linkBracketedAcronyms(ordered, texts, redirect);
  linkDescribedBodies(ordered, texts, redirect);
  return redirect;
}

const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * "Saree" after "Yahya Sarea": one letter changed, added or dropped
 * after the same first three, in names of five letters or more: transliterations of one surname.
 */
export function otherSpelling(a: string, b: string): boolean {
  if (a === b || a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 1 || a.slice(0, 3) !== b.slice(0, 3)) return false;
  if (!LETTERS_ONLY.test(a) || !LETTERS_ONLY.test(b) || a === `${b}s` || b === `${a}s`) return false; // "Tamils", "MD-11s": plurals and codes
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let [ea, eb] = [a.length, b.length];
  while (ea > i && eb > i && a[ea - 1] === b[eb - 1]) [ea, eb] = [ea - 1, eb - 1];
  if (ea - i > 1 || eb - i > 1) return false;
  // a letter added at the end is an inflection (Louis, Louise; Amazone, Amazonie), not another spelling
  if (a.length !== b.length && i >= Math.min(a.length, b.length) - 1) return false;
  // transliterations change vowels (Sarea, Saree) or double a letter (Filon, Fillon), not consonants (Franck, France)
  const changed = [a.slice(i, ea), b.slice(i, eb)];
  return changed.every((part) => part === "" || VOWELS.has(part)) || changed.some((part) => part !== "" && (part === a[i - 1] || part === a[ea]));
}

const VOWELS = new Set([..."aeiouy"]);

/** An identity with its folded name, that name's words, and the name followed by a space (to find longer names it opens). */
export interface NamedIdentity {
  identity: Identity;
  key: string;
  words: string[];
  prefix: string;
}

function namedOf(identity: Identity): NamedIdentity {
  const key = foldedName(identity.name);
  return { identity, key, words: key.split(" "), prefix: `${key} ` };
}

const APPOSITION = /^\s*[,(]\s*(?:(?:le|la|les|l'|l’|the)\s*)?$/i;

/**
 * "le CNSP, la junte au pouvoir", "the junta (CNSP)": a described collective in apposition to a named
 * body is that body, and so is every other mention of the same description in the article.
 */
function linkDescribedBodies(ordered: readonly RawMention[], texts: Texts, redirect: Map<string, Identity>): void {
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [first, second] = [ordered[i]!, ordered[i + 1]!];
    if (first.field !== second.field || !APPOSITION.test(texts[first.field].slice(first.end, second.start))) continue;
    const described = first.described ? first : second.described ? second : undefined;
    const named = described === first ? second : first;
    if (described === undefined || named.described || !isBody(named.identity) || redirect.has(described.identity.key)) continue;
    // the apposition must close: "le CNSP, la junte au pouvoir, a…", "la télévision d'État, RTN." — not "RTN, les instructeurs sont…"
    const after = texts[second.field].slice(second.end, second.end + 25);
    if (!(second === named ? /^[^,.;:()]*[,.;)]/ : /^[^,.;:()]*[,)]/).test(after)) continue;
    redirect.set(described.identity.key, named.identity);
  }
}

const isBody = (identity: Identity) => identity.kind === "ORGANIZATION" || identity.kind === "GROUP";

/** "Nouvelle Démocratie (ND)" and "ISIS (Islamic State of Iraq and Syria)": the bracketed form is the same actor. */
function linkBracketedAcronyms(ordered: readonly RawMention[], texts: Texts, redirect: Map<string, Identity>): void {
  for (let i = 0; i + 1 < ordered.length; i++) {
    const outer = ordered[i]!;
    const inner = ordered[i + 1]!;
    if (outer.field !== inner.field || outer.identity.key === inner.identity.key) continue;
    const between = texts[outer.field].slice(outer.end, inner.start);
    if (!/^\s*\($/.test(between) || texts[inner.field][inner.end] !== ")") continue;
    const acronym = texts[inner.field].slice(inner.start, inner.end);
    const innerIsAcronym = ACRONYM.test(acronym);
    const sameEntity = outer.identity.kind !== "PERSON" || initials(outer.identity.name) === acronym.toUpperCase();
    if (innerIsAcronym && sameEntity && !outer.identity.key.startsWith("wd:") && !outer.identity.key.startsWith("country:")) {
      // a bracketed acronym after a name makes it an organisation, even one first read as a person's name
      const kind = outer.identity.kind === "PERSON" ? "ORGANIZATION" : outer.identity.kind;
      const key = inner.identity.key.startsWith("wd:") ? inner.identity.key : `org:${slug(inner.identity.name)}`;
      const merged = { ...outer.identity, kind, key };
      redirect.set(outer.identity.key, merged);
      redirect.set(inner.identity.key, merged);
    } else if (!innerIsAcronym && isBody(inner.identity) && isBody(outer.identity)) {
      redirect.set(inner.identity.key, outer.identity);
    }
  }
}
