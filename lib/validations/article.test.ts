// The article search query comes from the URL: strings are coerced, repeated parameters are lists,
// dates take the precision they are written with, and every bound has a clear message.
import { describe, expect, it } from "vitest";
import { listArticlesQuerySchema } from "@/lib/validations/article";

const messages = (query: Record<string, unknown>) => listArticlesQuerySchema.safeParse(query).error?.issues.map((issue) => issue.message);

describe("listArticlesQuerySchema", () => {
  it("defaults to the first page of 25, no words and no filter", () => {
    expect(listArticlesQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25, source: [], language: [], theme: [], entity: [], status: [] });
  });

  it("coerces the query string's numbers and turns single values into lists", () => {
    const id = "0b7f5f4e-5d1c-4f55-9d07-2f0b6a3f7a10";
    expect(listArticlesQuerySchema.parse({ page: "3", pageSize: "50", source: id, status: ["REVIEWED", "IN_PROGRESS"] })).toMatchObject({
      page: 3,
      pageSize: 50,
      source: [id],
      status: ["REVIEWED", "IN_PROGRESS"],
    });
  });

  it("reads from as the first day and to as the last day of the period written", () => {
    const day = (date: Date | undefined) => date?.toISOString().slice(0, 10);
    const year = listArticlesQuerySchema.parse({ from: "2023", to: "2023" });
    expect([day(year.from), day(year.to)]).toEqual(["2023-01-01", "2023-12-31"]);
    const month = listArticlesQuerySchema.parse({ from: "2024-02", to: "2024-02" });
    expect([day(month.from), day(month.to)]).toEqual(["2024-02-01", "2024-02-29"]);
    expect(day(listArticlesQuerySchema.parse({ to: "2024-03-05" }).to)).toBe("2024-03-05");
  });

  it("trims the words, drops control characters and treats an empty search as none", () => {
    expect(listArticlesQuerySchema.parse({ q: "  sécurité\u0000 maroc " }).q).toBe("sécurité  maroc");
    expect(listArticlesQuerySchema.parse({ q: "   " }).q).toBeUndefined();
  });

  it("refuses what does not make sense, saying why", () => {
    expect(messages({ pageSize: "101" })).toEqual(["pageSize is at most 100."]);
    expect(messages({ page: "0" })).toEqual(["page starts at 1."]);
    expect(messages({ page: "1.5" })).toEqual(["page must be a whole number."]);
    expect(messages({ source: "rabat" })).toEqual(["source must be an id."]);
    expect(messages({ status: "DONE" })).toEqual(["status is one of TO_ANNOTATE, IN_PROGRESS, REVIEWED."]);
    expect(messages({ sort: "random" })).toEqual(["sort is one of relevance, newest, oldest."]);
    expect(messages({ from: "2023-02-30" })).toEqual(["from is a date written 2024, 2024-12 or 2024-12-02."]);
    expect(messages({ from: "mars 2023" })).toEqual(["from is a date written 2024, 2024-12 or 2024-12-02."]);
    expect(messages({ from: "2024", to: "2023" })).toEqual(["from is after to."]);
    expect(messages({ q: "a".repeat(501) })).toEqual(["A search has at most 500 characters."]);
    expect(messages({ language: Array.from({ length: 51 }, () => "fr") })).toEqual(["At most 50 language values."]);
  });
});
