import { describe, expect, it } from "vitest";
import { parsePublicationDate } from "@/lib/ingest/publication-date";

describe("parsePublicationDate", () => {
  it("keeps the precision the source gives", () => {
    expect(parsePublicationDate("2024-12-02")).toEqual({ date: new Date("2024-12-02T00:00:00Z"), precision: "DAY" });
    expect(parsePublicationDate("2023-03")).toEqual({ date: new Date("2023-03-01T00:00:00Z"), precision: "MONTH" });
    expect(parsePublicationDate("2020")).toEqual({ date: new Date("2020-01-01T00:00:00Z"), precision: "YEAR" });
    expect(parsePublicationDate("2020-10-01T08:30:00+01:00")).toEqual({ date: new Date("2020-10-01T00:00:00Z"), precision: "DAY" });
  });

  it("refuses what is not a date", () => {
    expect(parsePublicationDate("2024-02-31")).toBeUndefined();
    expect(parsePublicationDate("2024-13")).toBeUndefined();
    expect(parsePublicationDate("mars 2023")).toBeUndefined();
    expect(parsePublicationDate("")).toBeUndefined();
    expect(parsePublicationDate(undefined)).toBeUndefined();
  });
});
