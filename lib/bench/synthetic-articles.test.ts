import { describe, expect, it } from "vitest";
import { syntheticArticles } from "@/lib/bench/synthetic-articles";

describe("syntheticArticles", () => {
  const articles = [...syntheticArticles(200, 5)];

  it("writes French articles of 2 to 8 thousand characters with a title, an outlet and a day", () => {
    for (const article of articles) {
      expect(article.text.length).toBeGreaterThanOrEqual(2000);
      expect(article.text.length).toBeLessThan(9000);
      expect(article.title).toMatch(/ à .+ : .+ \(\d+\)$/);
      expect(article.published).toMatch(/^20(1[5-9]|2[0-5])-\d{2}-\d{2}$/);
      expect(article.language).toBe("fr");
    }
    expect(new Set(articles.map((article) => article.source)).size).toBeGreaterThan(10);
  });

  it("is deterministic for a seed and different across seeds", () => {
    expect([...syntheticArticles(3, 5)]).toEqual(articles.slice(0, 3));
    expect([...syntheticArticles(3, 6)][0]?.text).not.toBe(articles[0]?.text);
  });

  it("gives each article its own cast, so a name does not appear everywhere", () => {
    const mentioning = articles.filter((article) => article.text.includes("Bourita")).length;
    expect(mentioning).toBeGreaterThan(10);
    expect(mentioning).toBeLessThan(150);
  });
});
