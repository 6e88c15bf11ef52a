import type { EventType } from "@corpus/schema";
import type { Tie } from "../types.js";
import type { Indexes } from "./indexes.js";
import { arraySequence, type Sequence } from "./pages.js";
import { typeCounts } from "./stats.js";

/**
 * An actor's network: one {@link Tie} per other actor it has events with (as source or target),
 * most events first, ties broken by the other actor's id. Events with no other party
 * (no target, or the actor acting on itself) are left out.
 */
export function buildTies(ix: Indexes, actor: number, forEachEvent: (visit: (event: number) => void) => void): Sequence<Tie> {
  const actorId = ix.actors[actor]?.id ?? "";
  const byOther = new Map<number, { tie: Tie; types: Map<EventType, number> }>();
  forEachEvent((event) => {
    const source = ix.eventSource[event] ?? -1;
    const target = ix.eventTarget[event] ?? -1;
    const other = source === actor ? target : source;
    if (other < 0 || other === actor) return;
    let entry = byOther.get(other);
    if (!entry) {
      const tie: Tie = { actorId, otherActorId: ix.actors[other]?.id ?? "", count: 0, outgoing: 0, incoming: 0, byType: [] };
      entry = { tie, types: new Map() };
      byOther.set(other, entry);
    }
    entry.tie.count++;
    if (source === actor) entry.tie.outgoing++;
    else entry.tie.incoming++;
    const type = ix.events[event]?.type;
    if (type) entry.types.set(type, (entry.types.get(type) ?? 0) + 1);
  });
  const ties = [...byOther.values()].map(({ tie, types }) => ({ ...tie, byType: typeCounts(types) }));
  ties.sort((a, b) => b.count - a.count || (a.otherActorId < b.otherActorId ? -1 : 1));
  const position = new Map(ties.map((tie, i) => [tie.otherActorId, i]));
  return arraySequence(
    ties,
    (tie) => position.get(tie.otherActorId) ?? -1,
    (key) => position.get(key),
    (tie) => tie.otherActorId,
  );
}
