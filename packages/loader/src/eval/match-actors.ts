import type { ActorKind } from "@corpus/schema";
import type { LocalActor } from "../document.js";
import { nameKey } from "../extract/actors/fold.js";
import type { GoldActor } from "./gold.js";
import { maxMatching } from "./max-matching.js";

/** A gold actor paired with the predicted actor that counts for it. */
export interface ActorPair {
  gold: GoldActor;
  predicted: LocalActor;
}

export interface ActorMatching {
  pairs: ActorPair[];
  missed: GoldActor[];
  extra: LocalActor[];
}

const isInstitution = (kind: ActorKind) => kind === "ORGANIZATION" || kind === "GROUP";

/** Kinds agree, except that ORGANIZATION and GROUP are compatible (the line between them is a judgement call). */
export function kindsCompatible(gold: ActorKind, predicted: ActorKind): boolean {
  return gold === predicted || (isInstitution(gold) && isInstitution(predicted));
}

/**
 * The matching rule of issue 3: kinds compatible, and for a country the same ISO code; for any other
 * actor (and a former state with no code, such as the Soviet Union) the gold name or one of its gold
 * mentions equals (case/accent-insensitively) the predicted name, an alias or a mention text.
 */
export function actorMatches(gold: GoldActor, predicted: LocalActor): boolean {
  if (!kindsCompatible(gold.kind, predicted.kind)) return false;
  if (gold.kind === "COUNTRY" && gold.country !== null) return gold.country === predicted.country;
  const predictedNames = new Set([predicted.name, ...predicted.aliases, ...predicted.mentions.map((m) => m.text)].map(nameKey));
  return [gold.name, ...gold.mentions].some((name) => predictedNames.has(nameKey(name)));
}

/** Pairs gold and predicted actors of one article one-to-one, keeping as many pairs as possible. */
export function matchActors(gold: readonly GoldActor[], predicted: readonly LocalActor[]): ActorMatching {
  const candidates = gold.map((g) => predicted.flatMap((p, index) => (actorMatches(g, p) ? [index] : [])));
  const assignment = maxMatching(candidates, predicted.length);
  const pairs: ActorPair[] = [];
  const missed: GoldActor[] = [];
  const used = new Set<number>();
  assignment.forEach((index, goldIndex) => {
    const g = gold[goldIndex]!;
    const p = index === -1 ? undefined : predicted[index];
    if (p === undefined) {
      missed.push(g);
    } else {
      pairs.push({ gold: g, predicted: p });
      used.add(index);
    }
  });
  return { pairs, missed, extra: predicted.filter((_, index) => !used.has(index)) };
}
