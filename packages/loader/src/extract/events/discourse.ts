/**
 * The actors recent sentences talk about, to resolve a subject pronoun ("il", "elle", "they", "-t-il")
 * to the last subject before it. English he/she take the last person; plural pronouns the last
 * non-person (a group, party, government) when there is one.
 */
import type { ActorKind } from "@corpus/schema";

/** An actor taking part in an event, by key. */
export interface Participant {
  key: string;
  kind: ActorKind;
}

interface Subject extends Participant {
  sentence: number;
}

const REACH = 2;

export class Discourse {
  private readonly subjects: Subject[] = [];
  private readonly agents: Subject[] = [];

  /** Records the author of a hostile act (attack, arrest, sanction…) reported in sentence `sentence`. */
  noteAgent(participant: Participant, sentence: number): void {
    this.agents.push({ key: participant.key, kind: participant.kind, sentence });
  }

  /**
   * The author of the latest hostile act within two sentences, other than `exclude`: what
   * "a condamné ces attaques" or "denounced the crime" is about when the object names no actor.
   */
  lastAgent(sentence: number, exclude: string): Participant | null {
    for (let i = this.agents.length - 1; i >= 0; i--) {
      const agent = this.agents[i]!;
      if (sentence - agent.sentence > REACH) break;
      if (agent.key !== exclude) return { key: agent.key, kind: agent.kind };
    }
    return null;
  }

  /** Records an actor in subject position in sentence `sentence`. */
  note(participant: Participant, sentence: number): void {
    this.subjects.push({ key: participant.key, kind: participant.kind, sentence });
  }

  /**
   * The antecedent of a subject pronoun met in sentence `sentence`: `person` requires a PERSON
   * (English he/she), `plural` prefers a non-person. Looks back at most two sentences.
   */
  antecedent(sentence: number, want: { person: boolean; plural: boolean }, exclude?: string): Participant | null {
    let fallback: Subject | null = null;
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const subject = this.subjects[i]!;
      if (sentence - subject.sentence > REACH) break;
      if (subject.key === exclude) continue;
      if (want.person && subject.kind !== "PERSON") continue;
      if (want.plural && subject.kind === "PERSON") {
        fallback ??= subject;
        continue;
      }
      return { key: subject.key, kind: subject.kind };
    }
    return fallback && { key: fallback.key, kind: fallback.kind };
  }
}
