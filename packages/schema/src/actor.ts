import { z } from "zod";
import { ActorId, ArticleId, Confidence, CountryCode, NonEmptyString, NonNegativeInt, WikidataId } from "./primitives.js";
import { TextField } from "./span.js";

export const ActorKind = z.enum(["PERSON", "ORGANIZATION", "COUNTRY", "GROUP", "LOCATION"]).meta({
  id: "ActorKind",
  description: "What sort of actor this is.",
  values: {
    PERSON: "A named individual.",
    ORGANIZATION: "A formal institution: government body, ministry, armed force, party, company, media outlet, international organisation.",
    COUNTRY: "A state, including its government when the text uses the country or its capital as an agent.",
    GROUP: "A collective that is not a formal institution: a junta, rebels, protesters, 'Russian military instructors'.",
    LOCATION: "A named place below the state level: city, region, site.",
  },
});
export type ActorKind = z.infer<typeof ActorKind>;

export const Mention = z
  .object({
    articleId: ArticleId.meta({ references: "Article" }).describe("The article the mention is in."),
    field: TextField.describe("Whether the offsets point into the title or the body."),
    start: NonNegativeInt.describe("Offset of the first character (UTF-16 code units)."),
    end: NonNegativeInt.describe("Offset just past the last character (UTF-16 code units)."),
    text: NonEmptyString.describe("The words of the mention, verbatim."),
    confidence: Confidence.describe("How sure the extractor is that this text refers to this actor (0 to 1)."),
  })
  .refine((m) => m.text.length === m.end - m.start, "text must be the slice [start, end)")
  .meta({ id: "Mention", description: "One place where an actor is named or referred to in an article." });
export type Mention = z.infer<typeof Mention>;

export const Actor = z
  .object({
    id: ActorId.describe(
      "Stable identifier: the same real-world actor has the same id in every article and on every run (e.g. `country:RU`, `wd:Q7747`).",
    ),
    name: NonEmptyString.describe("Canonical display name (English when known)."),
    kind: ActorKind.describe("Person, organisation, country, group or location."),
    country: CountryCode.nullable().describe("The state the actor belongs to or acts for (ISO 3166-1 alpha-2); null for international bodies or when unknown."),
    wikidataId: WikidataId.nullable().describe("Wikidata item id when the actor is in the curated dictionary (e.g. `Q159` for Russia)."),
    aliases: z.array(NonEmptyString).describe("Other names and surface forms seen for this actor (e.g. `Russie`, `Moscou`, `russes`)."),
    roles: z.array(NonEmptyString).describe("Titles and roles the texts give the actor (e.g. `président russe`)."),
    mentions: z
      .array(Mention)
      .meta({ omitFromGraphQL: "exposed by the API as a paginated connection" })
      .describe("Every place the actor is mentioned."),
  })
  .meta({ id: "Actor", description: "A person, organisation, country, group or place that takes part in the news." });
export type Actor = z.infer<typeof Actor>;
