import { describe, expect, it } from "vitest";
import { findQuotes, insideQuote, quotesAt } from "./quotes.js";

const quoted = (text: string) => findQuotes(text).map((quote) => text.slice(quote.start, quote.end));

describe("findQuotes", () => {
  it("finds guillemets, curly and straight quotes, trimmed", () => {
    expect(quoted("Il a dit : « Nous partirons. » Puis “we stay” and \"no way\".")).toEqual(["Nous partirons.", "we stay", "no way"]);
  });

  it("keeps a French quote that spans two paragraphs as one", () => {
    expect(quoted("« Premier.\n\nSecond. » fin")).toEqual(["Premier.\n\nSecond."]);
  });

  it("does not pair straight quotes across paragraphs and ignores unclosed marks", () => {
    expect(quoted('He said "yes\n\nThen "ok" « open')).toEqual(["ok"]);
  });

  it("skips a straight quote that can neither open nor close", () => {
    expect(quoted('A 12" screen. He said "fine".')).toEqual(["fine"]);
  });

  it("tells which quote encloses an offset", () => {
    const text = "A « b c » d";
    const quotes = findQuotes(text);
    const [inside, outside] = quotesAt(quotes, [{ start: text.indexOf("c") }, { start: text.indexOf("d") }]);
    expect(inside).not.toBeNull();
    expect(outside).toBeNull();
  });
});

describe("insideQuote", () => {
  it("tells a sentence wholly inside a quote of several sentences from the one that closes it", () => {
    const text = "Il a parlé. « Tout va bien. Nous tenons. Rien ne bouge », a-t-il dit.";
    const quotes = findQuotes(text);
    const span = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;
    expect(insideQuote(quotes, ...span("Nous tenons."))).toBe(true);
    expect(insideQuote(quotes, ...span("« Tout va bien."))).toBe(true);
    expect(insideQuote(quotes, ...span("Rien ne bouge », a-t-il dit."))).toBe(false);
    expect(insideQuote(quotes, ...span("Il a parlé."))).toBe(false);
  });
});
