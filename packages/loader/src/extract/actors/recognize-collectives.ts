import type { TextField } from "@corpus/schema";
import type { FieldScan } from "./field-scan.js";
import type { Identity } from "./gazetteer.js";
import { collectiveIdentity } from "./identities.js";
import type { RawMention } from "./raw-mention.js";

const DETERMINERS = new Set(["le", "la", "les", "l'", "des", "du", "the", "ses", "son", "sa", "leurs", "leur", "their", "its", "his", "her", "ces", "these", "those", "plusieurs", "several", "many", "some", "certains", "nombreux"]);
const QUANTITY = /^\d+$/;
const ENGLISH_ADJECTIVE = /(?:al|ic|ous|ive|ful|ary|ian|ese|ish|ern|ent|ant)$/;

/**
 * Described collectives: an agent noun ("junte", "protesters", "forces", "government") with what
 * tells whose it is — a demonym or country before or after it ("les forces françaises",
 * "Serbian protesters", "government of Syria"). Government words fold into the state they name;
 * the others become one group per label and country. `fallbackCountry` is the article's main country.
 */
export function recognizeCollectives(scan: FieldScan, field: TextField, consumed: boolean[], fallbackCountry: Identity | null): RawMention[] {
  const { tokens } = scan;
  const mentions: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = scan.matchAt[i];
    const agent = scan.entryOf(match, "agent");
    if (agent === undefined || consumed[i]) continue;
    const before = tokens[i - 1];
    const hasDeterminer = before !== undefined && (DETERMINERS.has(before.fold) || QUANTITY.test(before.fold));
    let from = i;
    let to = match!.to;
    let country: Identity | undefined;
    const left = countryEndingAt(scan, i);
    const after = tokens[match!.to];
    const nameGoesOn = after?.cap === true || (after !== undefined && scan.g.connectors.has(after.fold) && tokens[match!.to + 1]?.cap === true);
    if (tokens[i]!.cap && ((left === undefined && before?.cap) || nameGoesOn)) continue; // "Syrian Democratic Forces", "Armée de Libération": names
    // "Northamptonshire police": a proper name before the noun makes one name, left to the name rules
    if (left === undefined && scan.language === "en" && before?.cap && !consumed[i - 1] && !before.sentenceStart) continue;
    const named = tokens[i]!.cap && left !== undefined; // "Syrian Army": an institution's name, not a description
    if (left !== undefined) {
      country = left.country;
      from = left.from;
    } else if (scan.language === "fr") {
      // French puts the demonym after the noun: "les forces (de sécurité) afghanes"
      for (let k = to; k < tokens.length && k <= to + 3; k++) {
        const right = scan.matchAt[k];
        const found = scan.entryOf(right, "demonym")?.country ?? scan.entryOf(right, "country")?.identity;
        if (found !== undefined) {
          country = found;
          to = right!.to;
          break;
        }
        const t = tokens[k]!;
        if (!t.word || (t.cap && !scan.g.connectors.has(t.fold)) || (scan.isCommonWord(k) && !scan.g.connectors.has(t.fold))) break;
      }
    }
    const determinerStart = from === i && hasDeterminer ? i - 1 : from;
    const sentenceNoun = tokens[i]!.sentenceStart || tokens[i]!.cap;
    if (country === undefined && !hasDeterminer && !sentenceNoun && scan.language === "fr") continue;
    for (let k = determinerStart; k < to; k++) consumed[k] = true;
    const owner = country ?? fallbackCountry;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    const text = scan.text.slice(start, end);
    const modified = modifiersBefore(scan, determinerStart);
    const aliasStart = Math.min(determinerStart, modified);
    const alias = aliasStart < from ? scan.text.slice(tokens[aliasStart]!.start, end) : undefined;
    if (agent.foldsIntoCountry && owner === null) continue;
    if (agent.foldsIntoCountry && owner !== null && owner.kind !== "COUNTRY") {
      // a territory's government (Hong Kong's) is a body of its own, not a state
      const government = collectiveIdentity(agent.label, "ORGANIZATION", owner.country, `Government of ${owner.name}`);
      mentions.push({ field, start, end, identity: government, evidence: country ? "pattern" : "coreference", generic: true, alias: alias ?? text });
      continue;
    }
    if (agent.foldsIntoCountry && owner !== null) {
      mentions.push({ field, start, end, identity: owner, evidence: country ? "pattern" : "coreference", generic: false, ...(alias ? { alias } : {}) });
      continue;
    }
    const identity = collectiveIdentity(agent.label, agent.kind, owner?.country ?? null, text);
    mentions.push({
      field,
      start,
      end,
      identity,
      evidence: country ? "pattern" : "coreference",
      generic: !named,
      ...(alias ? { alias } : {}),
    });
  }
  return mentions;
}

/** "33 Russian individuals", "political prisoners": numbers and lower-case adjectives before an English noun phrase. */
function modifiersBefore(scan: FieldScan, from: number): number {
  if (scan.language !== "en" || from === 0) return from;
  const previous = scan.tokens[from - 1]!;
  if (QUANTITY.test(previous.fold)) return from - 1;
  return previous.word && !previous.cap && ENGLISH_ADJECTIVE.test(previous.fold) && !scan.isCommonWord(from - 1) ? from - 1 : from;
}

/** "Serbian protesters", "33 Russian individuals", "Hong Kong protesters": a country word right before the noun. */
function countryEndingAt(scan: FieldScan, index: number): { country: Identity; from: number } | undefined {
  for (let k = index - 1; k >= 0 && k >= index - 4; k--) {
    const match = scan.matchAt[k];
    if (match === undefined) continue;
    if (match.to !== index) return undefined;
    const country = scan.entryOf(match, "demonym")?.country ?? scan.entryOf(match, "country")?.identity;
    return country === undefined ? undefined : { country, from: k };
  }
  return undefined;
}
