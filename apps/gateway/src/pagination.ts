import { badUserInput } from "./errors.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./limits.js";
import type { Page, PageRequest } from "./store/index.js";

/** Relay connection arguments as they arrive from GraphQL. */
export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A GraphQL connection object, built eagerly (pages are at most 100 items). */
export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/**
 * Cursors are opaque to clients: base64url of `[ordering, key]`. The ordering tag makes a cursor
 * from one ordering (say, by date) an error when used with another (by name) instead of a silent
 * jump to an unrelated position.
 */
export const encodeCursor = (ordering: string, key: string): string => Buffer.from(JSON.stringify([ordering, key])).toString("base64url");

function decodeCursor(cursor: string, ordering: string, argumentName: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") {
    throw badUserInput(`${argumentName}: not a cursor returned by this API.`, argumentName);
  }
  if (parsed[0] !== ordering) {
    throw badUserInput(`${argumentName}: this cursor belongs to another ordering (${parsed[0]}), not ${ordering}.`, argumentName);
  }
  return parsed[1];
}

function checkSize(value: number | null | undefined, argumentName: string): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(`${argumentName} must be between 0 and ${MAX_PAGE_SIZE} (got ${value}).`, argumentName);
  }
}

/**
 * Validates connection arguments (sizes 0 to 100, never both `first` and `last`) and turns
 * cursors into store keys. Out-of-range values are rejected, not clamped, so clients notice.
 */
export function toPageRequest(args: ConnectionArgs, ordering: string): PageRequest {
  checkSize(args.first, "first");
  checkSize(args.last, "last");
  if (args.first != null && args.last != null) throw badUserInput("Give first or last, not both.", "last");
  return {
    first: args.first ?? (args.last == null ? DEFAULT_PAGE_SIZE : null),
    last: args.last ?? null,
    after: args.after == null ? null : decodeCursor(args.after, ordering, "after"),
    before: args.before == null ? null : decodeCursor(args.before, ordering, "before"),
  };
}

/** An edge whose cursor is encoded only when a query selects it. */
export class Edge<Node> {
  constructor(
    readonly node: Node,
    private readonly ordering: string,
    private readonly key: string,
  ) {}

  get cursor(): string {
    return encodeCursor(this.ordering, this.key);
  }
}

/** Relay page info whose cursors are encoded only when a query selects them. */
class PageInfo {
  constructor(
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
    private readonly ordering: string,
    private readonly firstKey: string | null,
    private readonly lastKey: string | null,
  ) {}

  get startCursor(): string | null {
    return this.firstKey === null ? null : encodeCursor(this.ordering, this.firstKey);
  }

  get endCursor(): string | null {
    return this.lastKey === null ? null : encodeCursor(this.ordering, this.lastKey);
  }
}

/**
 * A connection over a store page whose `edges` and `pageInfo` are made when read. A class rather
 * than an object literal with getters: V8 gives each such literal its own hidden class, and the
 * getter closures then outlive young collections (see FoundText in the search highlighter).
 */
class PageConnection<Node, Out> implements Connection<Out> {
  constructor(
    readonly nodes: Out[],
    readonly totalCount: number,
    private readonly page: Page<Node>,
    private readonly ordering: string,
  ) {}

  get edges(): Edge<Out>[] {
    return this.nodes.map((node, i) => new Edge(node, this.ordering, this.page.keys[i] ?? ""));
  }

  get pageInfo(): PageInfo {
    const last = this.nodes.length - 1;
    const { page } = this;
    return new PageInfo(page.hasNextPage, page.hasPreviousPage, this.ordering, last < 0 ? null : (page.keys[0] ?? ""), last < 0 ? null : (page.keys[last] ?? ""));
  }
}

/**
 * Wraps a store page into a connection, turning store keys into cursors for the same ordering.
 * `edges` and `pageInfo` are made when read, and cursors encoded only when a query asks for them
 * (a search page asks for none of its ten edge cursors, an events page for one of its two page cursors).
 */
export function toConnection<Node, Out = Node>(page: Page<Node>, ordering: string, map?: (node: Node) => Out): Connection<Out> {
  const nodes = map ? page.nodes.map(map) : (page.nodes as unknown as Out[]);
  return new PageConnection(nodes, page.totalCount, page, ordering);
}
