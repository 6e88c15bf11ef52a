/** API SDL for full-text search. */
export const searchTypeDefs = /* GraphQL */ `#graphql
"""The kinds of records \`search\` can return."""
enum SearchType {
  """Articles, by title and body."""
  ARTICLE
  """Actors, by name and aliases."""
  ACTOR
  """Events, by the sentence that reports them."""
  EVENT
}

"""A record found by \`search\`."""
union SearchResult = Article | Actor | Event

"""A page of search results, best first."""
type SearchResultConnection {
  """The results of the page, with cursors, scores and highlights."""
  edges: [SearchResultEdge!]!
  """The results of the page."""
  nodes: [SearchResult!]!
  """Where the page sits in the result window."""
  pageInfo: PageInfo!
  """Number of results that can be paged through (at most 1,000)."""
  totalCount: Int!
  """Number of matching articles (not capped by the result window)."""
  articleCount: Int!
  """Number of matching actors (not capped by the result window)."""
  actorCount: Int!
  """Number of matching events (not capped by the result window)."""
  eventCount: Int!
}

"""A search result."""
type SearchResultEdge {
  """Opaque cursor of this result, for \`after\`/\`before\`."""
  cursor: String!
  """The record found."""
  node: SearchResult!
  """Relevance (BM25); comparable between results of one type, roughly across types."""
  score: Float!
  """Where the query matched, as excerpts with the matched words located."""
  textMatches: [TextMatch!]!
}

"""An excerpt of a field where a search matched."""
type TextMatch {
  """The field: \`title\`, \`body\`, \`name\`, \`aliases\` or \`evidence\`."""
  property: String!
  """The excerpt (at most about 200 characters)."""
  fragment: String!
  """The matched words in the excerpt."""
  highlights: [TextMatchHighlight!]!
}

"""A matched word in an excerpt."""
type TextMatchHighlight {
  """Offset of the first character in the fragment (UTF-16 code units)."""
  beginIndice: Int!
  """Offset just past the last character in the fragment (UTF-16 code units)."""
  endIndice: Int!
  """The matched word as written."""
  text: String!
}
`;
