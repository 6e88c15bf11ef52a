import type { Context } from "../context.js";
import { badUserInput } from "../errors.js";
import { MAX_PAGE_SIZE, MAX_TIMELINE_PERIODS } from "../limits.js";
import type { DateBasis, EventFilter, EventOrderField, ParticipantRole, PeriodBucket, TimeUnit } from "../store/index.js";
import { eventConnection, type OrderedArgs } from "./connections.js";

export interface TimelineArgs {
  unit: TimeUnit;
  basis: DateBasis;
  first: number;
}

/** A timeline period as the resolvers see it: the store's bucket (whose `byType` is computed only when read) and the timeline's scope. */
interface PeriodObject {
  bucket: PeriodBucket;
  period: PeriodBucket["period"];
  isCoarserThanUnit: boolean;
  count: number;
  filter: EventFilter;
  unit: TimeUnit;
  basis: DateBasis;
}

function limit(value: number, max: number, name: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw badUserInput(`${name} must be between 0 and ${max} (got ${value}).`, name);
  return value;
}

/** A timeline of the events matching `filter`: periods with counts, each able to list its events. */
export async function loadTimeline(ctx: Context, filter: EventFilter, args: TimelineArgs) {
  const { unit, basis } = args;
  const result = await ctx.loaders.counts.load({ filter, groupBy: "PERIOD", unit, basis, limit: limit(args.first, MAX_TIMELINE_PERIODS, "first") });
  // Fields are copied by name: spreading the bucket would call its lazy `byType` getter for every period.
  const periods: PeriodObject[] = (result.buckets as PeriodBucket[]).map((bucket) => ({
    bucket,
    period: bucket.period,
    isCoarserThanUnit: bucket.isCoarserThanUnit,
    count: bucket.count,
    filter,
    unit,
    basis,
  }));
  return { unit, basis, periods, periodCount: result.bucketCount, totalCount: result.total, undatedCount: result.unbucketed };
}

const counts = async (ctx: Context, filter: EventFilter, groupBy: "COUNTRY" | "ACTOR", args: { role: ParticipantRole; first: number }) => {
  const result = await ctx.loaders.counts.load({ filter, groupBy, role: args.role, limit: limit(args.first, MAX_PAGE_SIZE, "first") });
  return { buckets: result.buckets, bucketCount: result.bucketCount, unassignedCount: result.unbucketed };
};

/** `EventStats` is resolved from its filter alone; each field asks the store for one grouping. */
export interface StatsObject {
  filter: EventFilter;
}

export const analysisResolvers = {
  EventStats: {
    totalCount: async ({ filter }: StatsObject, _: unknown, ctx: Context) => (await ctx.loaders.counts.load({ filter, groupBy: "TYPE" })).total,
    byType: async ({ filter }: StatsObject, _: unknown, ctx: Context) =>
      (await ctx.loaders.counts.load({ filter, groupBy: "TYPE" })).buckets.map(({ key, count }) => ({ type: key, count })),
    byCountry: ({ filter }: StatsObject, args: { role: ParticipantRole; first: number }, ctx: Context) => counts(ctx, filter, "COUNTRY", args),
    byActor: ({ filter }: StatsObject, args: { role: ParticipantRole; first: number }, ctx: Context) => counts(ctx, filter, "ACTOR", args),
    timeline: ({ filter }: StatsObject, args: TimelineArgs, ctx: Context) => loadTimeline(ctx, filter, args),
  },
  CountryCount: {
    country: ({ key }: { key: string }) => key,
  },
  ActorCount: {
    actor: ({ key }: { key: string }, _: unknown, ctx: Context) => ctx.lookups.actor(key),
  },
  TimelinePeriod: {
    countsByType: (period: PeriodObject) => period.bucket.byType,
    events: (period: PeriodObject, args: OrderedArgs<EventOrderField>, ctx: Context) =>
      eventConnection(ctx, { ...period.filter, period: { unit: period.unit, basis: period.basis, value: period.bucket.key } }, args),
  },
};
