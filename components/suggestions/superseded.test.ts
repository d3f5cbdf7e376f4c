import { describe, expect, it } from "vitest";
import { withoutSuperseded } from "@/components/suggestions/superseded";
import type { AnnotationView } from "@/lib/annotations/annotation-view";

const view = (id: string, fields: Partial<AnnotationView>): AnnotationView =>
  ({ id, kind: "ENTITY", scope: "SPAN", start: 0, end: 5, origin: "SUGGESTION", status: "SUGGESTED", supportsId: null, theme: null, ...fields }) as AnnotationView;

describe("withoutSuperseded", () => {
  const views = [
    view("rabat", { start: 10, end: 15 }),
    view("accepted", { start: 20, end: 25, status: "ACCEPTED" }),
    view("date", { kind: "DATE", start: 10, end: 15 }),
    view("theme", { kind: "THEME", scope: "DOCUMENT", start: null, end: null, theme: { id: "t1", slug: "cyber", labelFr: "", labelEn: "" } }),
    view("evidence", { kind: "THEME", start: 30, end: 40, supportsId: "theme" }),
  ];
  it("drops the pending suggestion of the same kind on the same span", () => {
    expect(withoutSuperseded(views, { kind: "ENTITY", start: 10, end: 15, quote: "Rabat", entityId: "e" }).map((item) => item.id)).toEqual(["accepted", "date", "theme", "evidence"]);
    expect(withoutSuperseded(views, { kind: "ENTITY", start: 20, end: 25, quote: "x", entityId: "e" })).toBe(views);
  });
  it("drops a suggested theme of the whole article with its evidence", () => {
    const input = { kind: "THEME" as const, scope: "DOCUMENT" as const, themeId: "t1", evidence: [{ start: 0, end: 4, quote: "abcd" }] };
    expect(withoutSuperseded(views, input).map((item) => item.id)).toEqual(["rabat", "accepted", "date"]);
  });
});
