import { z } from "zod";
import { PartialDate } from "./partial-date.js";
import { ActorId, ArticleId, Confidence, EventId, NonEmptyString } from "./primitives.js";
import { TextSpan } from "./span.js";

/** The 16 PLOVER event categories, plus STATEMENT for reported public statements and quotes. */
export const EventType = z
  .enum([
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "STATEMENT",
  ])
  .meta({
    id: "EventType",
    description: "The kind of political interaction, after the PLOVER ontology (plus STATEMENT).",
    values: {
      AGREE: "Agree to, sign, promise or accept something (PLOVER AGREE).",
      CONSULT: "Meet, talk, negotiate, phone (PLOVER CONSULT).",
      SUPPORT: "Praise, endorse, welcome or back the target (PLOVER SUPPORT).",
      CONCEDE: "Yield, release, withdraw a measure, apologise, resign under pressure (PLOVER CONCEDE).",
      COOPERATE: "Cooperate, including militarily; join a coalition (PLOVER COOPERATE).",
      AID: "Give material, military, humanitarian aid or asylum (PLOVER AID).",
      RETREAT: "Withdraw troops, hand over military control (PLOVER RETREAT).",
      REQUEST: "Demand, urge, call on, ask (PLOVER REQUEST).",
      ACCUSE: "Accuse, condemn, criticise, charge (PLOVER ACCUSE).",
      REJECT: "Refuse, deny, block, veto, vote against (PLOVER REJECT).",
      THREATEN: "Threaten or warn (PLOVER THREATEN).",
      PROTEST: "Demonstrate, rally, strike, boycott (PLOVER PROTEST).",
      SANCTION: "Impose sanctions, ban, expel, break relations (PLOVER SANCTION).",
      MOBILIZE: "Deploy, put on alert, reinforce security (PLOVER MOBILIZE).",
      COERCE: "Arrest, seize power, repress, shut down, destroy property (PLOVER COERCE).",
      ASSAULT: "Attack, kill, bomb, fight, invade (PLOVER ASSAULT).",
      STATEMENT: "A reported public statement or quote, with its speaker as source.",
    },
  });
export type EventType = z.infer<typeof EventType>;

export const Modality = z.enum(["ASSERTED", "NEGATED", "HYPOTHETICAL", "FUTURE"]).meta({
  id: "Modality",
  description: "Whether the text says the event happened.",
  values: {
    ASSERTED: "Reported as having happened or as agreed.",
    NEGATED: "Reported as not having happened ('did not meet').",
    HYPOTHETICAL: "Possible or conditional ('could', 'pourrait').",
    FUTURE: "Announced or planned, not yet happened ('will visit', 'va signer').",
  },
});
export type Modality = z.infer<typeof Modality>;

export const Event = z
  .object({
    id: EventId.describe("Stable identifier, derived from the article and the trigger's position."),
    type: EventType.describe("PLOVER category of the interaction (or STATEMENT)."),
    sourceId: ActorId.meta({ references: "Actor" }).describe("The actor who acts or speaks."),
    targetId: ActorId.meta({ references: "Actor" }).nullable().describe("The actor acted upon or addressed, when there is one."),
    placeId: ActorId.meta({ references: "Actor" }).nullable().describe("Where the event took place, when the text says."),
    articleId: ArticleId.meta({ references: "Article" }).describe("The article that reports the event."),
    date: PartialDate.nullable().describe(
      "When the event happened, resolved against the publication date ('l'année dernière' in a 2024 article is 2023); null when the text gives no date.",
    ),
    dateText: TextSpan.nullable().describe("The words the date was read from, when the text gives one."),
    trigger: TextSpan.describe("The words that express the event (verb or noun)."),
    evidence: TextSpan.describe("The sentence that reports the event."),
    quote: TextSpan.nullable().describe("The quoted words, for statements given as a direct quote."),
    modality: Modality.describe("Whether the event is asserted, negated, hypothetical or future."),
    confidence: Confidence.describe("How sure the extractor is of type, source and target together (0 to 1)."),
    rule: NonEmptyString.describe("Identifier of the extraction rule that produced the event, for auditing."),
  })
  .meta({ id: "Event", description: "A political interaction reported in an article, with its evidence." });
export type Event = z.infer<typeof Event>;
