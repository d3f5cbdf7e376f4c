// The size estimate of a search: its first share of the sample when that holds enough hits, the whole
// estimate sample otherwise, and the words parsed in the same statement.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { estimateStatement, scaledEstimate, type EstimateRow } from "@/lib/search/sampled-search-sql";
import { listArticlesQuerySchema } from "@/lib/validations/article";

/** Articles titled with `word`, `count` of them for each sample key given. */
async function createTitled(word: string, counts: Record<number, number>): Promise<void> {
  const keys = Object.entries(counts).flatMap(([key, count]) => Array<number>(count).fill(Number(key)));
  await db.$executeRaw(Prisma.sql`
    INSERT INTO articles (title, language, "contentHash", "sampleKey", "updatedAt")
    SELECT 'Dépêche ' || ${word} || ' ' || n, 'fr', md5(random()::text), key, now() FROM unnest(${keys}::int[]) WITH ORDINALITY AS k(key, n)`);
}

const estimate = async (q: string) => {
  const [row] = await plainSql(db).query<EstimateRow>(estimateStatement(listArticlesQuerySchema.parse({ q })));
  return row as EstimateRow;
};

describe("estimateStatement", () => {
  it("stops at the first 0.5 % of the articles when they hold 100 hits, and reads 2 % otherwise", async () => {
    const common = `zest${randomUUID().replace(/[^a-f]/g, "").slice(0, 8)}`;
    await createTitled(common, { 0: 60, 4: 40, 10: 30 });
    const first = await estimate(common);
    expect(first).toMatchObject({ keys: 5, matches: 100, titled: 100 });
    // Stemmed, in each language present: 'zestabc' | 'zestab'.
    expect(first.words?.anyWord).toMatch(/^'zest[a-f]+'/);
    expect(scaledEstimate(first).matches).toBe(20_000);

    const rare = `zest${randomUUID().replace(/[^a-f]/g, "").slice(0, 8)}`;
    await createTitled(rare, { 0: 30, 5: 20, 19: 10, 20: 50 });
    const whole = await estimate(rare);
    expect(whole).toMatchObject({ keys: 20, matches: 60 });
    expect(scaledEstimate(whole).matches).toBe(3000);
  });

  it("parses no words for the plain list, and an empty query for punctuation alone", async () => {
    expect((await plainSql(db).query<EstimateRow>(estimateStatement(listArticlesQuerySchema.parse({}))))[0]?.words).toBeNull();
    expect((await estimate("!!! ()")).words).toEqual({ tsquery: "", anyWord: "" });
  });
});
