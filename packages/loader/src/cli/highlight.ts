import type { Colors } from "./terminal.js";

/** A stretch of text to show differently: the event's trigger, or an actor's mention. */
export interface Mark {
  start: number;
  end: number;
  kind: "trigger" | "source" | "target" | "actor";
}

const PLAIN: Record<Mark["kind"], [string, string]> = {
  trigger: ["<<", ">>"],
  source: ["{", "}"],
  target: ["[", "]"],
  actor: ["|", "|"],
};

/** How the plain (uncoloured) marks read, for a legend line. */
export const PLAIN_LEGEND = "Marks: <<trigger>>, {source}, [target], |other actor|.";

/**
 * Renders `text` (which starts at offset `base` of its field) with the marks that fall inside it:
 * in colour on a terminal (trigger bold yellow, source cyan, target magenta, other actors underlined),
 * otherwise with plain `<<trigger>>`, `{source}`, `[target]` and `|other actor|` brackets. Overlapping marks: the first one
 * (in position order, the trigger first on a tie) wins.
 */
export function highlight(text: string, base: number, marks: readonly Mark[], colors: Colors): string {
  const order = { trigger: 0, source: 1, target: 2, actor: 3 };
  const inside = marks
    .filter((m) => m.start >= base && m.end <= base + text.length && m.end > m.start)
    .sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind]);
  let out = "";
  let at = 0;
  for (const mark of inside) {
    const start = mark.start - base;
    if (start < at) continue;
    const end = mark.end - base;
    out += text.slice(at, start) + style(text.slice(start, end), mark.kind, colors);
    at = end;
  }
  return out + text.slice(at);
}

function style(words: string, kind: Mark["kind"], colors: Colors): string {
  if (!colors.isColorSupported) {
    const [open, close] = PLAIN[kind];
    return `${open}${words}${close}`;
  }
  if (kind === "trigger") return colors.bold(colors.yellow(words));
  if (kind === "source") return colors.cyan(words);
  if (kind === "target") return colors.magenta(words);
  return colors.underline(words);
}
