import { ACTOR_ORDER, EVENT_ORDER, connectionTypes, orderTypes, pageArgs, recordListArgs } from "./sdl.js";

/** API SDL for articles: identity, navigation to actors, events and mentions, filters and order. */
export const articleTypeDefs = /* GraphQL */ `#graphql
extend type Article implements Node {
  """The article's own identifier in the corpus, derived from its file name (readable; \`id\` is the opaque global id)."""
  key: String!
  """The actors mentioned in the article."""
  actors(${recordListArgs("Actor", "actors", ACTOR_ORDER.default, ACTOR_ORDER.says)}
  ): ActorConnection!
  """The events the article reports."""
  events(${recordListArgs("Event", "events", EVENT_ORDER.default, EVENT_ORDER.says)}
  ): EventConnection!
  """Every place an actor is mentioned in the article, in reading order (title first)."""
  mentions(${pageArgs("mentions")}
  ): MentionConnection!
}

"""Filter for articles; all given conditions must hold."""
input ArticleFilter {
  """Articles in one of these languages (ISO 639-1, e.g. \`fr\`)."""
  languages: [Locale!]
  """Articles published in this range."""
  published: DateRange
  """Articles that mention every one of these actors (global ids)."""
  actors: [ID!]
  """Articles that mention an actor of one of these countries."""
  countries: [CountryCode!]
  """Articles whose title or body contains every word of this text (accents and case ignored)."""
  text: String
}
${orderTypes("Article", "articles", {
  PUBLISHED: "Publication date (by the first day it may denote, then coarse before precise).",
  TITLE: "Title, alphabetically.",
  MENTION_COUNT: "Number of actor mentions in the article.",
  RELEVANCE: "Search relevance; only with `filter.text`.",
})}
${connectionTypes("Article", "articles")}
`;
