import type { Actor, ActorKind, Article, Event, EventType, Mention, Modality, PartialDate, Problem, ProblemCode } from "@corpus/schema";

/**
 * The contract between the GraphQL layer and the data. Everything here is plain data: no graphql
 * import, no cursors (the API encodes those), ids are the records' own keys (`country:RU`).
 * Every read method takes a batch of requests and returns one answer per request, in order, so a
 * database-backed store answers a whole level of a query in one round trip (the API batches with
 * DataLoader); the memory store just maps over the batch.
 */
export interface CorpusStore {
  /** How many records of each kind the store holds. */
  counts(): Promise<StoreCounts>;
  articlesById(ids: readonly string[]): Promise<(Article | null)[]>;
  actorsById(ids: readonly string[]): Promise<(Actor | null)[]>;
  eventsById(ids: readonly string[]): Promise<(Event | null)[]>;
  findArticles(queries: readonly ArticleQuery[]): Promise<Page<Article>[]>;
  findActors(queries: readonly ActorQuery[]): Promise<Page<Actor>[]>;
  findEvents(queries: readonly EventQuery[]): Promise<Page<Event>[]>;
  findMentions(queries: readonly MentionQuery[]): Promise<Page<MentionRecord>[]>;
  /** Per-actor totals (mentions, articles, events), for fields such as `Actor.mentionCount`. */
  actorTotals(ids: readonly string[]): Promise<(ActorTotals | null)[]>;
  /** The actors an actor has events with, with counts per type. */
  findTies(queries: readonly TieQuery[]): Promise<Page<Tie>[]>;
  /** Event counts grouped by one dimension. */
  countEvents(requests: readonly CountRequest[]): Promise<CountResult[]>;
  /** Ranked full-text search over articles, actors and event evidence. */
  search(requests: readonly SearchRequest[]): Promise<SearchPage[]>;
  /** The loader's diagnostics about the input files (documents not loaded, or loaded with a caveat). */
  findProblems(queries: readonly ProblemQuery[]): Promise<ProblemPage[]>;
  /**
   * Synchronous lookups, for stores that hold the records in memory. When present the API uses
   * them for single records instead of batching: a Map lookup costs less than the promise a batch
   * needs (../shared/notes/performance-anchors.md A3). A remote store leaves this out.
   */
  readonly local?: LocalLookups;
}

export interface LocalLookups {
  article(id: string): Article | null;
  actor(id: string): Actor | null;
  event(id: string): Event | null;
  actorTotals(id: string): ActorTotals | null;
  /** An event's source and target actors (null when none): what an events page resolves most. */
  eventSource(event: Event): Actor | null;
  eventTarget(event: Event): Actor | null;
}

export interface StoreCounts {
  articles: number;
  actors: number;
  events: number;
  mentions: number;
}

export type OrderDirection = "ASC" | "DESC";
export interface Order<Field extends string> {
  field: Field;
  direction: OrderDirection;
}
export type ArticleOrderField = "PUBLISHED" | "TITLE" | "MENTION_COUNT" | "RELEVANCE";
export type ActorOrderField = "NAME" | "MENTION_COUNT" | "ARTICLE_COUNT" | "EVENT_COUNT" | "RELEVANCE";
export type EventOrderField = "DATE" | "PUBLISHED" | "CONFIDENCE" | "RELEVANCE";

/**
 * A window over an ordered result: at most one of `first`/`last`; `after`/`before` are the keys
 * of items returned earlier for the same ordering (`Page.keys`).
 */
export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  nodes: T[];
  /** One key per node, to be passed back as `after`/`before`. */
  keys: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Which days a date filter keeps; partial dates are ranges, so "in April" must say how to treat "2024". */
export interface DateRangeFilter {
  from?: string | null;
  to?: string | null;
  /** OVERLAPS keeps a date whose range touches [from, to]; WITHIN only one that lies inside it. */
  match?: "OVERLAPS" | "WITHIN" | null;
}

export interface ArticleFilter {
  ids?: readonly string[] | null;
  languages?: readonly string[] | null;
  published?: DateRangeFilter | null;
  /** Articles that mention every one of these actors. */
  actorIds?: readonly string[] | null;
  /** Articles that mention an actor of one of these countries. */
  countries?: readonly string[] | null;
  text?: string | null;
}

export interface ActorFilter {
  ids?: readonly string[] | null;
  kinds?: readonly ActorKind[] | null;
  countries?: readonly string[] | null;
  /** Case- and accent-insensitive prefix of the name or of an alias. */
  namePrefix?: string | null;
  wikidataIds?: readonly string[] | null;
  /** Actors mentioned in one of these articles. */
  articleIds?: readonly string[] | null;
  text?: string | null;
}

export type ParticipantRole = "SOURCE" | "TARGET" | "ANY";
export type TimeUnit = "YEAR" | "MONTH" | "DAY";
/** Which date places an event in time: its own, its article's, or its own falling back to its article's. */
export type DateBasis = "EVENT_DATE" | "PUBLICATION_DATE" | "EVENT_OR_PUBLICATION_DATE";

export interface EventFilter {
  ids?: readonly string[] | null;
  types?: readonly EventType[] | null;
  modalities?: readonly Modality[] | null;
  sourceIds?: readonly string[] | null;
  targetIds?: readonly string[] | null;
  /** Events with one of these actors as source or target. */
  actorIds?: readonly string[] | null;
  /** Events whose source or target belongs to one of these countries. */
  countries?: readonly string[] | null;
  date?: DateRangeFilter | null;
  published?: DateRangeFilter | null;
  articleIds?: readonly string[] | null;
  languages?: readonly string[] | null;
  minConfidence?: number | null;
  text?: string | null;
  /** Events with this actor on the given side (combines with `actorIds` by AND). */
  participant?: { actorId: string; role: ParticipantRole } | null;
  /** Events between two actors. */
  between?: { actorId: string; otherActorId: string; directed: boolean } | null;
  /** Events that fall in one bucket of a timeline (see {@link periodOf}). */
  period?: { unit: TimeUnit; basis: DateBasis; value: string } | null;
}

export interface ArticleQuery {
  filter: ArticleFilter;
  orderBy: Order<ArticleOrderField>;
  page: PageRequest;
}
export interface ActorQuery {
  filter: ActorFilter;
  orderBy: Order<ActorOrderField>;
  page: PageRequest;
}
export interface EventQuery {
  filter: EventFilter;
  orderBy: Order<EventOrderField>;
  page: PageRequest;
}
export interface MentionQuery {
  actorId?: string | null;
  articleId?: string | null;
  page: PageRequest;
}

/** A mention with the actor it refers to (the record nests mentions inside the actor). */
export interface MentionRecord extends Mention {
  actorId: string;
}

export interface ActorTotals {
  mentions: number;
  articles: number;
  events: number;
}

export interface TypeCount {
  type: EventType;
  count: number;
}

/** An actor's relation to another actor: the events between them. */
export interface Tie {
  actorId: string;
  otherActorId: string;
  count: number;
  /** Events the actor is the source of and the other the target. */
  outgoing: number;
  incoming: number;
  byType: TypeCount[];
}

export interface TieQuery {
  actorId: string;
  filter: EventFilter;
  page: PageRequest;
}

export type CountRequest =
  | { filter: EventFilter; groupBy: "TYPE" }
  | { filter: EventFilter; groupBy: "COUNTRY" | "ACTOR"; role: ParticipantRole; limit: number }
  | { filter: EventFilter; groupBy: "PERIOD"; unit: TimeUnit; basis: DateBasis; limit: number };

export interface Bucket {
  /** The type, country code, actor id or period value the bucket stands for. */
  key: string;
  count: number;
}

/**
 * A bucket of a timeline. Its `period` is the requested unit when the date is precise enough,
 * else the date's own coarser value (an event known only as "2024" is never put in January).
 */
export interface PeriodBucket extends Bucket {
  period: PartialDate;
  isCoarserThanUnit: boolean;
  byType: TypeCount[];
}

export interface CountResult {
  /** Events matched by the filter. */
  total: number;
  /** Buckets, largest first (periods: chronological), cut at the request's limit. */
  buckets: Bucket[] | PeriodBucket[];
  /** How many buckets there were before the limit. */
  bucketCount: number;
  /** Events that could not be bucketed (no date, no participant of that kind). */
  unbucketed: number;
}

export interface ProblemFilter {
  codes?: readonly ProblemCode[] | null;
  severities?: readonly Problem["severity"][] | null;
  /** Exact file paths (relative to the loaded directory). */
  files?: readonly string[] | null;
  /** Files under this path prefix (a folder, say). */
  filePrefix?: string | null;
}

/** Problems in loading order (the loader reports them file by file). */
export interface ProblemQuery {
  filter: ProblemFilter;
  page: PageRequest;
}

export interface ProblemPage extends Page<Problem> {
  /** Problems per code among those matching the filter, largest first. */
  countsByCode: { code: ProblemCode; count: number }[];
}

export type SearchType = "ARTICLE" | "ACTOR" | "EVENT";

export interface SearchRequest {
  query: string;
  types: readonly SearchType[];
  page: PageRequest;
}

/** Where a search matched, as an excerpt with the matched words located in it. */
export interface TextMatch {
  field: string;
  fragment: string;
  highlights: { start: number; end: number; text: string }[];
}

export type SearchHit =
  | { type: "ARTICLE"; record: Article; score: number; matches: TextMatch[] }
  | { type: "ACTOR"; record: Actor; score: number; matches: TextMatch[] }
  | { type: "EVENT"; record: Event; score: number; matches: TextMatch[] };

export interface SearchPage extends Page<SearchHit> {
  /** Matches per type, before the result window is applied. */
  countsByType: Record<SearchType, number>;
}

/** A cursor key that does not belong to the ordering or result it is used with. */
export class InvalidCursorError extends Error {
  override name = "InvalidCursorError";
}
