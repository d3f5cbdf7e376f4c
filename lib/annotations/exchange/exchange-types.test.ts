// The exchange schemas: an annotation's fields agree with its kind and scope, and doccano's labels
// come out in text order without the rejected spans.
import { describe, expect, it } from "vitest";
import { buildDoccanoLabels, exportedAnnotationSchema, type ExportedAnnotation } from "@/lib/annotations/exchange/exchange-types";
import { spanAnnotation, testUuid as uuid } from "@/lib/annotations/exchange/exchange-test-data";


const base: ExportedAnnotation = spanAnnotation("Le  5 mars", "5 mars", {
  id: uuid(1),
  kind: "DATE",
  prefix: "Le ",
  confidence: 0.5,
  date: { start: "2024-03-05", end: "2024-03-05", precision: "DAY" },
  createdAt: "2024-03-06T09:15:00+01:00",
});

const issues = (value: unknown) => exportedAnnotationSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("exportedAnnotationSchema", () => {
  it("accepts a well-formed annotation, a DATE possibly without its normalised value", () => {
    expect(exportedAnnotationSchema.parse(base)).toEqual(base);
    expect(issues({ ...base, date: null })).toBeUndefined();
  });

  it("says which fields are missing, malformed or unknown", () => {
    const { quote: _quote, ...withoutQuote } = base;
    expect(issues({ ...withoutQuote, confidence: 2, createdAt: "hier", extra: 1 })).toEqual([
      "quote: required",
      "confidence: expected a number between 0 and 1",
      "createdAt: expected an ISO 8601 date-time",
      ": unknown field extra",
    ]);
    expect(issues({ ...base, date: { start: "2024-03-05", end: "2024-03-01", precision: "WEEK" } })).toEqual([
      "date.precision: expected one of YEAR, MONTH, DAY",
    ]);
    expect(issues({ ...base, date: { start: "2024-03-05", end: "2024-03-01", precision: "DAY" } })).toEqual(["date.end: the period ends before it starts"]);
  });

  it("keeps offsets to spans and each payload to its kind", () => {
    expect(issues({ ...base, start: null })).toEqual(["start: required for a SPAN annotation"]);
    expect(issues({ ...base, kind: "ENTITY", scope: "DOCUMENT", supportsId: uuid(2) })).toEqual([
      "start: must be null for a DOCUMENT annotation",
      "end: must be null for a DOCUMENT annotation",
      "supportsId: must be null for a DOCUMENT annotation: only a span is evidence",
      "entity: required for an ENTITY annotation",
      "date: must be null when kind is ENTITY",
    ]);
  });
});

describe("buildDoccanoLabels", () => {
  it("labels the spans that are not rejected, in text order", () => {
    const entity = { id: uuid(3), name: "Paris", type: "LOCATION" };
    const theme = { id: uuid(4), slug: "defense", label: "Défense" };
    expect(
      buildDoccanoLabels([
        { ...base, start: 20, end: 25, kind: "ENTITY", entity, date: null },
        base,
        { ...base, start: 0, end: 3, status: "REJECTED" },
        { ...base, kind: "THEME", scope: "DOCUMENT", start: null, end: null, theme, date: null },
        { ...base, start: 4, end: 8, kind: "THEME", theme, date: null },
      ]),
    ).toEqual([
      [4, 8, "THEME:defense"],
      [4, 10, "DATE"],
      [20, 25, "LOCATION"],
    ]);
  });
});
