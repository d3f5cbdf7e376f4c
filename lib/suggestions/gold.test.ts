// Suggestion quality on the five seed articles against the gold file (lib/suggestions/gold), with an
// empty register and with the demo register: entity precision and recall (same span, same type) and
// the share of gold dates whose suggestion carries the right normalised value.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { NormalisedDate } from "@/lib/annotations/dates/calendar";
import { demoRegisterEntries } from "@/lib/demo/demo-register";
import { buildAliasIndex, type AliasIndex } from "@/lib/suggestions/alias-index";
import gold from "@/lib/suggestions/gold/seeds.gold.json";
import { suggest } from "@/lib/suggestions/suggest";

type Span = { start: number; end: number };
type Scores = { entities: { precision: number; recall: number; found: number; expected: number; correct: number }; dates: { normalised: number; expected: number; spanPrecision: number } };

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const sameValue = (a: NormalisedDate, b: NormalisedDate) => a.start === b.start && a.end === b.end && a.precision === b.precision;
const round = (value: number) => Math.round(value * 1000) / 1000;

function score(register: AliasIndex | null): Scores {
  let [found, expected, correct, datesExpected, datesNormalised, datesFound, datesOnGold] = [0, 0, 0, 0, 0, 0, 0];
  for (const article of gold.articles) {
    const text = readFileSync(path.join(process.cwd(), "prisma", "demo", "articles", article.file), "utf8");
    const result = suggest({ text, language: "fr", reference: article.published as { date: string; precision: "MONTH" | "YEAR" }, register });
    const expectedKeys = new Set(article.entities.map((entity) => `${entity.start}:${entity.end}:${entity.type}`));
    found += result.entities.length;
    expected += article.entities.length;
    correct += result.entities.filter((entity) => expectedKeys.has(`${entity.start}:${entity.end}:${entity.type}`)).length;
    datesExpected += article.dates.length;
    datesNormalised += article.dates.filter((date) => result.dates.some((suggested) => overlaps(suggested, date) && sameValue(suggested.value, date.value as NormalisedDate))).length;
    datesFound += result.dates.length;
    datesOnGold += result.dates.filter((suggested) => article.dates.some((date) => date.start === suggested.start && date.end === suggested.end)).length;
  }
  return {
    entities: { precision: round(correct / found), recall: round(correct / expected), found, expected, correct },
    dates: { normalised: round(datesNormalised / datesExpected), expected: datesExpected, spanPrecision: round(datesOnGold / datesFound) },
  };
}

describe("suggestions against the gold file of the seed articles", () => {
  it("checks that every gold span quotes its text", () => {
    for (const article of gold.articles) {
      const text = readFileSync(path.join(process.cwd(), "prisma", "demo", "articles", article.file), "utf8");
      for (const span of [...article.entities, ...article.dates]) expect(text.slice(span.start, span.end), article.file).toBe(span.text);
    }
  });

  it.each([
    ["an empty register", () => null],
    ["the demo register", () => buildAliasIndex(demoRegisterEntries())],
  ])("finds entities and dates with %s", (label, register) => {
    const scores = score(register());
    console.log(`Gold, ${label}: ${JSON.stringify(scores)}`);
    expect(scores.entities.precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.dates.normalised).toBeGreaterThanOrEqual(0.95);
  });
});
