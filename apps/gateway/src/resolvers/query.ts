import type { Context } from "../context.js";
import { badUserInput } from "../errors.js";
import { fromGlobalId, keyOf } from "../global-id.js";
import { MAX_NODE_IDS } from "../limits.js";
import { toConnection, toPageRequest, type Connection, type ConnectionArgs } from "../pagination.js";
import type { NodeType } from "../schema/index.js";
import type { ActorOrderField, ArticleOrderField, DateBasis, EventOrderField, SearchHit, SearchPage, SearchType, TextMatch, TimeUnit } from "../store/index.js";
import { loadTimeline, type StatsObject } from "./analysis.js";
import { actorConnection, articleConnection, eventConnection, type OrderedArgs } from "./connections.js";
import {
  restrict,
  text,
  toActorFilter,
  toArticleFilter,
  toEventFilter,
  toProblemFilter,
  type ActorFilterInput,
  type ArticleFilterInput,
  type EventFilterInput,
  type ProblemFilterInput,
} from "./inputs.js";

const SEARCH_ORDER = "RELEVANCE";
const PROBLEM_ORDER = "LOADING";
const ALL_TYPES: SearchType[] = ["ARTICLE", "ACTOR", "EVENT"];

function loadNode(ctx: Context, type: NodeType, key: string) {
  if (type === "Article") return ctx.lookups.article(key);
  if (type === "Actor") return ctx.lookups.actor(key);
  return ctx.lookups.event(key);
}

/** Any global id: malformed ids are a client error, well-formed ids that match nothing give null. */
function node(ctx: Context, id: string, argumentName: string) {
  const parsed = fromGlobalId(id);
  if (!parsed) throw badUserInput(`${argumentName}: ${JSON.stringify(id)} is not a valid id.`, argumentName);
  return loadNode(ctx, parsed.type, parsed.key);
}

/** The type of a record, from the fields only it has (records carry no typename). */
export function recordTypeOf(record: object): NodeType {
  if ("body" in record) return "Article";
  if ("kind" in record) return "Actor";
  return "Event";
}

/** A text match in GitHub's shape; its highlights are converted only when a query selects them. */
class TextMatchObject {
  constructor(private readonly match: TextMatch) {}

  get property(): string {
    return this.match.field;
  }
  get fragment(): string {
    return this.match.fragment;
  }
  get highlights() {
    return this.match.highlights.map((h) => ({ beginIndice: h.start, endIndice: h.end, text: h.text }));
  }
}

/** A search result edge; its cursor and text matches are made only when a query selects them. */
class SearchEdge {
  constructor(private readonly edge: { readonly cursor: string; readonly node: SearchHit }) {}

  get cursor(): string {
    return this.edge.cursor;
  }
  get node(): SearchHit["record"] {
    return this.edge.node.record;
  }
  get score(): number {
    return this.edge.node.score;
  }
  get textMatches() {
    return this.edge.node.matches.map((match) => new TextMatchObject(match));
  }
}

/** A search page as the API's connection; edges and page info are made only when selected (a class: see PageConnection). */
class SearchConnection {
  readonly #connection: Connection<SearchHit>;
  readonly nodes: SearchHit["record"][];
  readonly totalCount: number;
  readonly articleCount: number;
  readonly actorCount: number;
  readonly eventCount: number;

  constructor(page: SearchPage) {
    this.#connection = toConnection(page, SEARCH_ORDER);
    this.nodes = page.nodes.map((hit) => hit.record);
    this.totalCount = page.totalCount;
    this.articleCount = page.countsByType.ARTICLE;
    this.actorCount = page.countsByType.ACTOR;
    this.eventCount = page.countsByType.EVENT;
  }

  get pageInfo() {
    return this.#connection.pageInfo;
  }
  get edges() {
    return this.#connection.edges.map((edge) => new SearchEdge(edge));
  }
}

type Filtered<Args, Input> = Args & { filter?: Input | null };

export const queryResolvers = {
  Query: {
    node: (_: unknown, { id }: { id: string }, ctx: Context) => node(ctx, id, "id"),
    nodes: (_: unknown, { ids }: { ids: string[] }, ctx: Context) => {
      if (ids.length > MAX_NODE_IDS) throw badUserInput(`ids accepts at most ${MAX_NODE_IDS} ids (got ${ids.length}).`, "ids");
      return ids.map((id, i) => node(ctx, id, `ids[${i}]`));
    },
    article: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.lookups.article(keyOf(id, "Article", "id")),
    actor: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.lookups.actor(keyOf(id, "Actor", "id")),
    event: (_: unknown, { id }: { id: string }, ctx: Context) => ctx.lookups.event(keyOf(id, "Event", "id")),
    articles: (_: unknown, args: Filtered<OrderedArgs<ArticleOrderField>, ArticleFilterInput>, ctx: Context) =>
      articleConnection(ctx, toArticleFilter(args.filter), args),
    actors: (_: unknown, args: Filtered<OrderedArgs<ActorOrderField>, ActorFilterInput>, ctx: Context) =>
      actorConnection(ctx, toActorFilter(args.filter), args),
    events: (_: unknown, args: Filtered<OrderedArgs<EventOrderField>, EventFilterInput>, ctx: Context) =>
      eventConnection(ctx, toEventFilter(args.filter), args),
    eventsBetween: (
      _: unknown,
      args: Filtered<OrderedArgs<EventOrderField>, EventFilterInput> & { actor: string; otherActor: string; direction: "EITHER" | "FROM_FIRST" },
      ctx: Context,
    ) => {
      const between = { actorId: keyOf(args.actor, "Actor", "actor"), otherActorId: keyOf(args.otherActor, "Actor", "otherActor"), directed: args.direction === "FROM_FIRST" };
      return eventConnection(ctx, { ...toEventFilter(args.filter), between }, args);
    },
    eventStats: (_: unknown, args: { filter?: EventFilterInput | null }): StatsObject => ({ filter: toEventFilter(args.filter) }),
    timeline: (
      _: unknown,
      args: { actor?: string | null; country?: string | null; unit: TimeUnit; basis: DateBasis; first: number; filter?: EventFilterInput | null },
      ctx: Context,
    ) => {
      if ((args.actor == null) === (args.country == null)) throw badUserInput("Give exactly one of actor and country.", args.actor == null ? "actor" : "country");
      const filter = toEventFilter(args.filter);
      const scope =
        args.actor != null
          ? { participant: { actorId: keyOf(args.actor, "Actor", "actor"), role: "ANY" as const } }
          : { countries: restrict(filter.countries, (args.country ?? "").toUpperCase()) };
      return loadTimeline(ctx, { ...filter, ...scope }, args);
    },
    problems: async (_: unknown, args: ConnectionArgs & { filter?: ProblemFilterInput | null }, ctx: Context) => {
      const page = await ctx.loaders.problems.load({ filter: toProblemFilter(args.filter), page: toPageRequest(args, PROBLEM_ORDER) });
      return Object.assign(toConnection(page, PROBLEM_ORDER), { countsByCode: page.countsByCode });
    },
    search: async (_: unknown, args: ConnectionArgs & { query: string; types?: SearchType[] | null }, ctx: Context) => {
      const query = text(args.query, "query") ?? "";
      const page = await ctx.loaders.search.load({ query, types: args.types?.length ? args.types : ALL_TYPES, page: toPageRequest(args, SEARCH_ORDER) });
      return new SearchConnection(page);
    },
  },
  Node: { __resolveType: recordTypeOf },
  SearchResult: { __resolveType: recordTypeOf },
};
