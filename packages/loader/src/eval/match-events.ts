import type { LocalEvent } from "../document.js";
import type { GoldEvent } from "./gold.js";
import type { ActorPair } from "./match-actors.js";
import { maxMatching } from "./max-matching.js";

export interface EventPair {
  gold: GoldEvent;
  predicted: LocalEvent;
}

export interface EventMatching {
  pairs: EventPair[];
  missed: GoldEvent[];
  extra: LocalEvent[];
}

/**
 * Pairs gold and predicted events one-to-one. An event matches on type, source and target, where a
 * gold actor name stands for the predicted actor it was paired with; a null gold target needs a null
 * predicted target. Only asserted predictions are scored: the gold omits future, hypothetical and
 * negated events, so those are neither hits nor false alarms.
 */
export function matchEvents(gold: readonly GoldEvent[], predicted: readonly LocalEvent[], actorPairs: readonly ActorPair[]): EventMatching {
  const asserted = predicted.filter((event) => event.modality === "ASSERTED");
  const keyOfGold = new Map(actorPairs.map((pair) => [pair.gold.name, pair.predicted.key]));
  const sameActor = (goldName: string | null, predictedKey: string | null) =>
    goldName === null ? predictedKey === null : predictedKey !== null && keyOfGold.get(goldName) === predictedKey;
  const candidates = gold.map((g) =>
    asserted.flatMap((p, index) => (p.type === g.type && sameActor(g.source, p.sourceKey) && sameActor(g.target, p.targetKey) ? [index] : [])),
  );
  const assignment = maxMatching(candidates, asserted.length);
  const pairs: EventPair[] = [];
  const missed: GoldEvent[] = [];
  assignment.forEach((index, goldIndex) => {
    const g = gold[goldIndex]!;
    const p = index === -1 ? undefined : asserted[index];
    if (p === undefined) missed.push(g);
    else pairs.push({ gold: g, predicted: p });
  });
  const used = new Set(pairs.map((pair) => pair.predicted));
  return { pairs, missed, extra: asserted.filter((event) => !used.has(event)) };
}
