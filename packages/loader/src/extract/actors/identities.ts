import type { ActorKind } from "@corpus/schema";
import { slug, type Gazetteer, type Identity } from "./gazetteer.js";

/**
 * Identities for actors the dictionaries do not know, keyed by content so that the same name
 * in two articles is the same actor: `person:antonis-samaras`, `org:pasok`, `place:tell-tamer`.
 */
export function namedIdentity(kind: ActorKind, name: string, country: string | null): Identity {
  const prefix = kind === "PERSON" ? "person" : kind === "LOCATION" ? "place" : kind === "GROUP" ? "group" : "org";
  return { key: `${prefix}:${slug(name)}`, name, kind, country, wikidataId: null };
}

/**
 * A described collective ("la junte", "Russian military instructors"): one per label and owner,
 * named in English with its owner ("Nigerien junta", "Hong Kong protesters", "Protesters") so that
 * the name reads the same whatever the article's language; the surface forms become aliases.
 */
export function collectiveIdentity(label: string, kind: ActorKind, owner: Identity | null, g: Gazetteer): Identity {
  const words = label.replace(/-/g, " ");
  const adjective = owner?.kind === "COUNTRY" && owner.country !== null ? g.adjectiveOf.get(owner.country) : undefined;
  const name = owner === null ? words[0]!.toUpperCase() + words.slice(1) : `${adjective ?? owner.name} ${words}`;
  return { key: `group:${label}@${owner?.country ?? "xx"}`, name, kind, country: owner?.country ?? null, wikidataId: null };
}
