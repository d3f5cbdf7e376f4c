// The article list query comes from the URL: strings are coerced, and the page size is bounded so a
// request cannot ask for the whole table at once.
import { describe, expect, it } from "vitest";
import { listArticlesQuerySchema } from "@/lib/validations/article";

describe("listArticlesQuerySchema", () => {
  it("defaults to the first page of 25", () => {
    expect(listArticlesQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25 });
  });

  it("coerces the query string's numbers", () => {
    expect(listArticlesQuerySchema.parse({ page: "3", pageSize: "50" })).toEqual({ page: 3, pageSize: 50 });
  });

  it("refuses pages below 1, page sizes above 100, and what is not a whole number", () => {
    for (const query of [{ page: "0" }, { page: "-1" }, { page: "abc" }, { page: "1.5" }, { pageSize: "101" }, { pageSize: "0" }]) {
      expect(listArticlesQuerySchema.safeParse(query).success, JSON.stringify(query)).toBe(false);
    }
    expect(listArticlesQuerySchema.safeParse({ pageSize: "100" }).success).toBe(true);
    expect(listArticlesQuerySchema.safeParse({ pageSize: "101" }).error?.issues.map((issue) => issue.message)).toEqual(["pageSize is at most 100."]);
    expect(listArticlesQuerySchema.safeParse({ page: "0" }).error?.issues.map((issue) => issue.message)).toEqual(["page starts at 1."]);
  });
});
