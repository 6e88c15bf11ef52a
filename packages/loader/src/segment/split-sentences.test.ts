import type { BodySpan } from "@corpus/schema";
import { describe, expect, test } from "vitest";
import type { Language } from "../document.js";
import { splitSentences } from "./split-sentences.js";

/** Splits one paragraph and returns the sentence texts. */
function split(text: string, language: Language = "fr"): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }], language).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences: French", () => {
  test.each([
    ["plain stops", "Le conseil s'est réuni. Il a voté la loi.", ["Le conseil s'est réuni.", "Il a voté la loi."]],
    ["M. and Mme", "M. Durand a vu Mme Leroux. Ils ont parlé.", ["M. Durand a vu Mme Leroux.", "Ils ont parlé."]],
    ["MM. before two names", "MM. Martin et Petit sont arrivés hier.", ["MM. Martin et Petit sont arrivés hier."]],
    ["military titles", "Le Gén. Tchiani a reçu le Col. Maïga. Puis il est parti.", ["Le Gén. Tchiani a reçu le Col. Maïga.", "Puis il est parti."]],
    ["lower-case gén.", "Le gén. Dupuis commande la région.", ["Le gén. Dupuis commande la région."]],
    ["Dr and Pr", "Le Dr. Nguyen et le Pr. Okafor ont signé.", ["Le Dr. Nguyen et le Pr. Okafor ont signé."]],
    ["page reference", "Voir p. 3 du rapport. La suite est claire.", ["Voir p. 3 du rapport.", "La suite est claire."]],
    ["article reference", "Selon l'art. 16 de la Constitution, il décide.", ["Selon l'art. 16 de la Constitution, il décide."]],
    ["dotted acronym with elision", "Il a rejoint l'U.E. en 1995. Puis il a voté.", ["Il a rejoint l'U.E. en 1995.", "Puis il a voté."]],
    ["acronym then capitalised name", "La société S.A. Dubois a fermé.", ["La société S.A. Dubois a fermé."]],
    ["acronym then a sentence starter", "Il s'est rendu aux U.S.A. Le voyage a duré deux jours.", ["Il s'est rendu aux U.S.A.", "Le voyage a duré deux jours."]],
    ["decimal comma and percent", "La hausse atteint 3,5 %. Elle ralentit.", ["La hausse atteint 3,5 %.", "Elle ralentit."]],
    ["decimal point", "Le taux passe à 2.5 points. Personne ne s'y attendait.", ["Le taux passe à 2.5 points.", "Personne ne s'y attendait."]],
    ["closing guillemet after the stop", "Il a dit : « Nous formerons l'armée. » Puis il est reparti.", ["Il a dit : « Nous formerons l'armée. »", "Puis il est reparti."]],
    ["guillemet after a no-break space", "Il a dit : «\u00a0Nous partons.\u00a0» Ensuite rien.", ["Il a dit : «\u00a0Nous partons.\u00a0»", "Ensuite rien."]],
    ["guillemet after a narrow no-break space", "Elle a dit : «\u202fC'est fini.\u202f» Le silence suit.", ["Elle a dit : «\u202fC'est fini.\u202f»", "Le silence suit."]],
    ["question with lower-case attribution", "« Pourquoi partir maintenant ? » a-t-il demandé. Personne n'a répondu.", ["« Pourquoi partir maintenant ? » a-t-il demandé.", "Personne n'a répondu."]],
    ["exclamation with attribution after a comma", "« Jamais ! », a lancé la ministre.", ["« Jamais ! », a lancé la ministre."]],
    ["question then a new sentence", "Que faire ? Le gouvernement hésite.", ["Que faire ?", "Le gouvernement hésite."]],
    ["ellipsis inside a sentence", "Nous sommes ici... et nous restons.", ["Nous sommes ici... et nous restons."]],
    ["ellipsis ending a sentence", "Il hésite… Puis il signe.", ["Il hésite…", "Puis il signe."]],
    ["bracketed ellipsis in a quote", "« Nous avons (...) Tout accepté », dit-il.", ["« Nous avons (...) Tout accepté », dit-il."]],
    ["straight quotes closing the sentence", "Il a déclaré : \"Nous sommes prêts.\" La salle a applaudi.", ["Il a déclaré : \"Nous sommes prêts.\"", "La salle a applaudi."]],
    ["straight quote opening the next sentence", "Le vote est fini. \"Nous avons gagné\", dit-il.", ["Le vote est fini.", "\"Nous avons gagné\", dit-il."]],
    ["number after a full stop", "Ils étaient 300 en 2023. 450 personnes sont venues cette année.", ["Ils étaient 300 en 2023.", "450 personnes sont venues cette année."]],
    ["n° is no full stop", "Le décret n° 12 est paru. Il s'applique.", ["Le décret n° 12 est paru.", "Il s'applique."]],
    ["no final punctuation", "Un titre intermédiaire sans point", ["Un titre intermédiaire sans point"]],
  ])("%s", (_name, text, expected) => {
    expect(split(text, "fr")).toEqual(expected);
  });
});

describe("splitSentences: English", () => {
  test.each([
    ["titles", "Mr. Smith met Gen. Jones and Sen. Brown. They agreed.", ["Mr. Smith met Gen. Jones and Sen. Brown.", "They agreed."]],
    ["Mrs., Ms., Dr., Gov., Lt., Rep.", "Mrs. Lee, Ms. Park, Dr. Obi, Gov. Ruiz, Lt. Diaz and Rep. Cole spoke.", ["Mrs. Lee, Ms. Park, Dr. Obi, Gov. Ruiz, Lt. Diaz and Rep. Cole spoke."]],
    ["initials", "J. F. Kennedy spoke first. George W. Bush spoke last.", ["J. F. Kennedy spoke first.", "George W. Bush spoke last."]],
    ["U.S. before a name", "The U.S. Treasury said so. Markets fell.", ["The U.S. Treasury said so.", "Markets fell."]],
    ["U.S. ending a sentence before a starter", "Talks were held in the U.S. The next round is in May.", ["Talks were held in the U.S.", "The next round is in May."]],
    ["U.N. inside", "The U.N. Security Council met on Monday.", ["The U.N. Security Council met on Monday."]],
    ["months before a day", "It was signed on Jan. 5 and ratified on Sept. 12. Nothing changed.", ["It was signed on Jan. 5 and ratified on Sept. 12.", "Nothing changed."]],
    ["No. before a number", "He lives at No. 10 with his staff.", ["He lives at No. 10 with his staff."]],
    ["vol. and p.", "See vol. 2, p. 14. It explains the rule.", ["See vol. 2, p. 14.", "It explains the rule."]],
    ["company then starter", "Shares of Acme Inc. rose. The Acme Co. board met.", ["Shares of Acme Inc. rose.", "The Acme Co. board met."]],
    ["company ending a sentence", "It sold the unit to Acme Inc. The deal closed.", ["It sold the unit to Acme Inc.", "The deal closed."]],
    ["St. before a name", "He flew to St. Petersburg on Friday.", ["He flew to St. Petersburg on Friday."]],
    ["curly quotes", "He said: “We will stay.” Then he left.", ["He said: “We will stay.”", "Then he left."]],
    ["question in quotes with attribution", "“Why now?” he asked. No one answered.", ["“Why now?” he asked.", "No one answered."]],
    ["exclamation", "Stop! The guards shouted.", ["Stop!", "The guards shouted."]],
    ["etc. before a capital", "They sold oil, gas, etc. Prices then rose.", ["They sold oil, gas, etc.", "Prices then rose."]],
    ["decimal", "Growth was 2.5 pct in March. It slowed.", ["Growth was 2.5 pct in March.", "It slowed."]],
    ["parenthesis after the stop", "The vote passed (by two votes.) Then the house rose.", ["The vote passed (by two votes.)", "Then the house rose."]],
  ])("%s", (_name, text, expected) => {
    expect(split(text, "en")).toEqual(expected);
  });
});

describe("splitSentences: paragraphs and offsets", () => {
  const body = "Premier paragraphe. Deuxième phrase.\n\nM. Dupont parle.\nIl continue sur une autre ligne.\n\n« Fin. » Vraiment.";
  const paragraphs: BodySpan[] = [];
  for (const match of body.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) paragraphs.push({ start: match.index, end: match.index + match[0].length });
  const sentences = splitSentences(body, paragraphs, "fr");

  test("paragraph ends are hard boundaries and single newlines are spaces", () => {
    expect(sentences.map((s) => [s.paragraph, body.slice(s.start, s.end)])).toEqual([
      [0, "Premier paragraphe."],
      [0, "Deuxième phrase."],
      [1, "M. Dupont parle."],
      [1, "Il continue sur une autre ligne."],
      [2, "« Fin. »"],
      [2, "Vraiment."],
    ]);
  });

  test("every sentence lies in its paragraph, is trimmed, and together they cover the paragraph's non-blank text", () => {
    paragraphs.forEach((paragraph, index) => {
      const own = sentences.filter((s) => s.paragraph === index);
      for (const s of own) {
        expect(s.start).toBeGreaterThanOrEqual(paragraph.start);
        expect(s.end).toBeLessThanOrEqual(paragraph.end);
        const slice = body.slice(s.start, s.end);
        expect(slice).toBe(slice.trim());
        expect(slice.length).toBeGreaterThan(0);
      }
      const covered = own.map((s) => body.slice(s.start, s.end)).join("");
      expect(covered.replace(/\s+/g, "")).toBe(body.slice(paragraph.start, paragraph.end).replace(/\s+/g, ""));
    });
  });
});
