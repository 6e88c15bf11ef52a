import type { ActorKind } from "@corpus/schema";
import { slug, type Identity } from "./gazetteer.js";

/**
 * Identities for actors the dictionaries do not know, keyed by content so that the same name
 * in two articles is the same actor: `person:antonis-samaras`, `org:pasok`, `place:tell-tamer`.
 */
export function namedIdentity(kind: ActorKind, name: string, country: string | null): Identity {
  const prefix = kind === "PERSON" ? "person" : kind === "LOCATION" ? "place" : kind === "GROUP" ? "group" : "org";
  return { key: `${prefix}:${slug(name)}`, name, kind, country, wikidataId: null };
}

/** A described collective ("les manifestants", "Russian military instructors"): one per label and country. */
export function collectiveIdentity(label: string, kind: ActorKind, country: string | null, name: string): Identity {
  return { key: `group:${label}@${country ?? "xx"}`, name, kind, country, wikidataId: null };
}
