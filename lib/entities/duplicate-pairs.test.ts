import { describe, expect, it } from "vitest";
import { findDuplicatePairs, pairKey, type NamedEntity } from "@/lib/entities/duplicate-pairs";

const register = (entries: [string, string, string?][]): NamedEntity[] => entries.map(([entityId, name, group = "PERSON"]) => ({ entityId, name, group }));
const proposed = (names: NamedEntity[]) => findDuplicatePairs(names).map((pair) => pair.names.join(" ~ "));

describe("findDuplicatePairs", () => {
  it("proposes the seed variants and the DGST, once per pair, through any of their names", () => {
    const names = register([
      ["a", "Nacer Bourita"],
      ["b", "Nasser Bourita"],
      ["b", "N. Bourita"],
      ["c", "Abdeltif Loudyi"],
      ["d", "Abdellatif Loudiyi"],
      ["e", "Mohammed VI"],
      ["f", "Mohammed Hajib"],
      ["g", "Nasser Zefzafi"],
      ["h", "DGST", "ORG"],
      ["i", "Direction générale de la surveillance du territoire", "ORG"],
      // Same names, another type: not the same entity.
      ["j", "Nasser Bourita", "ORG"],
    ]);
    expect(proposed(names).sort()).toEqual(["Abdeltif Loudyi ~ Abdellatif Loudiyi", "DGST ~ Direction générale de la surveillance du territoire", "Nacer Bourita ~ Nasser Bourita"]);
    expect(findDuplicatePairs(names).map((pair) => pairKey(pair.secondId, pair.firstId))).toContain("a:b");
  });

  it("blocks by the rarest words: a first name shared by hundreds still finds the variants of a surname", () => {
    const names = register([
      ...Array.from({ length: 400 }, (_, index): [string, string] => [`m${index}`, `Mohammed ${["Tazi", "Alami", "Bennani", "Berrada", "Chraibi"][index % 5]}${index}`]),
      ["x", "Mohammed Loudiyi"],
      ["y", "Mohamed Loudyi"],
    ]);
    expect(proposed(names)).toEqual(["Mohammed Loudiyi ~ Mohamed Loudyi"]);
  });
});
