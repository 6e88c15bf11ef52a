/**
 * The loader's internal data model, in one place: what each stage takes and gives.
 * Records that leave the loader are the `@corpus/schema` types; these are the steps before them.
 * Every offset is a UTF-16 index into `title` (field TITLE) or `body` (field BODY), half-open.
 */
import type { ActorKind, BodySpan, EventType, Modality, PartialDate, Sentence, TextField, TextSpan } from "@corpus/schema";

/** Languages the extractors know. Detection may also report others; extraction then finds little. */
export type Language = "fr" | "en";

/** A document after its header is read: nothing is inferred yet. */
export interface ParsedArticle {
  /** Path relative to the loaded directory, with `/` separators. */
  file: string;
  title: string;
  published: PartialDate;
  /** Body text: paragraphs joined by "\n\n", line ends normalised to "\n", NFC. */
  body: string;
}

/** A parsed article with its id, language and segmentation: the input of extraction. */
export interface AnalyzedArticle extends ParsedArticle {
  id: string;
  language: Language;
  paragraphs: BodySpan[];
  sentences: Sentence[];
}

/** One place an actor is named or referred to, before articles are merged. */
export interface LocalMention {
  field: TextField;
  start: number;
  end: number;
  text: string;
  confidence: number;
}

/**
 * An actor as one article sees it, after within-article coreference.
 * `key` is its identity across articles and runs: two articles that give the same key
 * are talking about the same actor (it becomes `Actor.id`). Keys are derived from
 * curated ids or normalised names, never from positions or load order:
 * `country:RU`, `wd:Q7747`, `person:antonis-samaras`, `org:rtn`, `group:junta@NE`.
 */
export interface LocalActor {
  key: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  wikidataId: string | null;
  aliases: string[];
  roles: string[];
  mentions: LocalMention[];
  /**
   * True for a collective that is described rather than named ("les manifestants", "police",
   * "Russian military instructors" with no name): kept in the corpus only when it takes part in an event.
   */
  generic: boolean;
}

/** An event as found in one article; actors are referred to by `LocalActor.key`. */
export interface LocalEvent {
  type: EventType;
  sourceKey: string;
  targetKey: string | null;
  placeKey: string | null;
  date: PartialDate | null;
  dateText: TextSpan | null;
  trigger: TextSpan;
  evidence: TextSpan;
  quote: TextSpan | null;
  modality: Modality;
  confidence: number;
  /** Id of the dictionary pattern or rule that fired, e.g. `fr.verb.accuser`. */
  rule: string;
}

/** What extraction finds in one article. */
export interface Extraction {
  actors: LocalActor[];
  events: LocalEvent[];
}
