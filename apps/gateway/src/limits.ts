/**
 * Every limit the API enforces, in one place, so the schema descriptions, the checks and the
 * README say the same thing. Sources for the figures: GitHub (1-100 per page, node budgets),
 * Shopify (list inputs capped), GraphOS Router defaults (2 MB bodies); see ../shared/notes/api-anchors.md.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Ids accepted by `nodes(ids:)`. */
export const MAX_NODE_IDS = 100;
/** Items in any list given as a filter (`types`, `actors`, `countries`…). */
export const MAX_FILTER_ITEMS = 100;
/** Periods a timeline returns. */
export const MAX_TIMELINE_PERIODS = 500;
/** Characters of a search query or text filter. */
export const MAX_TEXT_LENGTH = 200;
/** Nodes an operation may request (page sizes multiplied through nesting, GitHub style). */
export const MAX_COST = 10_000;
/** Nesting depth of an operation's selections (fields, counted at the leaves). */
export const MAX_DEPTH = 15;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 10;
/** Lexical tokens of a document; a longer document is a parse error (400), before any other work. */
export const MAX_TOKENS = 2_000;
/** Selections once fragments are expanded (Apollo's guard against fragment fan-out). */
export const MAX_RECURSIVE_SELECTIONS = 5_000;
/** Request body size; larger bodies get 413 before being parsed. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
