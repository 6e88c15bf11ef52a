import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../limits.js";

/**
 * SDL fragments that every connection repeats, written once: the Relay paging arguments and the
 * Connection/Edge pair of a node type. `items` is the plural noun used in descriptions.
 */
export const pageArgs = (items: string): string => `
    """Return the first n ${items} (0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE} when neither first nor last is given)."""
    first: Int
    """Return the ${items} after this cursor."""
    after: String
    """Return the last n ${items} (0 to ${MAX_PAGE_SIZE})."""
    last: Int
    """Return the ${items} before this cursor."""
    before: String`;

/** Paging plus `filter` and `orderBy` for a list of records (`Article` → `ArticleFilter`, `ArticleOrder`). */
export const recordListArgs = (type: string, items: string, defaultOrder: string, orderDescription: string): string => `${pageArgs(items)}
    """Keep only ${items} matching this filter."""
    filter: ${type}Filter
    """Order of the ${items}; by default ${orderDescription}."""
    orderBy: ${type}Order = ${defaultOrder}`;

/** `<Type>Connection` and `<Type>Edge`, Relay style, with `nodes` and `totalCount` as GitHub has them. */
export const connectionTypes = (type: string, items: string, extraFields = ""): string => `
"""A page of ${items}."""
type ${type}Connection {
  """The ${items} of the page, with their cursors."""
  edges: [${type}Edge!]!
  """The ${items} of the page."""
  nodes: [${type}!]!
  """Where the page sits in the whole list."""
  pageInfo: PageInfo!
  """Number of ${items} in the whole list (all pages)."""
  totalCount: Int!${extraFields}
}

"""One of the ${items} in a connection."""
type ${type}Edge {
  """Opaque cursor of this item, for \`after\`/\`before\`."""
  cursor: String!
  """The item."""
  node: ${type}!
}
`;

/** The order input and field enum of a record type; `fields` maps enum values to descriptions. */
export const orderTypes = (type: string, items: string, fields: Record<string, string>): string => `
"""Fields ${items} can be ordered by."""
enum ${type}OrderField {
${Object.entries(fields)
  .map(([value, description]) => `  """${description}"""\n  ${value}`)
  .join("\n")}
}

"""Order of ${items}; ties are broken by id so that paging is stable."""
input ${type}Order {
  """The field to order by."""
  field: ${type}OrderField!
  """The direction."""
  direction: OrderDirection!
}
`;

export const ARTICLE_ORDER = { default: "{ field: PUBLISHED, direction: DESC }", says: "latest first" };
export const ACTOR_ORDER = { default: "{ field: MENTION_COUNT, direction: DESC }", says: "most mentioned first" };
export const EVENT_ORDER = { default: "{ field: DATE, direction: DESC }", says: "latest first" };
