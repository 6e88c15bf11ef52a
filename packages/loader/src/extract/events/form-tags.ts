/** What an inflected verb form can be; a form may carry several (English "banned": past and participle). */
export const FormTag = {
  FINITE: 1,
  PARTICIPLE: 2,
  INFINITIVE: 4,
  GERUND: 8,
  FUTURE: 16,
  CONDITIONAL: 32,
} as const;

/** True when the tag set `tags` includes `tag`. */
export const hasTag = (tags: number, tag: number): boolean => (tags & tag) !== 0;
