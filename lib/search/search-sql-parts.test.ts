import { describe, expect, it } from "vitest";
import { firstWord } from "@/lib/search/search-sql-parts";

describe("firstWord", () => {
  it("takes the first lexeme of a tsquery's text, quotes unescaped", () => {
    expect(firstWord("'secur' | 'maroc'")).toBe("secur");
    expect(firstWord("'aujourd''hui' & 'rabat'")).toBe("aujourd'hui");
    expect(firstWord("")).toBe("");
  });
});
