import { describe, expect, it } from "vitest";
import { assignLanes, segmentText, snapToWords, wordBoundaries } from "@/components/annotations/text-segments";

describe("segmentText", () => {
  it("cuts at every boundary and lists the covering spans, outer first", () => {
    const spans = [
      { id: "outer", start: 0, end: 10 },
      { id: "inner", start: 2, end: 5 },
      { id: "overlap", start: 8, end: 12 },
    ];
    expect(segmentText(15, spans)).toEqual([
      { start: 0, end: 2, ids: ["outer"] },
      { start: 2, end: 5, ids: ["outer", "inner"] },
      { start: 5, end: 8, ids: ["outer"] },
      { start: 8, end: 10, ids: ["outer", "overlap"] },
      { start: 10, end: 12, ids: ["overlap"] },
      { start: 12, end: 15, ids: [] },
    ]);
  });

  it("gives the whole text as one segment when nothing is marked", () => {
    expect(segmentText(4, [])).toEqual([{ start: 0, end: 4, ids: [] }]);
  });
});

describe("assignLanes", () => {
  it("puts overlapping spans on different lanes and reuses a lane once free", () => {
    const lanes = assignLanes([
      { id: "a", start: 0, end: 10 },
      { id: "b", start: 2, end: 5 },
      { id: "c", start: 6, end: 8 },
      { id: "d", start: 12, end: 14 },
    ]);
    expect(Object.fromEntries(lanes)).toEqual({ a: 0, b: 1, c: 1, d: 0 });
  });
});

describe("snapToWords", () => {
  const text = "le dimanche 5 mars à Rabat";
  it("widens a partial word and trims spaces", () => {
    expect(text.slice(...Object.values(snapToWords(text, 4, 17)) as [number, number])).toBe("dimanche 5 mars");
    expect(snapToWords(text, 2, 3)).toEqual({ start: 3, end: 3 });
  });
});

describe("wordBoundaries", () => {
  it("keeps elisions and hyphenated words whole", () => {
    const text = "l’armée franco-marocaine, 2023.";
    expect(wordBoundaries(text).map(([start, end]) => text.slice(start, end))).toEqual(["l’armée", "franco-marocaine", "2023"]);
  });
});
