import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticleText, type CleanupResult } from "@/lib/ingest/cleaning/clean-article-text";

const seed = (file: string) => readFileSync(path.join(process.cwd(), "prisma/demo/articles", file), "utf8");
const clean = (file: string) => cleanArticleText(seed(file), { language: "fr" });
const rules = (result: CleanupResult) => result.changes.map((change) => change.rule);
const paragraphs = (result: CleanupResult) => result.text.split("\n\n");

describe("the five seeds", () => {
  it("000: moves the inline ` date 2023-03 ` prefix to a month-precision date", () => {
    const result = clean("000_c9c3fc588f35eb4a.txt");
    expect(result.metadata.publishedOn).toEqual({ date: "2023-03-01", precision: "MONTH" });
    expect(rules(result)).toEqual(["metadata-prefix"]);
    expect(result.changes[0]?.before).toBe(" date 2023-03 ");
    expect(result.text.startsWith("En plein contexte de crise politique")).toBe(true);
    expect(paragraphs(result)).toHaveLength(5);
  });

  it("001: drops the trailing “En savoir plus” and the junk author blurb, nothing else", () => {
    const result = clean("001_c896d8f6e04a56be.txt");
    expect(rules(result)).toEqual(["boilerplate-line", "author-blurb"]);
    expect(result.changes.map((change) => change.before)).toEqual(["En savoir plus", expect.stringContaining("Faiseur de troubles")]);
    expect(result.text.endsWith("Nasser Bourita.")).toBe(true);
    expect(paragraphs(result)).toHaveLength(23);
    expect(result.metadata).toEqual({});
  });

  it("002: removes the date prefix, the photo credit and the lone “Publicité”, keeps the sub-headings", () => {
    const result = clean("002_a14c3bf8488f74fc.txt");
    expect(result.metadata.publishedOn).toEqual({ date: "2024-12-01", precision: "MONTH" });
    expect(rules(result)).toEqual(["metadata-prefix", "photo-credit", "boilerplate-line"]);
    expect(result.changes.map((change) => change.before)).toEqual([" date 2024-12 ", "Photo: Marines", "Publicité"]);
    expect(paragraphs(result)).toContain("France et Maroc actent un rapprochement notable");
    expect(paragraphs(result)).toContain("Des échanges militaires, mais pas que");
    expect(paragraphs(result)).toHaveLength(7);
  });

  it("003: takes the leading line as the title and removes the three “Lire : …” cross-links", () => {
    const result = clean("003_1cc6efedb35eb3c5.txt");
    expect(result.metadata.title).toBe("Le réchauffement des relations franco-marocaines se confirme");
    expect(rules(result)).toEqual(["title-line", "boilerplate-line", "boilerplate-line", "boilerplate-line"]);
    expect(result.text).not.toContain("Lire :");
    expect(result.text.startsWith("La visite de travail des responsables français")).toBe(true);
    expect(paragraphs(result)).toHaveLength(5);
  });

  it("004: removes the 17 paragraphs repeated as a block, each listed with the paragraph it repeats", () => {
    const result = clean("004_326b10c8a0079c95.txt");
    expect(rules(result)).toEqual(Array(17).fill("repeated-paragraph"));
    expect(result.changes[0]?.reason).toBe("Paragraph repeated word for word (first seen as paragraph 2).");
    // Short sub-headings inside the repeated block go with it.
    expect(result.changes.map((change) => change.before)).toContain("Avant-propos");
    expect(paragraphs(result)).toHaveLength(18);
    expect(new Set(paragraphs(result)).size).toBe(18);
  });
});

describe("undoing a change", () => {
  it("keeps exactly that paragraph, at its original place, with the same ids for the other changes", () => {
    const full = clean("004_326b10c8a0079c95.txt");
    const target = full.changes[5];
    if (!target) throw new Error("expected changes");
    const undone = cleanArticleText(seed("004_326b10c8a0079c95.txt"), { language: "fr", keep: [target.id] });
    expect(undone.kept).toEqual([target.id]);
    expect(undone.changes.map((change) => change.id)).toEqual(full.changes.filter((change) => change !== target).map((change) => change.id));
    const restoredAt = paragraphs(undone).indexOf(target.before);
    expect(paragraphs(undone)).toHaveLength(19);
    // Back after the paragraph that preceded it in the raw text.
    const rawLines = seed("004_326b10c8a0079c95.txt").split("\n");
    const previous = rawLines[rawLines.indexOf(target.before, 18) - 1];
    expect(paragraphs(undone)[restoredAt - 1]).toBe(previous);
  });

  it("keeps the metadata prefix in the text and sets no date when that change is undone", () => {
    const undone = cleanArticleText(seed("000_c9c3fc588f35eb4a.txt"), { keep: ["metadata-prefix@0"] });
    expect(undone.metadata.publishedOn).toBeUndefined();
    expect(undone.text.startsWith("date 2023-03 En plein contexte")).toBe(true);
  });

  it("ignores ids that match nothing", () => {
    expect(cleanArticleText("Un texte.", { keep: ["title-line@999"] }).kept).toEqual([]);
  });
});

describe("rules", () => {
  it("changes nothing in a text that is already clean (idempotent)", () => {
    for (const file of ["000_c9c3fc588f35eb4a.txt", "002_a14c3bf8488f74fc.txt", "004_326b10c8a0079c95.txt"]) {
      const once = clean(file);
      const twice = cleanArticleText(once.text, { language: "fr" });
      expect(twice.text).toBe(once.text);
      expect(twice.changes).toEqual([]);
    }
  });

  it("keeps prose that starts like a cross-link", () => {
    const text = "Lire entre les lignes du communiqué conjoint permet de mesurer le chemin parcouru depuis la crise.\n\nLire aussi\n\nLa suite.";
    const result = cleanArticleText(text, { language: "fr" });
    expect(result.changes.map((change) => change.before)).toEqual(["Lire aussi"]);
    expect(result.text).toContain("Lire entre les lignes");
  });

  it("applies the English rules to English text, and the language-independent ones everywhere", () => {
    const text = "The two ministers met in Rabat on Tuesday to discuss counter-terrorism cooperation and intelligence sharing.\n\nAdvertisement\n\nRead more: Morocco and the US hold African Lion\n\nFacebook | Twitter | LinkedIn\n\nThey agreed to meet again next year.";
    const result = cleanArticleText(text, { language: "en" });
    expect(result.changes.map((change) => change.before)).toEqual(["Advertisement", "Read more: Morocco and the US hold African Lion", "Facebook | Twitter | LinkedIn"]);
    expect(cleanArticleText("Publicité\n\nUn texte en français assez long pour être un paragraphe.", { language: "en" }).changes).toEqual([]);
  });

  it("moves a byline to the metadata", () => {
    const result = cleanArticleText("Par Youssef Ait Akdim\n\nLe Maroc et la France ont signé un accord de coopération policière à Rabat.", { language: "fr" });
    expect(result.metadata.byline).toBe("Par Youssef Ait Akdim");
    expect(result.text).toBe("Le Maroc et la France ont signé un accord de coopération policière à Rabat.");
  });

  it("normalises to NFC and collapses stray spaces, each reported once", () => {
    const decomposed = "La se\u0301curite\u0301  du   Maroc\u00a0 est en jeu dans cette affaire qui dure.";
    const result = cleanArticleText(decomposed);
    expect(result.text).toBe("La sécurité du Maroc est en jeu dans cette affaire qui dure.");
    expect(result.changes.map((change) => change.rule).sort()).toEqual(["unicode-nfc", "whitespace"]);
  });

  it("does not remove a short line that merely occurs twice", () => {
    const text = "Premier point\n\nUn long paragraphe sur la coopération militaire entre les deux pays.\n\nPremier point\n\nUn autre paragraphe, différent du premier, sur le renseignement.";
    expect(cleanArticleText(text).changes).toEqual([]);
  });
});
