import type { LocalActor, LocalMention } from "../../document.js";
import { nameKey } from "./fold.js";
import type { Identity } from "./gazetteer.js";
import { CONFIDENCE, type RawMention } from "./raw-mention.js";

const EVIDENCE_RANK = { dictionary: 4, metonym: 3, pattern: 2, coreference: 1, guess: 0 } as const;
const lastWord = (name: string) => nameKey(name).split(/[\s]+/).at(-1) ?? "";
const initials = (name: string) =>
  name
    .split(/[\s'’-]+/)
    .filter((word) => word.length > 3 || /^\p{Lu}/u.test(word))
    .map((word) => word[0]!.toUpperCase())
    .join("");

/**
 * Groups an article's mentions into actors and resolves within-article coreference:
 * a surname alone after a full name ("M. Samaras" → Antonis Samaras), an acronym given in
 * brackets after its expansion or equal to its initials ("le Parti socialiste (PASOK)", "PP"),
 * and a one-word guess that repeats the first word of a known organisation ("Mahan" → Mahan Air).
 */
export function resolveActors(mentions: RawMention[], texts: { TITLE: string; BODY: string }): LocalActor[] {
  const redirect = new Map<string, Identity>();
  const byKey = new Map<string, RawMention[]>();
  for (const m of mentions) byKey.set(m.identity.key, [...(byKey.get(m.identity.key) ?? []), m]);
  const identities = [...byKey.values()].map((ms) => ms[0]!.identity);
  const persons = identities.filter((i) => i.kind === "PERSON" && nameKey(i.name).includes(" "));
  const organisations = identities.filter((i) => i.kind === "ORGANIZATION" || i.kind === "GROUP");

  for (const identity of identities) {
    const words = nameKey(identity.name).split(" ");
    if (identity.kind === "PERSON" && words.length === 1) {
      const full = persons.find((p) => lastWord(p.name) === words[0] || nameKey(p.name).endsWith(` ${words[0]}`));
      if (full !== undefined) redirect.set(identity.key, full);
      else {
        const org = organisations.find((o) => nameKey(o.name).startsWith(`${words[0]} `));
        if (org !== undefined) redirect.set(identity.key, org);
      }
    }
    if ((identity.kind === "ORGANIZATION" || identity.kind === "GROUP") && /^[\p{Lu}]{2,6}$/u.test(identity.name)) {
      const expansion = organisations.find((o) => o !== identity && o.name.includes(" ") && initials(o.name) === identity.name);
      if (expansion !== undefined) redirect.set(expansion.key, { ...expansion, key: identity.key });
    }
  }
  linkBracketedAcronyms(mentions, texts, redirect);

  const resolve = (identity: Identity): Identity => {
    let current = identity;
    for (let hops = 0; hops < 4; hops++) {
      const next = redirect.get(current.key);
      if (next === undefined || next.key === current.key) break;
      current = next;
    }
    return current;
  };

  const actors = new Map<string, LocalActor & { rank: number }>();
  for (const m of mentions) {
    const target = resolve(m.identity);
    const coreferent = target.key !== m.identity.key;
    const text = texts[m.field].slice(m.start, m.end);
    const mention: LocalMention = { field: m.field, start: m.start, end: m.end, text, confidence: coreferent ? CONFIDENCE.coreference : CONFIDENCE[m.evidence] };
    let actor = actors.get(target.key);
    if (actor === undefined) {
      actor = { ...target, aliases: [], roles: [], mentions: [], generic: m.generic, rank: -1 };
      actors.set(target.key, actor);
    }
    const rank = EVIDENCE_RANK[m.evidence];
    if (!coreferent) actor.rank = Math.max(actor.rank, rank);
    actor.generic &&= m.generic;
    if (actor.country === null && m.identity.country !== null) actor.country = m.identity.country;
    actor.mentions.push(mention);
    for (const alias of [text, m.alias, coreferent ? m.identity.name : undefined]) {
      if (alias && alias !== actor.name && !actor.aliases.includes(alias)) actor.aliases.push(alias);
    }
    if (m.role && !actor.roles.includes(m.role)) actor.roles.push(m.role);
  }
  return [...actors.values()]
    .filter((actor) => actor.kind !== "PERSON" || actor.rank > 0 || actor.mentions.length > 1 || actor.roles.length > 0)
    .map(({ rank: _rank, ...actor }) => ({ ...actor, mentions: actor.mentions.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "TITLE" ? -1 : 1)) }));
}

/** "Nouvelle Démocratie (ND)" and "ISIS (Islamic State of Iraq and Syria)": the bracketed form is the same actor. */
function linkBracketedAcronyms(mentions: readonly RawMention[], texts: { TITLE: string; BODY: string }, redirect: Map<string, Identity>): void {
  const ordered = [...mentions].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === "TITLE" ? -1 : 1));
  for (let i = 0; i + 1 < ordered.length; i++) {
    const outer = ordered[i]!;
    const inner = ordered[i + 1]!;
    if (outer.field !== inner.field || outer.identity.key === inner.identity.key) continue;
    const between = texts[outer.field].slice(outer.end, inner.start);
    if (!/^\s*\($/.test(between) || texts[inner.field][inner.end] !== ")") continue;
    const innerIsAcronym = /^[\p{Lu}\d-]{2,8}$/u.test(texts[inner.field].slice(inner.start, inner.end));
    if (innerIsAcronym && outer.identity.kind !== "PERSON" && !outer.identity.key.startsWith("wd:")) {
      redirect.set(outer.identity.key, { ...outer.identity, key: inner.identity.key.startsWith("wd:") ? inner.identity.key : `org:${inner.identity.name.toLowerCase()}` });
      redirect.set(inner.identity.key, { ...outer.identity, key: inner.identity.key.startsWith("wd:") ? inner.identity.key : `org:${inner.identity.name.toLowerCase()}` });
    } else if (!innerIsAcronym && inner.identity.kind !== "PERSON") {
      redirect.set(inner.identity.key, outer.identity);
    }
  }
}
