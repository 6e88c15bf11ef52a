/**
 * English verb inflection by rule plus an irregular table (data/events/irregular-verbs.en.json):
 * enough to expand the dictionary's base forms into the forms news text uses, without a runtime
 * lemmatiser. Over-generation ("visitted") is harmless: such forms never occur in text.
 */
import irregularData from "../../../data/events/irregular-verbs.en.json" with { type: "json" };
import { FormTag } from "./form-tags.js";

interface Irregular {
  past: string[];
  participle: string[];
}
const irregular: Record<string, Irregular> = irregularData.irregular;
const extraForms: Record<string, string[]> = irregularData.extraForms;
const doubling = new Set(irregularData.doubleFinalConsonant);

/** One inflected form and what it can be (a bit set of {@link FormTag}). */
export interface TaggedForm {
  form: string;
  tags: number;
}

const VOWEL = /[aeiou]/;

function thirdPerson(base: string): string {
  if (/(s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function stems(base: string): string[] {
  if (doubling.has(base)) return [base + base.at(-1)];
  // One-syllable consonant-vowel-consonant words double their last consonant (ban → banned).
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && VOWEL.test(base)) return [base + base.at(-1), base];
  return [base];
}

function pastRegular(base: string): string[] {
  if (base.endsWith("e")) return [`${base}d`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ied`];
  return stems(base).map((stem) => `${stem}ed`);
}

function gerund(base: string): string[] {
  if (base.endsWith("ie")) return [`${base.slice(0, -2)}ying`];
  if (base.endsWith("e") && !base.endsWith("ee")) return [`${base.slice(0, -1)}ing`];
  return stems(base).map((stem) => `${stem}ing`);
}

/** Every form of an English verb with its possible uses: base, -s, past, participle, -ing. */
export function inflectEnglish(base: string): TaggedForm[] {
  const forms = new Map<string, number>();
  const add = (form: string, tag: number) => forms.set(form, (forms.get(form) ?? 0) | tag);
  add(base, FormTag.FINITE | FormTag.INFINITIVE);
  add(thirdPerson(base), FormTag.FINITE);
  const irr = irregular[base];
  for (const form of irr?.past ?? pastRegular(base)) add(form, FormTag.FINITE);
  for (const form of irr?.participle ?? pastRegular(base)) add(form, FormTag.PARTICIPLE);
  for (const form of gerund(base)) add(form, FormTag.GERUND);
  for (const form of extraForms[base] ?? []) add(form, FormTag.FINITE);
  return [...forms].map(([form, tags]) => ({ form, tags }));
}

let irregularForms: Set<string> | null = null;

/** True for a form of an English irregular verb ("came", "made", "read", "comes"): such a word after a noun is its verb. */
export function isIrregularVerbForm(word: string): boolean {
  irregularForms ??= new Set(Object.entries(irregular).flatMap(([base, { past, participle }]) => [base, thirdPerson(base), ...past, ...participle]));
  return irregularForms.has(word);
}
