/** The operation Apollo Sandbox opens with: a tour of the API on whatever corpus is loaded. */
export const EXAMPLE_QUERY = /* GraphQL */ `# A tour of the corpus API. Press Run, then explore the schema on the left.
query Tour {
  actors(first: 5) {
    totalCount
    nodes { name kind country mentionCount eventCount }
  }
  events(first: 5) {
    totalCount
    nodes {
      type
      modality
      date { value precision }
      source { name }
      target { name }
      evidence { text }
    }
  }
  eventStats {
    byType { type count }
    timeline(unit: MONTH) { periods { period { value } count } undatedCount }
  }
  search(query: "Etats-Unis", first: 3) {
    actorCount articleCount eventCount
    edges { node { __typename ... on Actor { name } ... on Article { title } ... on Event { type } } textMatches { property fragment } }
  }
}
`;
