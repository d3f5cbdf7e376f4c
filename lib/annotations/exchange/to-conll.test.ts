// The CoNLL export: French tokens (elisions split, hyphenated words whole), BIO tags for the entity
// spans, sentences apart, and the overlapping spans BIO cannot express counted.
import { describe, expect, it } from "vitest";
import type { ExportedAnnotation, ExportedArticle } from "@/lib/annotations/exchange/exchange-types";
import { serializeConll } from "@/lib/annotations/exchange/to-conll";
import { spanAnnotation, testUuid as uuid } from "@/lib/annotations/exchange/exchange-test-data";


function articleOf(text: string, spans: [quote: string, type: string, rest?: Partial<ExportedAnnotation>][]): ExportedArticle {
  return {
    id: uuid(1),
    title: "Test",
    text,
    revisionId: uuid(2),
    language: "fr",
    url: null,
    publishedOn: null,
    datePrecision: null,
    annotations: spans.map(([quote, type, rest], index) => spanAnnotation(text, quote, { id: uuid(100 + index), entity: { id: uuid(800 + index), name: quote, type }, ...rest })),
  };
}

const lines = (...rows: string[]) => rows.map((row) => `${row.replace(" ", "\t")}\n`).join("");

describe("serializeConll", () => {
  it("tags a French sentence, keeping the longest of nested spans", () => {
    const text = "M. Régis Colcombet a rejoint l'armée française en 1985, aujourd’hui à Saint-Étienne. Il s’y plaît !";
    const article = articleOf(text, [
      ["Régis Colcombet", "PERSON"],
      ["armée", "ORG"],
      ["armée française", "ORG"],
      ["Saint-Étienne", "LOCATION", { status: "REJECTED" }],
      ["1985", "DATE", { kind: "DATE", entity: null }],
    ]);
    expect(serializeConll([article])).toEqual({
      droppedOverlaps: 1,
      text:
        `-DOCSTART- -X- O O ${uuid(1)}\n\n` +
        lines(
          "M O",
          ". O",
          "Régis B-PERSON",
          "Colcombet I-PERSON",
          "a O",
          "rejoint O",
          "l' O",
          "armée B-ORG",
          "française I-ORG",
          "en O",
          "1985 O",
          ", O",
          "aujourd’hui O",
          "à O",
          "Saint-Étienne O",
          ". O",
        ) +
        "\n" +
        lines("Il O", "s’ O", "y O", "plaît O", "! O"),
    });
  });

  it("gives a token to the span that overlaps part of it, and drops a span on a taken token", () => {
    const text = "L’ONU et l’OTAN. Paris-Saclay 🇫🇷 recrute 3,5 % de plus…";
    const article = articleOf(text, [
      ["ONU", "ORG"],
      ["l’OTA", "ORG"],
      ["Paris", "LOCATION"],
      ["Saclay", "ORG"],
    ]);
    const { text: conll, droppedOverlaps } = serializeConll([article, { ...article, id: uuid(3), text: "", annotations: [] }]);
    expect(droppedOverlaps).toBe(1);
    expect(conll).toBe(
      `-DOCSTART- -X- O O ${uuid(1)}\n\n` +
        lines("L’ O", "ONU B-ORG", "et O", "l’ B-ORG", "OTAN I-ORG", ". O") +
        "\n" +
        lines("Paris-Saclay B-ORG", "🇫🇷 O", "recrute O", "3,5 O", "% O", "de O", "plus O", "… O") +
        "\n" +
        `-DOCSTART- -X- O O ${uuid(3)}\n`,
    );
  });

  it("starts a sentence at a line break but never inside an entity", () => {
    const text = "Chez Yahoo! Inc\nle 3 mai.\nFin";
    const { text: conll } = serializeConll([articleOf(text, [["Yahoo! Inc", "ORG"]])]);
    expect(conll).toBe(
      `-DOCSTART- -X- O O ${uuid(1)}\n\n` +
        lines("Chez O", "Yahoo B-ORG", "! I-ORG", "Inc I-ORG") +
        "\n" +
        lines("le O", "3 O", "mai O", ". O") +
        "\n" +
        lines("Fin O"),
    );
  });
});
