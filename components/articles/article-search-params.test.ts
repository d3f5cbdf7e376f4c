// The article search lives in the address bar: these are the rules that make a shared link reproduce it.
import { describe, expect, it } from "vitest";
import {
  articleSearchString,
  articleSearchStringOf,
  changeArticleSearch,
  clearedFilters,
  hasActiveFilters,
  readArticleSearch,
  toggleValue,
} from "@/components/articles/article-search-params";

const read = (query: string) => readArticleSearch(new URLSearchParams(query));
const canonical = (query: string) => articleSearchString(read(query));

describe("article search in the URL", () => {
  it("reads an empty address as the first page of everything", () => {
    expect(read("")).toEqual({ q: "", source: [], language: [], theme: [], entity: [], status: [], from: "", to: "", sort: "", page: 1, pageSize: "" });
    expect(canonical("")).toBe("");
  });

  it("writes one canonical string whatever the order of the parameters and values", () => {
    const a = canonical("page=2&language=fr&q=securite+maroc&language=en&status=REVIEWED");
    const b = canonical("status=REVIEWED&language=en&q=securite%20maroc&language=fr&page=2");
    expect(a).toBe(b);
    expect(a).toBe("q=securite+maroc&language=en&language=fr&status=REVIEWED&page=2");
  });

  it("reads a server page's searchParams record the way the browser reads the address", () => {
    expect(articleSearchStringOf({ language: ["fr", "en"], q: "securite maroc", page: "2", from: undefined })).toBe(canonical("q=securite+maroc&language=fr&language=en&page=2"));
  });

  it("drops empty values, duplicates, page 1 and the default order", () => {
    expect(canonical("q=+&source=&language=fr&language=fr&page=1&sort=newest")).toBe("language=fr");
    expect(canonical("q=maroc&sort=relevance")).toBe("q=maroc");
    // Relevance without words is the newest-first order.
    expect(canonical("sort=relevance")).toBe("");
    expect(canonical("q=maroc&sort=newest")).toBe("q=maroc&sort=newest");
    expect(canonical("sort=oldest")).toBe("sort=oldest");
  });

  it("passes values it cannot judge through to the API, which explains what is wrong", () => {
    expect(canonical("from=2023-13&sort=sideways&pageSize=50")).toBe("from=2023-13&sort=sideways&pageSize=50");
    expect(read("page=abc").page).toBe(1);
    expect(read("page=0").page).toBe(1);
  });

  it("starts a changed search at page 1 and keeps the page of an unchanged one", () => {
    const search = read("q=maroc&page=3");
    expect(changeArticleSearch(search, { language: ["fr"] }).page).toBe(1);
    expect(changeArticleSearch(search, { q: "maroc" }).page).toBe(3);
    expect(changeArticleSearch(search, { page: 4 }).page).toBe(4);
  });

  it("toggles a value in a list and clears the filters but not the words or the order", () => {
    expect(toggleValue(["fr"], "en")).toEqual(["fr", "en"]);
    expect(toggleValue(["fr", "en"], "fr")).toEqual(["en"]);
    const search = read("q=maroc&sort=oldest&language=fr&from=2023&to=2024");
    expect(hasActiveFilters(search)).toBe(true);
    const cleared = changeArticleSearch(search, clearedFilters);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(articleSearchString(cleared)).toBe("q=maroc&sort=oldest");
  });
});
