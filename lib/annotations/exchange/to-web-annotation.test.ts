// The W3C export: one collection, one Annotation per annotation, selectors that find the text again
// (positions in code points, as the model counts them) and bodies saying what each annotation says.
import { describe, expect, it } from "vitest";
import type { ExportedAnnotation, ExportedArticle } from "@/lib/annotations/exchange/exchange-types";
import { buildWebAnnotationCollection } from "@/lib/annotations/exchange/to-web-annotation";
import { spanAnnotation, testUuid as uuid } from "@/lib/annotations/exchange/exchange-test-data";

const TEXT = "😀 Régis Colcombet a visité Brest en mars 2024. « Défense » ?";

function annotation(id: number, quote: string | null, rest: Partial<ExportedAnnotation>): ExportedAnnotation {
  const placement = quote === null ? { scope: "DOCUMENT" as const, start: null, end: null, quote: "" } : { prefix: TEXT.slice(0, TEXT.indexOf(quote)) };
  return spanAnnotation(TEXT, quote ?? "", { id: uuid(id), ...placement, ...rest });
}

const defense = { id: uuid(900), slug: "defense", label: "Défense" };
const article: ExportedArticle = {
  id: uuid(1),
  title: "Visite à Brest",
  text: TEXT,
  revisionId: uuid(2),
  language: "fr",
  url: null,
  publishedOn: null,
  datePrecision: null,
  annotations: [
    annotation(10, "Régis Colcombet", {
      entity: { id: uuid(800), name: "Régis Colcombet", type: "PERSON" },
      author: "redaction@example.fr",
      note: "À vérifier",
      status: "SUGGESTED",
    }),
    annotation(11, "mars 2024", { kind: "DATE", date: { start: "2024-03-01", end: "2024-03-31", precision: "MONTH" } }),
    annotation(12, null, { kind: "THEME", theme: defense }),
    annotation(13, "Défense", { kind: "THEME", theme: defense, supportsId: uuid(12), status: "REJECTED" }),
  ],
};

describe("buildWebAnnotationCollection", () => {
  const collection = buildWebAnnotationCollection([article, { ...article, id: uuid(3), url: "https://presse.example.fr/a" }], {
    id: "urn:uuid:00000000-0000-4000-8000-00000000abcd",
    label: "Export",
  });
  const [person, date, theme, evidence] = collection.first.items;

  it("is a collection with one embedded page holding every annotation", () => {
    expect(collection).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: "urn:uuid:00000000-0000-4000-8000-00000000abcd",
      type: "AnnotationCollection",
      label: "Export",
      total: 8,
      first: { id: "urn:uuid:00000000-0000-4000-8000-00000000abcd#page-1", type: "AnnotationPage", startIndex: 0 },
    });
    expect(collection.first.items).toHaveLength(8);
    expect(collection.first.items[4]?.target).toMatchObject({ source: "https://presse.example.fr/a" });
  });

  it("selects a span by quote and by position in code points, the quote being the text there", () => {
    expect(person).toMatchObject({ id: `urn:uuid:${uuid(10)}`, type: "Annotation", motivation: "identifying", created: "2024-04-01T08:00:00.000Z" });
    expect(person?.target).toEqual({
      source: `urn:uuid:${uuid(1)}`,
      selector: [
        { type: "TextQuoteSelector", exact: "Régis Colcombet", prefix: "😀 " },
        // The emoji is two UTF-16 units but one character: stored offset 3 is position 2.
        { type: "TextPositionSelector", start: 2, end: 17 },
      ],
    });
    expect(Array.from(TEXT).slice(2, 17).join("")).toBe("Régis Colcombet");
  });

  it("says what each annotation says, with the review state and the author", () => {
    expect(person).toMatchObject({ status: "SUGGESTED", creator: { type: "Person", email: "mailto:redaction@example.fr" } });
    expect(person?.body).toEqual([
      { type: "SpecificResource", purpose: "identifying", source: { id: `urn:uuid:${uuid(800)}`, label: "Régis Colcombet" } },
      { type: "TextualBody", purpose: "tagging", value: "PERSON", format: "text/plain" },
      { type: "TextualBody", purpose: "commenting", value: "À vérifier", format: "text/plain" },
    ]);
    expect(date).toMatchObject({ motivation: "describing", status: "ACCEPTED" });
    expect(date).not.toHaveProperty("creator");
    expect(date?.body[0]).toEqual({ type: "TextualBody", purpose: "describing", value: "2024-03", format: "text/plain" });
  });

  it("targets the whole article for a document theme and links its evidence to it", () => {
    expect(theme).toMatchObject({ motivation: "classifying", target: `urn:uuid:${uuid(1)}` });
    expect(theme?.body).toEqual([
      { type: "SpecificResource", purpose: "classifying", source: { id: `urn:uuid:${uuid(900)}`, label: "Défense" } },
      { type: "TextualBody", purpose: "tagging", value: "THEME:defense", format: "text/plain" },
    ]);
    expect(evidence).toMatchObject({ status: "REJECTED" });
    expect(evidence?.body).toContainEqual({ type: "SpecificResource", purpose: "linking", source: `urn:uuid:${uuid(12)}` });
  });

  it("writes a normalised date at its precision, or as an interval", () => {
    const periods = [
      { start: "2024-03-05", end: "2024-03-05", precision: "DAY" },
      { start: "2024-02-01", end: "2024-02-29", precision: "MONTH" },
      { start: "2023-01-01", end: "2023-12-31", precision: "YEAR" },
      { start: "2024-03-01", end: "2024-03-10", precision: "DAY" },
    ] as const;
    const values = periods.map((period) => {
      const dated = { ...article, annotations: [annotation(20, "mars 2024", { kind: "DATE", date: period })] };
      return buildWebAnnotationCollection([dated]).first.items[0]?.body[0];
    });
    expect(values.map((body) => body && "value" in body && body.value)).toEqual(["2024-03-05", "2024-02", "2023", "2024-03-01/2024-03-10"]);
  });
});
