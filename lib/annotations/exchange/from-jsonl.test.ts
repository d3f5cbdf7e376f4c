// Reading JSON Lines: every bad line is reported with its number, its field and what is wrong, and
// the good lines around it are still read; doccano's own lines become suggested annotations.
import { describe, expect, it } from "vitest";
import type { ExportedAnnotation, ExportedArticle } from "@/lib/annotations/exchange/exchange-types";
import { parseAnnotationJsonl } from "@/lib/annotations/exchange/from-jsonl";
import { serializeJsonlLine } from "@/lib/annotations/exchange/to-jsonl";
import { spanAnnotation } from "@/lib/annotations/exchange/exchange-test-data";

const TEXT = "Emmanuel Macron était à Paris.";
const ARTICLE_ID = "0b7c6f43-8d5e-4f7a-9c1b-2e3d4f5a6b7c";
const ANNOTATION_ID = "5d0e9b1a-3c2f-4e6d-8a7b-9c0d1e2f3a4b";

const macron: ExportedAnnotation = spanAnnotation(TEXT, "Emmanuel Macron", {
  id: ANNOTATION_ID,
  suffix: " était à Paris.",
  entity: { id: "6e1f0c2b-4d3a-4f7e-9b8c-0d1e2f3a4b5c", name: "Emmanuel Macron", type: "PERSON" },
  createdAt: "2024-01-02T10:00:00.000Z",
});

const article: ExportedArticle = {
  id: ARTICLE_ID,
  title: "Macron à Paris",
  text: TEXT,
  revisionId: "7f2a1d3c-5e4b-4a8f-8c9d-1e2f3a4b5c6d",
  language: "fr",
  url: null,
  publishedOn: "2024-01-02",
  datePrecision: "DAY",
  annotations: [macron],
};

// A line of our format, changed as a person editing the file might.
function lineWith(change: (record: Record<string, unknown>, annotation: Record<string, unknown>) => void, base = article): string {
  const record = JSON.parse(serializeJsonlLine(base));
  change(record, record.annotations[0]);
  return JSON.stringify(record);
}

const another = (n: number): ExportedArticle => ({ ...article, id: `0b7c6f43-8d5e-4f7a-9c1b-2e3d4f5a6b7${n}` });

describe("parseAnnotationJsonl", () => {
  it("reports each bad line with its number and field, and reads the others", () => {
    const content = [
      serializeJsonlLine(another(0)),
      '{"id": "x", "text": ',
      lineWith((record) => delete record.text),
      lineWith((_, annotation) => Object.assign(annotation, { end: 99 })),
      lineWith((_, annotation) => Object.assign(annotation, { quote: "Emmanuel Macrin" })),
      lineWith((_, annotation) => Object.assign(annotation, { kind: "PLACE" })),
      lineWith((_, annotation) => Object.assign(annotation, { end: 2.5 })),
      "",
      "   ",
      serializeJsonlLine(another(1)),
    ].join("\n");
    const { records, errors } = parseAnnotationJsonl(content);
    expect(records.map((record) => record.id)).toEqual([another(0).id, another(1).id]);
    expect(errors[0]?.line).toBe(2);
    expect(errors[0]?.message).toMatch(/^line 2: not valid JSON \(.+\)$/);
    expect(errors.slice(1)).toEqual([
      { line: 3, message: "line 3: text: required" },
      { line: 4, message: `line 4: annotations.0: annotation ${ANNOTATION_ID}: The span ends at 99 but the text has 30 characters.` },
      {
        line: 5,
        message: `line 5: annotations.0: annotation ${ANNOTATION_ID}: The quote does not match the text at 0–15: the text there is “Emmanuel Macron”.`,
      },
      { line: 6, message: "line 6: annotations.0.kind: expected one of ENTITY, DATE, THEME" },
      { line: 7, message: "line 7: annotations.0.end: expected a whole number" },
    ]);
  });

  it("names unknown fields, inconsistent annotations, hand-edited labels and repeated articles", () => {
    const content = [
      serializeJsonlLine(article),
      lineWith((record) => Object.assign(record, { author: "x" })),
      lineWith((_, annotation) => Object.assign(annotation, { scope: "DOCUMENT", theme: { id: ANNOTATION_ID, slug: "x", label: "X" } })),
      lineWith((record) => Object.assign(record, { label: [[0, 8, "PERSON"]] })),
      lineWith((_, annotation) => Object.assign(annotation, { supportsId: ANNOTATION_ID })),
      serializeJsonlLine(article),
      "[1, 2]",
    ].join("\r\n");
    expect(parseAnnotationJsonl(content).errors).toEqual([
      { line: 2, message: "line 2: unknown field author" },
      { line: 3, message: "line 3: annotations.0.start: must be null for a DOCUMENT annotation" },
      { line: 3, message: "line 3: annotations.0.end: must be null for a DOCUMENT annotation" },
      { line: 3, message: "line 3: annotations.0.theme: must be null when kind is ENTITY" },
      {
        line: 4,
        message:
          "line 4: label: does not match annotations, from which it is derived: edit annotations (or keep only id, text and label to import the labels alone)",
      },
      {
        line: 5,
        message: `line 5: annotations.0.supportsId: annotation ${ANNOTATION_ID} cites ${ANNOTATION_ID}, which is not a DOCUMENT theme annotation of this article`,
      },
      { line: 6, message: `line 6: id: article ${ARTICLE_ID} already appears on line 1` },
      { line: 7, message: "line 7: expected a JSON object" },
    ]);
  });

  it("turns a doccano line into a new article of suggested, imported annotations", () => {
    const text = "\n  Le  5 mars, Emmanuel Macron a parlé de défense 🇫🇷 à Paris.\nDeuxième ligne.";
    const at = (quote: string, label: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length, label];
    const line = { id: 42, text, label: [at("Emmanuel Macron", "PERSON"), at("5 mars", "DATE"), at("défense", "THEME:defense"), at("Paris", "LOC")], Comments: [] };
    const { records, errors } = parseAnnotationJsonl(`\uFEFF${JSON.stringify(line)}\n`);
    expect(errors).toEqual([]);
    const [record] = records;
    expect(record).toMatchObject({ title: "Le 5 mars, Emmanuel Macron a parlé de défense 🇫🇷 à Paris.", text, language: null, url: null, publishedOn: null });
    expect(record?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(record?.annotations.map(({ kind, quote, entity, theme, status, origin }) => ({ kind, quote, entity, theme, status, origin }))).toEqual([
      { kind: "ENTITY", quote: "Emmanuel Macron", entity: { id: expect.any(String), name: "Emmanuel Macron", type: "PERSON" }, theme: null, status: "SUGGESTED", origin: "IMPORTED" },
      { kind: "DATE", quote: "5 mars", entity: null, theme: null, status: "SUGGESTED", origin: "IMPORTED" },
      { kind: "THEME", quote: "défense", entity: null, theme: { id: expect.any(String), slug: "defense", label: "defense" }, status: "SUGGESTED", origin: "IMPORTED" },
      { kind: "ENTITY", quote: "Paris", entity: { id: expect.any(String), name: "Paris", type: "LOC" }, theme: null, status: "SUGGESTED", origin: "IMPORTED" },
    ]);
    expect(record?.annotations[3]).toMatchObject({ prefix: expect.stringMatching(/🇫🇷 à $/), suffix: ".\nDeuxième ligne." });
  });

  it("keeps a doccano line's UUID, cuts a long first line to 120 characters and checks label offsets", () => {
    const long = `${"Un très long titre ".repeat(10)}fin.`;
    const content = [
      JSON.stringify({ id: ARTICLE_ID, text: long }),
      JSON.stringify({ text: "Court.", label: [[0, 9, "PERSON"], [2, 2, "ORG"], [0, 5, "THEME:"]] }),
      JSON.stringify({ text: "  ", label: [] }),
    ].join("\n");
    const { records, errors } = parseAnnotationJsonl(content);
    expect(records[0]?.id).toBe(ARTICLE_ID);
    expect(records[0]?.title).toBe(`${long.slice(0, 119)}…`);
    expect(errors).toEqual([
      { line: 2, message: "line 2: label.0: The span ends at 9 but the text has 6 characters." },
      { line: 2, message: "line 2: label.1: The span is empty: it must cover at least one character." },
      { line: 2, message: "line 2: label.2.2: expected THEME:<slug>" },
      { line: 3, message: "line 3: text: expected a non-empty text" },
    ]);
  });
});
