// Our JSON Lines export is doccano's format plus every field of the article, and reading it back
// gives the same articles: accents, emoji (surrogate pairs), nested spans and evidence included.
import { describe, expect, it } from "vitest";
import type { ExportedAnnotation, ExportedArticle } from "@/lib/annotations/exchange/exchange-types";
import { parseAnnotationJsonl } from "@/lib/annotations/exchange/from-jsonl";
import { serializeJsonl, serializeJsonlLine } from "@/lib/annotations/exchange/to-jsonl";
import { spanAnnotation, testUuid as uuid } from "@/lib/annotations/exchange/exchange-test-data";

const TEXT = "Le général Régis Colcombet 🇫🇷 a rejoint l’armée française à Paris 😀 le 5 mars 2024.\nSuite : « défense ».";

function span(quote: string, id: number, rest: Partial<ExportedAnnotation>): ExportedAnnotation {
  const start = TEXT.indexOf(quote);
  const end = start + quote.length;
  const context = { prefix: TEXT.slice(Math.max(0, start - 10), start), suffix: TEXT.slice(end, end + 10) };
  return spanAnnotation(TEXT, quote, { id: uuid(id), ...context, author: "redaction@example.fr", createdAt: "2024-03-06T09:15:00.000Z", ...rest });
}

const defense = { id: uuid(900), slug: "defense", label: "Défense" };
const article: ExportedArticle = {
  id: uuid(1),
  title: "Régis Colcombet rejoint l’armée 🇫🇷",
  text: TEXT,
  revisionId: uuid(2),
  language: "fr",
  url: "https://presse.example.fr/articles/colcombet",
  publishedOn: "2024-03-06",
  datePrecision: "DAY",
  annotations: [
    span("Régis Colcombet", 10, { entity: { id: uuid(800), name: "Régis Colcombet", type: "PERSON" }, note: "Général, pas l’homonyme." }),
    span("armée française", 11, { entity: { id: uuid(801), name: "Armée de terre", type: "ORG" }, status: "SUGGESTED", origin: "SUGGESTION", confidence: 0.82 }),
    span("armée", 12, { entity: { id: uuid(802), name: "Armée", type: "ORG" }, reviewer: "chef@example.fr" }),
    span("Paris", 13, { entity: { id: uuid(803), name: "Paris", type: "LOCATION" }, status: "REJECTED" }),
    span("5 mars 2024", 14, { kind: "DATE", date: { start: "2024-03-05", end: "2024-03-05", precision: "DAY" } }),
    { ...span("", 15, { kind: "THEME", scope: "DOCUMENT", theme: defense }), start: null, end: null, prefix: "", suffix: "" },
    span("défense", 16, { kind: "THEME", theme: defense, supportsId: uuid(15), origin: "IMPORTED", author: null }),
  ],
};

const second: ExportedArticle = {
  ...article,
  id: uuid(3),
  revisionId: uuid(4),
  title: "Sans annotations",
  text: "Rien à signaler.\r\nLigne deux\u2028fin",
  language: null,
  url: null,
  publishedOn: null,
  datePrecision: null,
  annotations: [],
};

describe("serializeJsonl", () => {
  it("writes doccano's id, text and label first, labelling the spans that are not rejected", () => {
    const line = serializeJsonlLine(article);
    const record = JSON.parse(line);
    expect(Object.keys(record).slice(0, 3)).toEqual(["id", "text", "label"]);
    const at = (quote: string) => [TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length];
    expect(record.label).toEqual([
      [...at("Régis Colcombet"), "PERSON"],
      [...at("armée"), "ORG"],
      [...at("armée française"), "ORG"],
      [...at("5 mars 2024"), "DATE"],
      [...at("défense"), "THEME:defense"],
    ]);
    // Offsets are UTF-16 code units: the flag before "armée" counts for four.
    expect(TEXT.slice(record.label[1][0], record.label[1][1])).toBe("armée");
    expect(record.annotations).toEqual(article.annotations);
  });

  it("writes one line per article, line breaks inside the text escaped", () => {
    const content = serializeJsonl([article, second]);
    expect(content.split("\n")).toHaveLength(3);
    expect(content.endsWith("\n")).toBe(true);
    expect(serializeJsonl([])).toBe("");
  });

  it("round-trips through parseAnnotationJsonl to the same articles", () => {
    expect(parseAnnotationJsonl(serializeJsonl([article, second]))).toEqual({ records: [article, second], errors: [] });
  });
});
