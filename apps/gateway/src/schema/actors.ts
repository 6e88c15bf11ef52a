import { ARTICLE_ORDER, EVENT_ORDER, connectionTypes, orderTypes, pageArgs, recordListArgs } from "./sdl.js";

/** API SDL for actors and mentions. */
export const actorTypeDefs = /* GraphQL */ `#graphql
extend type Actor implements Node {
  """The actor's own stable identifier in the corpus (e.g. \`country:RU\`; \`id\` is the opaque global id)."""
  key: String!
  """Number of mentions of the actor across the corpus."""
  mentionCount: Int!
  """Number of articles that mention the actor."""
  articleCount: Int!
  """Number of events the actor takes part in, as source or target."""
  eventCount: Int!
  """The articles that mention the actor."""
  articles(${recordListArgs("Article", "articles", ARTICLE_ORDER.default, ARTICLE_ORDER.says)}
  ): ArticleConnection!
  """The events the actor takes part in."""
  events(
    """Which side of the event the actor must be on."""
    role: ParticipantRole = ANY${recordListArgs("Event", "events", EVENT_ORDER.default, EVENT_ORDER.says)}
  ): EventConnection!
  """Every place the actor is mentioned, article by article in reading order."""
  mentions(
    """Only the mentions in this article (global id)."""
    article: ID${pageArgs("mentions")}
  ): MentionConnection!
  """The actors this actor has events with, most events first, with counts per type and the events themselves as evidence."""
  network(
    """Count only events matching this filter."""
    filter: EventFilter${pageArgs("ties")}
  ): ActorTieConnection!
  """The actor's events over time, bucketed by period."""
  timeline(
    """Size of the periods."""
    unit: TimeUnit = MONTH
    """Which date places an event in time."""
    basis: DateBasis = EVENT_DATE
    """Count only events matching this filter."""
    filter: EventFilter
    """Return at most this many periods, earliest first (0 to 500)."""
    first: Int = 120
  ): Timeline!
}

extend type Mention {
  """The actor mentioned."""
  actor: Actor!
  """The article the mention is in."""
  article: Article!
}

"""Filter for actors; all given conditions must hold."""
input ActorFilter {
  """Actors of one of these kinds."""
  kinds: [ActorKind!]
  """Actors that belong to or act for one of these countries."""
  countries: [CountryCode!]
  """Actors whose name or an alias starts with this text (accents and case ignored), for autocompletion."""
  namePrefix: String
  """Actors with one of these Wikidata ids (e.g. \`Q159\`)."""
  wikidataIds: [String!]
  """Actors whose name or aliases contain every word of this text (accents and case ignored)."""
  text: String
}

${orderTypes("Actor", "actors", {
  NAME: "Name, alphabetically.",
  MENTION_COUNT: "Number of mentions.",
  ARTICLE_COUNT: "Number of articles that mention the actor.",
  EVENT_COUNT: "Number of events the actor takes part in.",
  RELEVANCE: "Search relevance; only with `filter.text`.",
})}
${connectionTypes("Actor", "actors")}
${connectionTypes("Mention", "mentions")}
"""An actor's relation to another actor: the events between them."""
type ActorTie {
  """The other actor."""
  actor: Actor!
  """Number of events between the two actors (either direction)."""
  eventCount: Int!
  """Events where the first actor is the source and the other the target."""
  outgoingCount: Int!
  """Events where the other actor is the source and the first the target."""
  incomingCount: Int!
  """Event counts per type, largest first."""
  countsByType: [EventTypeCount!]!
  """The events between the two actors: the evidence of the tie."""
  events(${pageArgs("events")}
    """Order of the events; by default latest first."""
    orderBy: EventOrder = ${EVENT_ORDER.default}
  ): EventConnection!
}

${connectionTypes("ActorTie", "ties")}`;
