import { ERROR_CODES } from "../errors.js";
import { MAX_NODE_IDS, MAX_PAGE_SIZE } from "../limits.js";
import { ACTOR_ORDER, ARTICLE_ORDER, EVENT_ORDER, pageArgs, recordListArgs } from "./sdl.js";

const catalogue = Object.entries(ERROR_CODES)
  .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
  .join("\n");

/** The root query type; its description carries the error catalogue and the limits. */
export const queryTypeDefs = /* GraphQL */ `#graphql
"""
Read-only access to a corpus of news articles and the actors and PLOVER events extracted from them.

Lists are Relay connections (\`first\`/\`after\`, \`last\`/\`before\`, at most ${MAX_PAGE_SIZE} per page). Ids are opaque
global ids; a lookup that finds nothing returns null. Every operation gets a cost (the number of nodes it could
return, page sizes multiplied through nesting, variables included) and is refused above the budget.

Error codes (\`errors[].extensions.code\`):
${catalogue}
"""
type Query {
  """Fetches any object by its global id; null when nothing has that id."""
  node(
    """A global id."""
    id: ID!
  ): Node
  """Fetches objects by global ids, in the same order; null for ids that match nothing (at most ${MAX_NODE_IDS} ids)."""
  nodes(
    """Global ids."""
    ids: [ID!]!
  ): [Node]!
  """An article by global id; null when there is none."""
  article(
    """The article's global id."""
    id: ID!
  ): Article
  """An actor by global id; null when there is none."""
  actor(
    """The actor's global id."""
    id: ID!
  ): Actor
  """An event by global id; null when there is none."""
  event(
    """The event's global id."""
    id: ID!
  ): Event
  """Articles, filtered and ordered."""
  articles(${recordListArgs("Article", "articles", ARTICLE_ORDER.default, ARTICLE_ORDER.says)}
  ): ArticleConnection!
  """Actors, filtered and ordered."""
  actors(${recordListArgs("Actor", "actors", ACTOR_ORDER.default, ACTOR_ORDER.says)}
  ): ActorConnection!
  """Events, filtered and ordered."""
  events(${recordListArgs("Event", "events", EVENT_ORDER.default, EVENT_ORDER.says)}
  ): EventConnection!
  """The events between two actors."""
  eventsBetween(
    """One actor (global id)."""
    actor: ID!
    """The other actor (global id)."""
    otherActor: ID!
    """Whether either actor may be the source, or only \`actor\`."""
    direction: PairDirection = EITHER
${recordListArgs("Event", "events", EVENT_ORDER.default, EVENT_ORDER.says)}
  ): EventConnection!
  """Counts over the events that match a filter: by type, country, actor and period."""
  eventStats(
    """Count only events matching this filter (all events when omitted)."""
    filter: EventFilter
  ): EventStats!
  """The events of an actor or of a country over time. Give exactly one of \`actor\` and \`country\`."""
  timeline(
    """The actor (global id)."""
    actor: ID
    """The country: events whose source or target belongs to it."""
    country: CountryCode
    """Size of the periods."""
    unit: TimeUnit = MONTH
    """Which date places an event in time."""
    basis: DateBasis = EVENT_DATE
    """Count only events matching this filter."""
    filter: EventFilter
    """Return at most this many periods, earliest first (0 to 500)."""
    first: Int = 120
  ): Timeline!
  """
  Ranked full-text search over articles (title and body), actors (names and aliases) and event evidence.
  Every word must match; accents and case are ignored ("Etats-Unis" finds "États-Unis"). At most the
  1,000 best results can be paged through; the per-type counts are not capped.
  """
  search(
    """The words to look for."""
    query: String!
    """The kinds of records to search (all when omitted)."""
    types: [SearchType!]
${pageArgs("results")}
  ): SearchResultConnection!
  """
  What the loader reported about the input files, in loading order: documents it could not load
  (severity ERROR, e.g. not UTF-8, no header, a duplicate) and documents loaded with a caveat
  (WARNING, e.g. language unclear). Empty when every file loaded cleanly.
  """
  problems(
    """Keep only problems matching this filter."""
    filter: ProblemFilter
${pageArgs("problems")}
  ): ProblemConnection!
}
`;
