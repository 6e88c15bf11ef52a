/** API SDL shared by every part of the schema: identity, paging, ordering, dates. */
export const commonTypeDefs = /* GraphQL */ `#graphql
"""
An object with a globally unique, opaque id, refetchable with \`node(id:)\` (Relay Global Object Identification).
"""
interface Node {
  """Globally unique, opaque identifier. Clients must not decode it; it is stable across restarts and rebuilds of the same corpus."""
  id: ID!
}

"""Where a page sits in its connection (Relay Cursor Connections)."""
type PageInfo {
  """True when more items follow the last one of this page."""
  hasNextPage: Boolean!
  """True when items precede the first one of this page."""
  hasPreviousPage: Boolean!
  """Cursor of the first item of the page; null when the page is empty."""
  startCursor: String
  """Cursor of the last item of the page; null when the page is empty."""
  endCursor: String
}

"""Sort direction."""
enum OrderDirection {
  """Smallest, earliest or alphabetically first values first."""
  ASC
  """Largest, latest or alphabetically last values first."""
  DESC
}

"""How a date filter treats a date known only to a month or a year (a range of days)."""
enum DateMatch {
  """Keep a date whose days overlap the filter's range: "2024" matches April 2024."""
  OVERLAPS
  """Keep a date only when all its days lie within the filter's range: "2024" does not match April 2024."""
  WITHIN
}

"""A range of days, both ends inclusive; either end may be left open."""
input DateRange {
  """First day of the range (inclusive); open when omitted."""
  from: LocalDate
  """Last day of the range (inclusive); open when omitted."""
  to: LocalDate
  """How partial dates (month or year only) are matched."""
  match: DateMatch = OVERLAPS
}

"""The size of a timeline bucket."""
enum TimeUnit {
  """Calendar years."""
  YEAR
  """Calendar months."""
  MONTH
  """Days."""
  DAY
}

"""Which date places an event in time."""
enum DateBasis {
  """The date the text gives for the event; undated events are counted apart."""
  EVENT_DATE
  """The publication date of the article that reports the event."""
  PUBLICATION_DATE
  """The event's own date, or its article's publication date when it has none."""
  EVENT_OR_PUBLICATION_DATE
}

"""The side of an event an actor is on."""
enum ParticipantRole {
  """The actor who acts or speaks."""
  SOURCE
  """The actor acted upon or addressed."""
  TARGET
  """Either side."""
  ANY
}

"""A number of events of one type."""
type EventTypeCount {
  """The event type."""
  type: EventType!
  """How many events of that type."""
  count: Int!
}

extend type Sentence {
  """The words of the sentence."""
  text: String!
}

extend type BodySpan {
  """The text of the span."""
  text: String!
}
`;
