import type { TextField } from "@corpus/schema";

/** Plain code-unit order: unlike `localeCompare`, it does not depend on the machine's ICU data. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Title spans come before body spans. */
export function compareFields(a: TextField, b: TextField): number {
  return (a === "TITLE" ? 0 : 1) - (b === "TITLE" ? 0 : 1);
}
