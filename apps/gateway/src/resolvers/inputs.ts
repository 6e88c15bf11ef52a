import type { ActorKind, EventType, Modality, Problem, ProblemCode } from "@corpus/schema";
import { badUserInput } from "../errors.js";
import { keyOf } from "../global-id.js";
import { MAX_FILTER_ITEMS, MAX_TEXT_LENGTH } from "../limits.js";
import type { NodeType } from "../schema/index.js";
import type { ActorFilter, ArticleFilter, DateRangeFilter, EventFilter, Order, ProblemFilter } from "../store/index.js";

/** GraphQL input shapes (what the SDL declares); ids are global ids. */
export interface DateRangeInput {
  from?: string | null;
  to?: string | null;
  match?: "OVERLAPS" | "WITHIN" | null;
}
export interface ArticleFilterInput {
  languages?: string[] | null;
  published?: DateRangeInput | null;
  actors?: string[] | null;
  countries?: string[] | null;
  text?: string | null;
}
export interface ActorFilterInput {
  kinds?: ActorKind[] | null;
  countries?: string[] | null;
  namePrefix?: string | null;
  wikidataIds?: string[] | null;
  text?: string | null;
}
export interface EventFilterInput {
  types?: EventType[] | null;
  modalities?: Modality[] | null;
  sources?: string[] | null;
  targets?: string[] | null;
  actors?: string[] | null;
  countries?: string[] | null;
  date?: DateRangeInput | null;
  published?: DateRangeInput | null;
  articles?: string[] | null;
  languages?: string[] | null;
  minConfidence?: number | null;
  text?: string | null;
}

export interface ProblemFilterInput {
  codes?: ProblemCode[] | null;
  severities?: Problem["severity"][] | null;
  files?: string[] | null;
  filePrefix?: string | null;
}

function list<T>(values: T[] | null | undefined, name: string): T[] | null {
  if (values == null) return null;
  if (values.length > MAX_FILTER_ITEMS) throw badUserInput(`${name} accepts at most ${MAX_FILTER_ITEMS} items (got ${values.length}).`, name);
  return values;
}

const keys = (ids: string[] | null | undefined, type: NodeType, name: string) =>
  list(ids, name)?.map((id, i) => keyOf(id, type, `${name}[${i}]`)) ?? null;
const upper = (codes: string[] | null | undefined, name: string) => list(codes, name)?.map((code) => code.toUpperCase()) ?? null;
const lower = (codes: string[] | null | undefined, name: string) => list(codes, name)?.map((code) => code.toLowerCase()) ?? null;

/** Search text: trimmed, non-blank, bounded. */
export function text(value: string | null | undefined, name: string): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) throw badUserInput(`${name} must contain at least one word.`, name);
  if (trimmed.length > MAX_TEXT_LENGTH) throw badUserInput(`${name} is limited to ${MAX_TEXT_LENGTH} characters (got ${trimmed.length}).`, name);
  return trimmed;
}

function dateRange(range: DateRangeInput | null | undefined, name: string): DateRangeFilter | null {
  if (!range) return null;
  if (range.from && range.to && range.from > range.to) throw badUserInput(`${name}: from (${range.from}) is after to (${range.to}).`, name);
  return { from: range.from ?? null, to: range.to ?? null, match: range.match ?? "OVERLAPS" };
}

export function toArticleFilter(input: ArticleFilterInput | null | undefined, name = "filter"): ArticleFilter {
  if (!input) return {};
  return {
    languages: lower(input.languages, `${name}.languages`),
    published: dateRange(input.published, `${name}.published`),
    actorIds: keys(input.actors, "Actor", `${name}.actors`),
    countries: upper(input.countries, `${name}.countries`),
    text: text(input.text, `${name}.text`),
  };
}

export function toActorFilter(input: ActorFilterInput | null | undefined, name = "filter"): ActorFilter {
  if (!input) return {};
  const prefix = input.namePrefix?.trim();
  if (prefix === "") throw badUserInput(`${name}.namePrefix must not be blank.`, `${name}.namePrefix`);
  return {
    kinds: list(input.kinds, `${name}.kinds`),
    countries: upper(input.countries, `${name}.countries`),
    namePrefix: prefix ?? null,
    wikidataIds: list(input.wikidataIds, `${name}.wikidataIds`),
    text: text(input.text, `${name}.text`),
  };
}

export function toEventFilter(input: EventFilterInput | null | undefined, name = "filter"): EventFilter {
  if (!input) return {};
  const confidence = input.minConfidence;
  if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
    throw badUserInput(`${name}.minConfidence must be between 0 and 1 (got ${confidence}).`, `${name}.minConfidence`);
  }
  return {
    types: list(input.types, `${name}.types`),
    modalities: list(input.modalities, `${name}.modalities`),
    sourceIds: keys(input.sources, "Actor", `${name}.sources`),
    targetIds: keys(input.targets, "Actor", `${name}.targets`),
    actorIds: keys(input.actors, "Actor", `${name}.actors`),
    countries: upper(input.countries, `${name}.countries`),
    date: dateRange(input.date, `${name}.date`),
    published: dateRange(input.published, `${name}.published`),
    articleIds: keys(input.articles, "Article", `${name}.articles`),
    languages: lower(input.languages, `${name}.languages`),
    minConfidence: confidence ?? null,
    text: text(input.text, `${name}.text`),
  };
}

export function toProblemFilter(input: ProblemFilterInput | null | undefined, name = "filter"): ProblemFilter {
  if (!input) return {};
  if (input.filePrefix != null && input.filePrefix.length > MAX_TEXT_LENGTH) {
    throw badUserInput(`${name}.filePrefix is limited to ${MAX_TEXT_LENGTH} characters.`, `${name}.filePrefix`);
  }
  return {
    codes: list(input.codes, `${name}.codes`),
    severities: list(input.severities, `${name}.severities`),
    files: list(input.files, `${name}.files`),
    filePrefix: input.filePrefix ?? null,
  };
}

/** An any-of list narrowed to one value: that value if the list allows it, else nothing. */
export function restrict(values: readonly string[] | null | undefined, value: string): string[] {
  return values == null || values.includes(value) ? [value] : [];
}

/** Checks an order (RELEVANCE needs a text filter) and gives the tag its cursors carry. */
export function ordering<Field extends string>(orderBy: Order<Field>, filter: { text?: string | null }): { orderBy: Order<Field>; tag: string } {
  if (orderBy.field === "RELEVANCE" && !filter.text) throw badUserInput("orderBy RELEVANCE needs filter.text.", "orderBy");
  return { orderBy, tag: `${orderBy.field}:${orderBy.direction}` };
}
