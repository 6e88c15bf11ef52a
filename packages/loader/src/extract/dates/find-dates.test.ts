import { toPartialDate, type PartialDate } from "@corpus/schema";
import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates.js";

const found = (text: string, language: "fr" | "en", published: string) =>
  findDates(text, 0, text.length, language, toPartialDate(published) as PartialDate).map((date) => [text.slice(date.start, date.end), date.date.value]);

describe("findDates (French)", () => {
  const pub = "2024-04-11"; // a Thursday
  it("resolves relative days, including what chrono misreads", () => {
    expect(found("Il est arrivé hier.", "fr", pub)).toEqual([["hier", "2024-04-10"]]);
    expect(found("Elle est partie avant-hier.", "fr", pub)).toEqual([["avant-hier", "2024-04-09"]]);
    expect(found("La veille, rien.", "fr", pub)).toEqual([["La veille", "2024-04-10"]]);
    expect(found("Le lendemain, tout change.", "fr", pub)).toEqual([["Le lendemain", "2024-04-12"]]);
    expect(found("Il l'a dit aujourd'hui.", "fr", pub)).toEqual([["aujourd'hui", "2024-04-11"]]);
    expect(found("L'armée vient de partir.", "fr", pub)).toEqual([["vient de", "2024-04-11"]]);
  });

  it("takes a weekday as the most recent such day, never a coming one", () => {
    expect(found("Il a parlé mardi soir.", "fr", pub)).toEqual([["mardi", "2024-04-09"]]);
    expect(found("Ce jeudi, il signe.", "fr", pub)).toEqual([["jeudi", "2024-04-11"]]);
    expect(found("Il viendra lundi prochain.", "fr", pub)).toEqual([]);
  });

  it("reads years and months the way the text gives them", () => {
    expect(found("L'an dernier, il a refusé.", "fr", pub)).toEqual([["L'an dernier", "2023"]]);
    expect(found("l'année dernière", "fr", pub)).toEqual([["l'année dernière", "2023"]]);
    expect(found("Le mois dernier, déjà.", "fr", pub)).toEqual([["Le mois dernier", "2024-03"]]);
    expect(found("Il a signé en juillet 2023.", "fr", pub)).toEqual([["en juillet 2023", "2023-07"]]);
    expect(found("Prévu fin 2023.", "fr", pub)).toEqual([["fin 2023", "2023"]]);
    expect(found("Il est venu début avril.", "fr", pub)).toEqual([["début avril", "2024-04"]]);
    expect(found("C'était en janvier.", "fr", pub)).toEqual([["en janvier", "2024-01"]]);
    expect(found("Il a été élu en 1962.", "fr", pub)).toEqual([["en 1962", "1962"]]);
    expect(found("Il y a trois ans, il a fui.", "fr", pub)).toEqual([["Il y a trois ans", "2021"]]);
  });

  it("reads explicit calendar dates with chrono, inferring a missing year", () => {
    expect(found("Le 5 juillet 1962, la guerre finit.", "fr", pub)).toEqual([["5 juillet 1962", "1962-07-05"]]);
    expect(found("depuis le 30 juin dernier", "fr", "2012-07-02")).toEqual([["30 juin", "2012-06-30"]]);
    expect(found("Le 19 juin, il vota.", "fr", "2012")).toEqual([["19 juin", "2012-06-19"]]);
  });

  it("finds expressions written in capitals, accented capitals included", () => {
    expect(found("IL EST ARRIVÉ HIER.", "fr", pub)).toEqual([["HIER", "2024-04-10"]]);
    expect(found("Signé EN DÉCEMBRE 2023.", "fr", pub)).toEqual([["EN DÉCEMBRE 2023", "2023-12"]]);
    expect(found("Dépassé, il a cédé.", "fr", pub)).toEqual([]);
  });

  it("never gives more precision than the publication date has", () => {
    expect(found("Il a été exclu hier.", "fr", "2012")).toEqual([["hier", "2012"]]);
    expect(found("Il a parlé vendredi.", "fr", "2012-07")).toEqual([["vendredi", "2012-07"]]);
  });
});

describe("findDates (English)", () => {
  const pub = "2019-01-23"; // a Wednesday
  it("resolves relative days and weekdays", () => {
    expect(found("He left yesterday.", "en", pub)).toEqual([["yesterday", "2019-01-22"]]);
    expect(found("On Monday the party met.", "en", pub)).toEqual([["Monday", "2019-01-21"]]);
    expect(found("They meet next Friday.", "en", pub)).toEqual([]);
    expect(found("It happened two days ago.", "en", pub)).toEqual([["two days ago", "2019-01-21"]]);
  });

  it("reads vague expressions to a month or a year", () => {
    expect(found("It was signed last October.", "en", pub)).toEqual([["last October", "2018-10"]]);
    expect(found("The fund said in May that it agreed.", "en", pub)).toEqual([["in May", "2018-05"]]);
    expect(found("Sanctions have applied since 2011.", "en", pub)).toEqual([["since 2011", "2011"]]);
    expect(found("Last year the deal fell apart.", "en", pub)).toEqual([["Last year", "2018"]]);
    expect(found("It peaked in late July 2018.", "en", pub)).toEqual([["late July 2018", "2018-07"]]);
    expect(found("Troops may leave soon.", "en", pub)).toEqual([]);
  });

  it("reads explicit dates", () => {
    expect(found("The crash happened on August 27.", "en", "2019-10-10")).toEqual([["August 27", "2019-08-27"]]);
    expect(found("They signed on 7 July 2019.", "en", pub)).toEqual([["7 July 2019", "2019-07-07"]]);
  });
});
