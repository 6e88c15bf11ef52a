import type { Actor, Article, Event } from "@corpus/schema";
import type { Context } from "../context.js";
import { globalIdOf, keyOf } from "../global-id.js";
import { toConnection, toPageRequest, type ConnectionArgs } from "../pagination.js";
import type { ActorOrderField, ActorTotals, ArticleOrderField, EventFilter, EventOrderField, MentionRecord, ParticipantRole, Tie } from "../store/index.js";
import { loadTimeline, type TimelineArgs } from "./analysis.js";
import { actorConnection, articleConnection, eventConnection, type OrderedArgs } from "./connections.js";
import {
  restrict,
  toActorFilter,
  toArticleFilter,
  toEventFilter,
  type ActorFilterInput,
  type ArticleFilterInput,
  type EventFilterInput,
} from "./inputs.js";

type WithFilter<Args, Input> = Args & { filter?: Input | null };

/** Mentions and ties are ordered by the store alone; their cursors carry a fixed tag. */
const MENTION_ORDER = "READING";
const TIE_ORDER = "EVENT_COUNT:DESC";

/** A tie with the filter it was computed under, so that its `events` show the same evidence. */
interface TieObject {
  tie: Tie;
  filter: EventFilter;
}

const mentions = async (ctx: Context, query: { actorId?: string; articleId?: string }, args: ConnectionArgs) =>
  toConnection(await ctx.loaders.mentions.load({ ...query, page: toPageRequest(args, MENTION_ORDER) }), MENTION_ORDER);

const NO_TOTALS = { mentions: 0, articles: 0, events: 0 };
/** An actor's totals: a plain value with an in-memory store, a promise with a remote one. */
function withTotals<T>(actor: Actor, ctx: Context, pick: (totals: ActorTotals) => T): T | Promise<T> {
  const totals = ctx.lookups.actorTotals(actor.id);
  return totals instanceof Promise ? totals.then((value) => pick(value ?? NO_TOTALS)) : pick(totals ?? NO_TOTALS);
}

/** Field resolvers of the record types: global ids, and navigation through the store's loaders. */
export const recordResolvers = {
  Article: {
    id: (article: Article) => globalIdOf("Article", article),
    key: (article: Article) => article.id,
    sentences: (article: Article) => article.sentences.map((s) => ({ ...s, text: article.body.slice(s.start, s.end) })),
    paragraphs: (article: Article) => article.paragraphs.map((p) => ({ ...p, text: article.body.slice(p.start, p.end) })),
    actors: (article: Article, args: WithFilter<OrderedArgs<ActorOrderField>, ActorFilterInput>, ctx: Context) =>
      actorConnection(ctx, { ...toActorFilter(args.filter), articleIds: [article.id] }, args),
    events: (article: Article, args: WithFilter<OrderedArgs<EventOrderField>, EventFilterInput>, ctx: Context) => {
      const filter = toEventFilter(args.filter);
      return eventConnection(ctx, { ...filter, articleIds: restrict(filter.articleIds, article.id) }, args);
    },
    mentions: (article: Article, args: ConnectionArgs, ctx: Context) => mentions(ctx, { articleId: article.id }, args),
  },
  Actor: {
    id: (actor: Actor) => globalIdOf("Actor", actor),
    key: (actor: Actor) => actor.id,
    mentionCount: (actor: Actor, _: unknown, ctx: Context) => withTotals(actor, ctx, (totals) => totals.mentions),
    articleCount: (actor: Actor, _: unknown, ctx: Context) => withTotals(actor, ctx, (totals) => totals.articles),
    eventCount: (actor: Actor, _: unknown, ctx: Context) => withTotals(actor, ctx, (totals) => totals.events),
    articles: (actor: Actor, args: WithFilter<OrderedArgs<ArticleOrderField>, ArticleFilterInput>, ctx: Context) => {
      const filter = toArticleFilter(args.filter);
      return articleConnection(ctx, { ...filter, actorIds: [...(filter.actorIds ?? []), actor.id] }, args);
    },
    events: (actor: Actor, args: WithFilter<OrderedArgs<EventOrderField>, EventFilterInput> & { role: ParticipantRole }, ctx: Context) =>
      eventConnection(ctx, { ...toEventFilter(args.filter), participant: { actorId: actor.id, role: args.role } }, args),
    mentions: (actor: Actor, args: ConnectionArgs & { article?: string | null }, ctx: Context) =>
      mentions(ctx, { actorId: actor.id, ...(args.article != null ? { articleId: keyOf(args.article, "Article", "article") } : {}) }, args),
    network: async (actor: Actor, args: ConnectionArgs & { filter?: EventFilterInput | null }, ctx: Context) => {
      const filter = toEventFilter(args.filter);
      const page = await ctx.loaders.ties.load({ actorId: actor.id, filter, page: toPageRequest(args, TIE_ORDER) });
      return toConnection(page, TIE_ORDER, (tie): TieObject => ({ tie, filter }));
    },
    timeline: (actor: Actor, args: TimelineArgs & { filter?: EventFilterInput | null }, ctx: Context) =>
      loadTimeline(ctx, { ...toEventFilter(args.filter), participant: { actorId: actor.id, role: "ANY" } }, args),
  },
  Event: {
    id: (event: Event) => globalIdOf("Event", event),
    key: (event: Event) => event.id,
    source: (event: Event, _: unknown, ctx: Context) => ctx.lookups.eventSource(event),
    target: (event: Event, _: unknown, ctx: Context) => ctx.lookups.eventTarget(event),
    place: (event: Event, _: unknown, ctx: Context) => (event.placeId === null ? null : ctx.lookups.actor(event.placeId)),
    article: (event: Event, _: unknown, ctx: Context) => ctx.lookups.article(event.articleId),
  },
  Mention: {
    actor: (mention: MentionRecord, _: unknown, ctx: Context) => ctx.lookups.actor(mention.actorId),
    article: (mention: MentionRecord, _: unknown, ctx: Context) => ctx.lookups.article(mention.articleId),
  },
  ActorTie: {
    actor: ({ tie }: TieObject, _: unknown, ctx: Context) => ctx.lookups.actor(tie.otherActorId),
    eventCount: ({ tie }: TieObject) => tie.count,
    outgoingCount: ({ tie }: TieObject) => tie.outgoing,
    incomingCount: ({ tie }: TieObject) => tie.incoming,
    countsByType: ({ tie }: TieObject) => tie.byType,
    events: ({ tie, filter }: TieObject, args: OrderedArgs<EventOrderField>, ctx: Context) =>
      eventConnection(ctx, { ...filter, between: { actorId: tie.actorId, otherActorId: tie.otherActorId, directed: false } }, args),
  },
};
