import { describe, expect, it } from "vitest";
import { firstWord, foldedPattern } from "@/lib/search/search-sql-parts";

describe("firstWord", () => {
  it("takes the first lexeme of a tsquery's text, quotes unescaped", () => {
    expect(firstWord("'secur' | 'maroc'")).toBe("secur");
    expect(firstWord("'aujourd''hui' & 'rabat'")).toBe("aujourd'hui");
    expect(firstWord("")).toBe("");
  });
});

describe("foldedPattern", () => {
  // PostgreSQL's regular expressions read these patterns as JavaScript's do.
  const finds = (lexeme: string, text: string) => new RegExp(foldedPattern(lexeme)).exec(text)?.index;

  it("finds a stem whatever its case and accents, where the text has it", () => {
    expect(finds("secur", "La SÉCURITÉ et la sécurité")).toBe(3);
    expect(finds("cooper", "une Coopération")).toBe(4);
    expect(finds("maroc", "au Marocain")).toBe(3);
    expect(finds("secur", "rien ici")).toBeUndefined();
  });

  it("finds the ligatures unaccent spells out, and takes punctuation literally", () => {
    expect(finds("manoeuvr", "des manœuvres")).toBe(4);
    expect(finds("manoeuvr", "des manoeuvres")).toBe(4);
    expect(finds("aujourd'hui", "Aujourd'hui")).toBe(0);
    expect(finds("a.b", "axb a.b")).toBe(4);
    expect(finds("المغرب", "في المغرب")).toBe(3);
  });
});
