import type { LocalActor, LocalMention } from "../../document.js";
import { findCoreference } from "./coreference.js";
import type { Identity } from "./gazetteer.js";
import { CONFIDENCE, inReadingOrder, type RawMention } from "./raw-mention.js";

const EVIDENCE_RANK = { dictionary: 4, metonym: 3, pattern: 2, coreference: 1, guess: 0 } as const;

/**
 * Groups an article's mentions into actors, one per identity after coreference (see
 * `findCoreference`): names, aliases (every surface form), roles, mentions with a confidence by
 * evidence. An actor seen only through a guess (a lone capitalised word) is dropped.
 */
export function resolveActors(mentions: RawMention[], texts: { TITLE: string; BODY: string }): LocalActor[] {
  const redirect = findCoreference(mentions, texts);
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
      actor = { key: target.key, name: target.name, kind: target.kind, country: target.country, wikidataId: target.wikidataId, aliases: [], roles: [], mentions: [], generic: m.generic, rank: -1 };
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
    .filter((actor) => actor.rank > 0 || actor.roles.length > 0)
    .map((a) => ({ key: a.key, name: a.name, kind: a.kind, country: a.country, wikidataId: a.wikidataId, aliases: a.aliases, roles: a.roles, mentions: inReadingOrder(a.mentions), generic: a.generic }));
}

