import { z } from "zod";

/**
 * Leaf schemas that records are built from. Each carries the name of the GraphQL scalar
 * it prints as (`meta.graphql`), so the SDL printer never guesses.
 */

export const NonEmptyString = z
  .string()
  .regex(/\S/, "must contain a non-blank character")
  .meta({ graphql: "NonEmptyString" });

/** A UTF-16 code-unit offset or count (what JavaScript string indices measure). */
export const NonNegativeInt = z.number().int().nonnegative().meta({ graphql: "NonNegativeInt" });

/** A count or line number starting at 1. */
export const PositiveInt = z.number().int().positive().meta({ graphql: "PositiveInt" });

/** ISO 3166-1 alpha-2, upper case (e.g. `RU`, `NE`, `US`). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code in upper case")
  .meta({ graphql: "CountryCode" });

/** ISO 639-1 language code, lower case (e.g. `fr`, `en`). */
export const LanguageCode = z
  .string()
  .regex(/^[a-z]{2}$/, "must be an ISO 639-1 code in lower case")
  .meta({ graphql: "Locale" });

/** A calendar day `YYYY-MM-DD` that exists (2024-02-30 is rejected). */
export const LocalDate = z.iso.date().meta({ graphql: "LocalDate" });

/** A Wikidata item id such as `Q7747`. */
export const WikidataId = z
  .string()
  .regex(/^Q[1-9][0-9]*$/, "must be a Wikidata item id such as Q7747")
  .meta({ graphql: "String" });

/** A probability-like score in [0, 1]. */
export const Confidence = z.number().min(0).max(1).meta({ graphql: "Float" });

export const ArticleId = NonEmptyString.meta({ graphql: "ID" });
export const ActorId = NonEmptyString.meta({ graphql: "ID" });
export const EventId = NonEmptyString.meta({ graphql: "ID" });
