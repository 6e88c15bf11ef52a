import { connectionTypes, orderTypes, pageArgs } from "./sdl.js";

/** API SDL for events: navigation to participants and article, filters, order, counts and timelines. */
export const eventTypeDefs = /* GraphQL */ `#graphql
extend type Event implements Node {
  """The event's own identifier in the corpus (readable; \`id\` is the opaque global id)."""
  key: String!
  """The actor who acts or speaks."""
  source: Actor!
  """The actor acted upon or addressed, when there is one."""
  target: Actor
  """Where the event took place, when the text says."""
  place: Actor
  """The article that reports the event."""
  article: Article!
}

"""Filter for events; all given conditions must hold. Actor and article references are global ids."""
input EventFilter {
  """Events of one of these types."""
  types: [EventType!]
  """Events with one of these modalities (e.g. only ASSERTED)."""
  modalities: [Modality!]
  """Events whose source is one of these actors."""
  sources: [ID!]
  """Events whose target is one of these actors."""
  targets: [ID!]
  """Events with one of these actors on either side."""
  actors: [ID!]
  """Events whose source or target belongs to one of these countries."""
  countries: [CountryCode!]
  """Events whose own date falls in this range (undated events never match)."""
  date: DateRange
  """Events reported by an article published in this range."""
  published: DateRange
  """Events reported by one of these articles."""
  articles: [ID!]
  """Events reported in one of these languages."""
  languages: [Locale!]
  """Events the extractor is at least this sure of (0 to 1)."""
  minConfidence: Float
  """Events whose evidence sentence contains every word of this text (accents and case ignored)."""
  text: String
}

${orderTypes("Event", "events", {
  DATE: "The event's own date (by the first day it may denote, then coarse before precise); undated events come last in both directions.",
  PUBLISHED: "The publication date of the reporting article.",
  CONFIDENCE: "The extractor's confidence.",
  RELEVANCE: "Search relevance; only with `filter.text`.",
})}
${connectionTypes("Event", "events")}
"""Which way events between two actors must go."""
enum PairDirection {
  """Either actor may be the source."""
  EITHER
  """The first actor is the source and the other the target."""
  FROM_FIRST
}

"""Counts over the events that match a filter."""
type EventStats {
  """Number of events that match."""
  totalCount: Int!
  """Counts per event type, largest first."""
  byType: [EventTypeCount!]!
  """Counts per country of the participants, largest first. An event is counted once per distinct country on the chosen side."""
  byCountry(
    """Which side's countries to count."""
    role: ParticipantRole = ANY
    """Return at most this many countries (0 to 100)."""
    first: Int = 20
  ): CountryCounts!
  """Counts per participating actor, largest first."""
  byActor(
    """Which side's actors to count."""
    role: ParticipantRole = ANY
    """Return at most this many actors (0 to 100)."""
    first: Int = 20
  ): ActorCounts!
  """Counts per period: a timeline of the matching events."""
  timeline(
    """Size of the periods."""
    unit: TimeUnit = MONTH
    """Which date places an event in time."""
    basis: DateBasis = EVENT_DATE
    """Return at most this many periods, earliest first (0 to 500)."""
    first: Int = 120
  ): Timeline!
}

"""Event counts per country."""
type CountryCounts {
  """The countries, most events first (ties by code)."""
  buckets: [CountryCount!]!
  """Number of distinct countries before \`first\` was applied."""
  bucketCount: Int!
  """Events with no participant of known country on the chosen side."""
  unassignedCount: Int!
}

"""A number of events involving a country."""
type CountryCount {
  """The country (ISO 3166-1 alpha-2)."""
  country: CountryCode!
  """How many events."""
  count: Int!
}

"""Event counts per actor."""
type ActorCounts {
  """The actors, most events first (ties by id)."""
  buckets: [ActorCount!]!
  """Number of distinct actors before \`first\` was applied."""
  bucketCount: Int!
  """Events with no participant on the chosen side (e.g. no target)."""
  unassignedCount: Int!
}

"""A number of events involving an actor."""
type ActorCount {
  """The actor."""
  actor: Actor!
  """How many events."""
  count: Int!
}

"""
Events bucketed by period. Dates are partial: an event known only to a year, asked for by month,
is counted in a bucket for that year (flagged \`isCoarserThanUnit\`), never in a made-up month.
"""
type Timeline {
  """Size of the periods."""
  unit: TimeUnit!
  """Which date placed the events in time."""
  basis: DateBasis!
  """The periods that have events, earliest first; a coarser bucket precedes the finer ones it contains."""
  periods: [TimelinePeriod!]!
  """Number of periods before \`first\` was applied."""
  periodCount: Int!
  """Number of events counted (dated and undated)."""
  totalCount: Int!
  """Events without a date on the chosen basis, counted in no period."""
  undatedCount: Int!
}

"""One period of a timeline."""
type TimelinePeriod {
  """The period: a month such as \`2024-04\` for unit MONTH, or a coarser date when the events are known only to it."""
  period: PartialDate!
  """True when the bucket is coarser than the unit asked for (events dated only to a year in a monthly timeline)."""
  isCoarserThanUnit: Boolean!
  """Number of events in the period."""
  count: Int!
  """Event counts per type in the period, largest first."""
  countsByType: [EventTypeCount!]!
  """The events of the period."""
  events(${pageArgs("events")}
    """Order of the events; by default earliest first."""
    orderBy: EventOrder = { field: DATE, direction: ASC }
  ): EventConnection!
}
`;
