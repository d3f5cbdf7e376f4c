import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/suggestions/aho-corasick";
import { foldKey, foldText, isAtWordBoundaries } from "@/lib/suggestions/fold-text";
import { normalizeName } from "@/lib/entities/normalize-name";

describe("buildMatcher", () => {
  it("finds every occurrence of every pattern in one pass, overlapping ones included", () => {
    const matcher = buildMatcher([
      { key: "he", value: 1 },
      { key: "she", value: 2 },
      { key: "his", value: 3 },
      { key: "hers", value: 4 },
    ]);
    const found = matcher.findAll("ushers").map(({ start, end, values }) => [start, end, ...values]);
    expect(found).toEqual([
      [1, 4, 2],
      [2, 4, 1],
      [2, 6, 4],
    ]);
  });
  it("keeps every value registered under the same key", () => {
    const matcher = buildMatcher([
      { key: "paris", value: "city" },
      { key: "paris", value: "person" },
    ]);
    expect(matcher.size).toBe(1);
    expect(matcher.findAll("a paris")[0]?.values).toEqual(["city", "person"]);
  });
  it("scales to tens of thousands of patterns", () => {
    const matcher = buildMatcher(Array.from({ length: 50_000 }, (_, index) => ({ key: `nom ${index.toString(36)} x`, value: index })));
    expect(matcher.findAll("le nom 1a x et le nom zz x").map((match) => match.values[0])).toEqual([46, 1295]);
  });
});

describe("foldText", () => {
  it("folds like normalizeName and maps folded offsets back to the original", () => {
    const original = "À  l’Élysée, Jean-Yves   Le Drian";
    const folded = foldText(original);
    expect(folded.text).toBe("a l'elysee, jean yves le drian");
    for (const sample of [original, "  Régis   Colcombet ", "ŒUVRE d’art", "Abdeltif Loudyi"]) expect(foldKey(sample)).toBe(normalizeName(sample));
    const at = folded.text.indexOf("jean yves");
    expect(original.slice(folded.starts[at], folded.ends[at + "jean yves le drian".length - 1])).toBe("Jean-Yves   Le Drian");
  });
  it("keeps emoji and letters outside Latin on their UTF-16 offsets", () => {
    const original = "😀 Rabat المغرب";
    const folded = foldText(original);
    const at = folded.text.indexOf("rabat");
    expect(original.slice(folded.starts[at], folded.ends[at + 4])).toBe("Rabat");
  });
  it("tells word boundaries", () => {
    expect(isAtWordBoundaries("au mali.", 3, 7)).toBe(true);
    expect(isAtWordBoundaries("somalie", 2, 6)).toBe(false);
  });
});
