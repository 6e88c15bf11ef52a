/**
 * What recent sentences talk about, for the slots a sentence leaves to context: a subject pronoun
 * ("il", "elle", "they", "-t-il") resolves to the last compatible subject (English he/she and French
 * il/elle prefer a person, a plural a group or collective, else a non-person), "ce dernier"/"the latter" to the last actor
 * named; a condemnation with no named object is about the author of the latest hostile act; a
 * reply (accepting, refusing, giving in) answers whoever last addressed its author.
 */
import type { ActorKind, EventType } from "@corpus/schema";
import type { NameGender } from "../actors/first-name-gender.js";

/** An actor taking part in an event, by key. */
export interface Participant {
  key: string;
  kind: ActorKind;
}

interface Entry extends Participant {
  sentence: number;
  /** In subject position (or the source of an event), rather than named elsewhere in the sentence. */
  subject: boolean;
  /** Named by a plural noun ("les habitants", "protesters"). */
  plural?: boolean;
}

interface Act {
  type: EventType;
  source: Participant;
  target: Participant | null;
  sentence: number;
}

/** What a pronoun asks of its antecedent. */
export interface PronounWant {
  /** English he/she: a person only. */
  person: boolean;
  /** A plural pronoun: a group or plural collective if there is one, else a non-person. */
  plural: boolean;
  /** French il: a person named in the latest sentence that names actors, else its subject. */
  preferPerson?: boolean;
  /** "ce dernier", "the latter": the last actor named, whatever its role. */
  latest?: boolean;
  /** English "it" ("it said"): a body or a state in subject position, never a person nor a group. */
  neuter?: boolean;
  /** An inverted pronoun after what was said ("…, a-t-elle ajouté"): a person or a body speaks, not a country nor a crowd. */
  speaker?: boolean;
  /** Il/elle, he/she: a person known to be of the other gender is no antecedent. */
  gender?: NameGender;
}

const REACH = 2;
/** How far back "they" looks for a plural collective before it settles for a body or a country. */
const PLURAL_REACH = 5;

/** A group, or an actor named by a plural noun. */
const isCollective = (entry: Entry): boolean => entry.plural === true || entry.kind === "GROUP";

/**
 * French "il": the actors of the latest sentence that names any, a person first (subject, then
 * any role), else that sentence's subject, else what it names ("Le PP a exclu X. … il vota" → X;
 * "… que doit engager la Grèce. Il a déclaré" → la Grèce).
 */
function latestSentenceChoice(recent: readonly Entry[]): Entry | undefined {
  const singular = recent.filter((entry) => !entry.plural);
  const sentence = singular[0]?.sentence;
  const latest = singular.filter((entry) => entry.sentence === sentence);
  const person = (entry: Entry) => entry.kind === "PERSON";
  return latest.find((entry) => entry.subject && person(entry)) ?? latest.find(person) ?? latest.find((entry) => entry.subject) ?? latest[latest.length - 1];
}
/** How far back a reply looks for the request it answers. */
const REPLY_REACH = 4;

export class Discourse {
  /** @param genderOf the gender of a person actor when its name or title tells it */
  constructor(private readonly genderOf: (key: string) => NameGender | undefined = () => undefined) {}

  private readonly entries: Entry[] = [];
  /** Sentences wholly inside a quotation, in order: a speaker's words do not move the story on. */
  private readonly quoted: number[] = [];
  private readonly agents: Participant[] = [];
  private readonly acts: Act[] = [];

  /** Records the author of a hostile act (attack, arrest…), in the order the story tells them. */
  noteAgent(participant: Participant): void {
    this.agents.push({ key: participant.key, kind: participant.kind });
  }

  /**
   * The author of the latest hostile act told so far, other than `exclude`: what "a condamné ces
   * attaques" or "denounced the crime" is about when the object names no actor. A story reports
   * its reactions after its deeds, often several paragraphs later, so there is no distance limit.
   */
  lastAgent(exclude: string): Participant | null {
    for (let i = this.agents.length - 1; i >= 0; i--) {
      const agent = this.agents[i]!;
      if (agent.key !== exclude) return { key: agent.key, kind: agent.kind };
    }
    return null;
  }

  /** Records an asserted act, so that a later reply can find whom it answers. */
  noteAct(type: EventType, source: Participant, target: Participant | null, sentence: number): void {
    this.acts.push({ type, source, target, sentence });
  }

  /**
   * Whom a reply by `author` answers: the source of the latest act of one of `types` addressed to
   * `author` within a few sentences ("X asked Y …. Y accepted" → X).
   */
  addresserOf(author: string, types: ReadonlySet<EventType>, sentence: number): Participant | null {
    for (let i = this.acts.length - 1; i >= 0; i--) {
      const act = this.acts[i]!;
      if (sentence - act.sentence > REPLY_REACH) break;
      if (act.target?.key === author && act.source.key !== author && types.has(act.type)) return act.source;
    }
    return null;
  }

  /**
   * Marks sentence `sentence` as wholly quoted: a pronoun after a quote of several sentences still
   * reaches the speaker named before it ("X a dit : « … . … . » Il a ajouté …").
   */
  skipQuoted(sentence: number): void {
    this.quoted.push(sentence);
  }

  /** Sentences from `from` to `to`, quoted ones not counted. */
  private distance(from: number, to: number): number {
    let skipped = 0;
    for (let i = this.quoted.length - 1; i >= 0 && this.quoted[i]! > from; i--) if (this.quoted[i]! < to) skipped++;
    return to - from - skipped;
  }

  /**
   * The body or state last noted as a subject in sentence `sentence` itself, other than `exclude`: what
   * "it" stands for right after its verb of saying ("the ministry said it would expel …"). Null when that
   * subject is a person or a collective, or when the sentence has none yet.
   */
  neuterSubjectOf(sentence: number, exclude?: string): Participant | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (entry.sentence !== sentence) return null;
      if (!entry.subject || entry.key === exclude) continue;
      return entry.kind === "PERSON" || isCollective(entry) ? null : { key: entry.key, kind: entry.kind };
    }
    return null;
  }

  /** Records an actor in subject position in sentence `sentence`. */
  note(participant: Participant, sentence: number, plural = false): void {
    this.entries.push({ key: participant.key, kind: participant.kind, sentence, subject: true, plural });
  }

  /**
   * Records an actor named in sentence `sentence` in another role (object, complement); a plural
   * collective ("ses habitants") is no antecedent for a singular pronoun.
   */
  noteMention(participant: Participant, sentence: number, plural = false): void {
    this.entries.push({ key: participant.key, kind: participant.kind, sentence, subject: false, plural });
  }

  /** The latest plural collective or group in subject position within {@link PLURAL_REACH} sentences, other than `exclude`. */
  private collectiveSubjectBefore(sentence: number, exclude?: string): Entry | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (this.distance(entry.sentence, sentence) > PLURAL_REACH) return undefined;
      if (entry.subject && entry.key !== exclude && isCollective(entry)) return entry;
    }
    return undefined;
  }

  /** The latest person of the pronoun's gender, known from name or title (a subject first), for he/she, il/elle. */
  private genderMatch(recent: readonly Entry[], want: PronounWant): Entry | undefined {
    if (want.gender === undefined || want.latest || want.plural) return undefined;
    const fits = (entry: Entry) => entry.kind === "PERSON" && this.genderOf(entry.key) === want.gender;
    const sentence = recent[0]?.sentence;
    // Only in the latest sentence that names anyone: further back, the subject rule is surer than a name's gender.
    const candidates = recent.filter((entry) => entry.sentence === sentence);
    return candidates.find((entry) => entry.subject && fits(entry)) ?? candidates.find(fits);
  }

  /** Words quoted are said by a person or a body: not by a country, nor by a collective for a singular pronoun. */
  private notASpeaker(entry: Entry, want: PronounWant): boolean {
    return entry.kind === "COUNTRY" || (!want.plural && (entry.kind === "GROUP" || entry.plural === true));
  }

  /** "elle" names no man and "he" no woman; a person of unknown gender and a non-person fit either. */
  private genderFits(entry: Entry, gender: NameGender | undefined): boolean {
    if (gender === undefined || entry.kind !== "PERSON") return true;
    const known = this.genderOf(entry.key);
    return known === undefined || known === gender;
  }

  /**
   * The antecedent of a pronoun met in sentence `sentence` (see {@link PronounWant}), other than
   * `exclude`. Looks back at most two sentences.
   */
  antecedent(sentence: number, want: PronounWant, exclude?: string): Participant | null {
    const recent: Entry[] = [];
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (this.distance(entry.sentence, sentence) > REACH) break;
      // A city or region is where things happen, not who speaks or acts again ("À Tourcoing, … indique-t-il").
      if (entry.key !== exclude && entry.kind !== "LOCATION" && !(want.speaker && this.notASpeaker(entry, want)) && this.genderFits(entry, want.gender)) recent.push(entry);
    }
    const subjects = recent.filter((entry) => entry.subject);
    const isPerson = (entry: Entry) => entry.kind === "PERSON";
    let found: Entry | undefined = this.genderMatch(recent, want);
    if (found) {
      // A person whose name or title says the pronoun's gender: "X a reçu Mme Y. … estime-t-elle" → Y.
    } else if (want.neuter) found = subjects.find((entry) => !isPerson(entry) && !isCollective(entry));
    // "cette dernière", "ce dernier" are singular: no plural collective ("les terroristes").
    else if (want.latest) {
      const singular = recent.filter((entry) => !(want.gender && isCollective(entry)));
      found = singular.find((entry) => entry.sentence < sentence) ?? singular[0];
    }
    else if (want.person) found = subjects.find(isPerson) ?? recent.find(isPerson);
    // "they": a plural collective or group first ("the protesters", "les rebelles"), even a few sentences back, then a body or country.
    else if (want.plural) found = subjects.find(isCollective) ?? this.collectiveSubjectBefore(sentence, exclude) ?? subjects.find((entry) => !isPerson(entry)) ?? subjects[0];
    else if (want.preferPerson) found = latestSentenceChoice(recent);
    else found = subjects[0];
    return found ? { key: found.key, kind: found.kind } : null;
  }
}
