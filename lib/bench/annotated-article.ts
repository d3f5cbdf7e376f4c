// The annotate benchmark's material: one article of about 50,000 characters built from the synthetic
// generator, and 1,000 annotations over it (entities, dates, themes; one in ten nested in another),
// written straight into the benchmark database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { wordBoundaries } from "@/components/annotations/text-segments";
import { syntheticArticles } from "@/lib/bench/synthetic-articles";

export type AnnotatedArticle = { articleId: string; text: string; entityIds: string[]; freeSpans: { start: number; end: number; quote: string }[] };

export async function createAnnotatedArticle(url: string, length: number, annotations: number): Promise<AnnotatedArticle> {
  let text = "";
  for (const article of syntheticArticles(100, 7)) {
    if (text.length >= length) break;
    text += `${article.text}\n\n`;
  }
  text = text.slice(0, length).trimEnd();
  const words = wordBoundaries(text);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const articleId = randomUUID();
    const revisionId = randomUUID();
    await client.query("BEGIN");
    await client.query(`INSERT INTO articles (id, title, language, "contentHash", "updatedAt", "publishedOn", "publishedPrecision") VALUES ($1, 'Article de 50 000 caractères', 'fr', $2, now(), '2023-03-15', 'DAY')`, [articleId, randomUUID()]);
    await client.query(`INSERT INTO article_revisions (id, "articleId", number, kind, text) VALUES ($1, $2, 1, 'RAW', $3)`, [revisionId, articleId, text]);
    await client.query(`UPDATE articles SET "currentRevisionId" = $1 WHERE id = $2`, [revisionId, articleId]);
    const { rows: types } = await client.query<{ id: string }>(`SELECT id FROM entity_types WHERE key IN ('PERSON', 'ORG', 'LOCATION') ORDER BY key`);
    const entityIds: string[] = [];
    for (let index = 0; index < 50; index++) {
      const id = randomUUID();
      entityIds.push(id);
      await client.query(`INSERT INTO entities (id, "typeId", "canonicalName", "updatedAt") VALUES ($1, $2, $3, now())`, [id, types[index % types.length]?.id, `Entité ${index}`]);
      await client.query(`INSERT INTO entity_aliases ("entityId", name, normalized, kind) VALUES ($1, $2, $3, 'CANONICAL')`, [id, `Entité ${index}`, `entite ${index}`]);
    }
    const { rows: themes } = await client.query<{ id: string }>(`SELECT id FROM themes ORDER BY slug LIMIT 10`);
    // Every other word pair is annotated; the rest stays free for the round-trip measurements.
    const stride = Math.floor(words.length / annotations);
    const values: unknown[][] = [];
    const freeSpans: AnnotatedArticle["freeSpans"] = [];
    for (let index = 0; index < annotations; index++) {
      const first = words[index * stride] as [number, number];
      const second = words[index * stride + 1] ?? first;
      const nested = index % 10 === 9 && values.length > 0;
      const [start, end] = nested ? [first[0], first[1]] : [first[0], second[1]];
      const kind = index % 5 === 3 ? "DATE" : index % 5 === 4 ? "THEME" : "ENTITY";
      const anchor = describeSpan(text, start, end);
      values.push([randomUUID(), articleId, revisionId, kind, start, end, anchor.quote, anchor.prefix, anchor.suffix, kind === "ENTITY" ? entityIds[index % 50] : null, kind === "THEME" ? themes[index % themes.length]?.id : null, kind === "DATE" ? "2023-03-05" : null, index % 3 === 0 ? "ACCEPTED" : "SUGGESTED", (index % 97) / 100]);
      const free = words[index * stride + 2];
      if (free && stride > 2) freeSpans.push({ start: free[0], end: free[1], quote: text.slice(free[0], free[1]) });
    }
    for (const row of values) {
      await client.query(
        `INSERT INTO annotations (id, "articleId", "revisionId", kind, start, "end", quote, prefix, suffix, "entityId", "themeId", "dateStart", "dateEnd", "datePrecision", status, confidence, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $12::date, CASE WHEN $12 IS NULL THEN NULL ELSE 'DAY'::"DatePrecision" END, $13, $14, now())`,
        row,
      );
    }
    await client.query("COMMIT");
    return { articleId, text, entityIds, freeSpans };
  } finally {
    await client.end();
  }
}
