// Public API of @corpus/schema. Add exports here with intention: everything below is published.
export { Actor, ActorKind, Mention } from "./actor.js";
export { Article } from "./article.js";
export { Corpus, CORPUS_FORMAT_VERSION } from "./corpus.js";
export { Event, EventType, Modality } from "./event.js";
export { DatePrecision, PartialDate, partialDateRange, toPartialDate } from "./partial-date.js";
export {
  ActorId,
  ArticleId,
  Confidence,
  CountryCode,
  EventId,
  LanguageCode,
  LocalDate,
  NonEmptyString,
  NonNegativeInt,
  PositiveInt,
  WikidataId,
} from "./primitives.js";
export { Problem, ProblemCode, Severity } from "./problem.js";
export { BodySpan, Sentence, TextField, TextSpan } from "./span.js";
export { findInconsistencies, type Inconsistency } from "./integrity.js";
export { printRecordTypeDefs, scalarResolvers, typeDefs, UnsupportedSchemaError } from "./graphql.js";
