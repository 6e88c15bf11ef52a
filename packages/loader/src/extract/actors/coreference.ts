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
  const identities = [...firstByKey.values()];
  const keys = new Map<string, string>();
  const nameKey = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = foldedName(name)));
    return key;
  };
  const lastWord = (name: string) => nameKey(name).split(" ").at(-1) ?? "";
  const persons = identities.filter((i) => i.kind === "PERSON" && nameKey(i.name).includes(" "));
  const organisations = identities.filter((i) => i.kind === "ORGANIZATION" || i.kind === "GROUP");

  for (const identity of identities) {
    const words = nameKey(identity.name).split(" ");
    if (words.length === 1 && identity.wikidataId === null && !identity.key.startsWith("country:")) {
      const full =
        persons.find((p) => lastWord(p.name) === words[0]) ??
        (identity.kind === "PERSON" ? persons.find((p) => nameKey(p.name).startsWith(`${words[0]} `)) : undefined) ??
        organisations.find((o) => o !== identity && nameKey(o.name).startsWith(`${words[0]} `));
      if (full !== undefined) redirect.set(identity.key, full);
    }
    if ((identity.kind === "ORGANIZATION" || identity.kind === "GROUP") && /^[\p{Lu}]{2,6}$/u.test(identity.name)) {
      const expansion = organisations.find((o) => o !== identity && o.name.includes(" ") && initials(o.name) === identity.name);
      if (expansion !== undefined) redirect.set(expansion.key, { ...expansion, key: identity.key });
    }
  }
  for (const identity of organisations) {
    // "Parti populaire espagnol" → "Parti populaire", "… Guard Corps of Iran" → "… Guard Corps"
    const shorter = organisations.find((o) => o !== identity && nameKey(o.name).includes(" ") && nameKey(identity.name).startsWith(`${nameKey(o.name)} `));
    if (shorter !== undefined && !redirect.has(identity.key)) redirect.set(identity.key, shorter);
  }
  const withRole = new Set(mentions.filter((m) => m.role !== undefined || m.evidence === "dictionary").map((m) => m.identity.key));
  for (const identity of persons) {
    // "E.F. Hutton" after "E.F. Hutton Group Inc": the short form of a company's name, not a person
    if (redirect.has(identity.key) || withRole.has(identity.key)) continue;
    const body = organisations.find((o) => nameKey(o.name).startsWith(`${nameKey(identity.name)} `));
    if (body !== undefined) redirect.set(identity.key, body);
  }
  for (const identity of identities) {
    if (identity.kind !== "PERSON" || redirect.has(identity.key)) continue;
    const place = identities.find((i) => i.kind === "LOCATION" && nameKey(i.name) === nameKey(identity.name));
    if (place !== undefined) redirect.set(identity.key, place);
  }
  linkNameVariants(identities, nameKey, new Set(mentions.filter((m) => m.role !== undefined).map((m) => m.identity.key)), gazetteer(), redirect);
  linkBracketedAcronyms(mentions, texts, redirect);
  linkDescribedBodies(mentions, texts, redirect);
  return redirect;

}

const APPOSITION = /^\s*[,(]\s*(?:(?:le|la|les|l'|l’|the)\s*)?$/i;

/**
 * "le CNSP, la junte au pouvoir", "the junta (CNSP)": a described collective in apposition to a named
 * body is that body, and so is every other mention of the same description in the article.
 */
function linkDescribedBodies(mentions: readonly RawMention[], texts: Texts, redirect: Map<string, Identity>): void {
  const ordered = inReadingOrder(mentions);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [first, second] = [ordered[i]!, ordered[i + 1]!];
    if (first.field !== second.field || !APPOSITION.test(texts[first.field].slice(first.end, second.start))) continue;
    const described = first.generic ? first : second.generic ? second : undefined;
    const named = described === first ? second : first;
    if (described === undefined || named.generic || !isBody(named.identity) || redirect.has(described.identity.key)) continue;
    // the apposition must close: "le CNSP, la junte au pouvoir, a…", "la télévision d'État, RTN." — not "RTN, les instructeurs sont…"
    const after = texts[second.field].slice(second.end, second.end + 25);
    if (!(second === named ? /^[^,.;:()]*[,.;)]/ : /^[^,.;:()]*[,)]/).test(after)) continue;
    redirect.set(described.identity.key, named.identity);
  }
}

const isBody = (identity: Identity) => identity.kind === "ORGANIZATION" || identity.kind === "GROUP";

/** "Nouvelle Démocratie (ND)" and "ISIS (Islamic State of Iraq and Syria)": the bracketed form is the same actor. */
function linkBracketedAcronyms(mentions: readonly RawMention[], texts: Texts, redirect: Map<string, Identity>): void {
  const ordered = inReadingOrder(mentions);
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
