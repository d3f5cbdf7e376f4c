// The dossier benchmark's material, written straight into the benchmark database: ten synthetic
// articles carrying accepted entity, date and theme annotations, and a dossier in review of 200 items
// (whole articles, excerpts, entity cards citing five mentions each, dated events, commentary) that
// cites about 500 passages once published.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { wordBoundaries } from "@/components/annotations/text-segments";
import { syntheticArticles } from "@/lib/bench/synthetic-articles";

export const BENCH_DOSSIER_SLUG = "bench-dossier";

const ARTICLES = 10;
const plan = { ARTICLE: 10, ENTITY: 76, EXCERPT: 57, EVENT: 50, COMMENTARY: 7 } as const;
const MENTIONS_PER_ENTITY = 6;

export async function createBenchDossier(url: string): Promise<{ items: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const ownerId = randomUUID();
    await client.query(`INSERT INTO users (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, 'bench-analyst@bench.local', 'Bench analyst', 'ANALYST', 'x', now())`, [ownerId]);
    const { rows: types } = await client.query<{ id: string }>(`SELECT id FROM entity_types WHERE key IN ('PERSON', 'ORG', 'LOCATION') ORDER BY key`);
    const { rows: themes } = await client.query<{ id: string }>(`SELECT id FROM themes ORDER BY slug LIMIT 8`);
    const entityIds = Array.from({ length: plan.ENTITY }, () => randomUUID());
    for (const [index, id] of entityIds.entries()) {
      await client.query(`INSERT INTO entities (id, "typeId", "canonicalName", "updatedAt") VALUES ($1, $2, $3, now())`, [id, types[index % types.length]?.id, `Entité ${index}`]);
      await client.query(`INSERT INTO entity_aliases ("entityId", name, normalized, kind) VALUES ($1, $2, $3, 'CANONICAL')`, [id, `Entité ${index}`, `entite ${index}`]);
    }

    const articles: { id: string; revisionId: string; text: string; words: [number, number][]; next: number }[] = [];
    for (const synthetic of syntheticArticles(ARTICLES, 11)) {
      const id = randomUUID();
      const revisionId = randomUUID();
      await client.query(`INSERT INTO articles (id, title, language, "contentHash", "updatedAt", "publishedOn", "publishedPrecision") VALUES ($1, $2, 'fr', $3, now(), $4::date, 'DAY')`, [id, synthetic.title, randomUUID(), synthetic.published]);
      await client.query(`INSERT INTO article_revisions (id, "articleId", number, kind, text) VALUES ($1, $2, 1, 'RAW', $3)`, [revisionId, id, synthetic.text]);
      await client.query(`UPDATE articles SET "currentRevisionId" = $1 WHERE id = $2`, [revisionId, id]);
      articles.push({ id, revisionId, text: synthetic.text, words: wordBoundaries(synthetic.text), next: 0 });
    }
    // Consecutive word spans of each article, handed out in turn so no two annotations overlap.
    const span = (articleIndex: number, words = 1) => {
      const article = articles[articleIndex % ARTICLES] as (typeof articles)[number];
      const first = article.words[article.next % article.words.length] as [number, number];
      const last = article.words[(article.next + words - 1) % article.words.length] as [number, number];
      article.next += words + 1;
      return { article, start: first[0], end: Math.max(first[1], last[1]) };
    };
    const annotate = async (kind: "ENTITY" | "DATE" | "THEME", at: ReturnType<typeof span>, extra: { entityId?: string; themeId?: string; day?: string }) => {
      const id = randomUUID();
      const anchor = describeSpan(at.article.text, at.start, at.end);
      await client.query(
        `INSERT INTO annotations (id, "articleId", "revisionId", kind, start, "end", quote, prefix, suffix, "entityId", "themeId", "dateStart", "dateEnd", "datePrecision", status, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $12::date, CASE WHEN $12::text IS NULL THEN NULL ELSE 'DAY'::"DatePrecision" END, 'ACCEPTED', now())`,
        [id, at.article.id, at.article.revisionId, kind, at.start, at.end, anchor.quote, anchor.prefix, anchor.suffix, extra.entityId ?? null, extra.themeId ?? null, extra.day ?? null],
      );
      return id;
    };
    for (const [index, entityId] of entityIds.entries()) {
      for (let mention = 0; mention < MENTIONS_PER_ENTITY; mention++) await annotate("ENTITY", span(index + mention, 2), { entityId });
    }
    for (let index = 0; index < 40; index++) await annotate("THEME", span(index, 3), { themeId: themes[index % themes.length]?.id });
    const dateIds: string[] = [];
    for (let index = 0; index < plan.EVENT; index++) dateIds.push(await annotate("DATE", span(index, 2), { day: `2023-${String((index % 12) + 1).padStart(2, "0")}-${String((index % 27) + 1).padStart(2, "0")}` }));

    const dossierId = randomUUID();
    await client.query(`INSERT INTO dossiers (id, slug, title, summary, status, "ownerId", "updatedAt") VALUES ($1, $2, 'Dossier de référence (200 éléments)', 'Banc d''essai de lecture', 'IN_REVIEW', $3, now())`, [dossierId, BENCH_DOSSIER_SLUG, ownerId]);
    const sectionIds = Array.from({ length: 5 }, () => randomUUID());
    for (const [index, id] of sectionIds.entries()) await client.query(`INSERT INTO dossier_sections (id, "dossierId", title, position, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [id, dossierId, `Section ${index + 1}`, index]);
    const kinds = Object.entries(plan).flatMap(([kind, count]) => Array.from({ length: count }, (_, index) => [kind, index] as const));
    for (const [position, [kind, index]] of kinds.entries()) {
      const sectionId = sectionIds[position % sectionIds.length];
      const article = articles[index % ARTICLES] as (typeof articles)[number];
      const excerpt = kind === "EXCERPT" ? span(index, 12) : null;
      const anchor = excerpt ? describeSpan(article.text, excerpt.start, excerpt.end) : null;
      await client.query(
        `INSERT INTO dossier_items (id, "sectionId", position, kind, "articleId", "revisionId", start, "end", quote, prefix, suffix, "annotationId", "entityId", body, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())`,
        [
          randomUUID(),
          sectionId,
          position,
          kind,
          kind === "ARTICLE" || kind === "EXCERPT" ? (excerpt?.article ?? article).id : null,
          excerpt ? excerpt.article.revisionId : null,
          excerpt?.start ?? null,
          excerpt?.end ?? null,
          anchor?.quote ?? null,
          anchor?.prefix ?? null,
          anchor?.suffix ?? null,
          kind === "EVENT" ? dateIds[index] : null,
          kind === "ENTITY" ? entityIds[index] : null,
          kind === "COMMENTARY" ? `## Analyse ${index}\n\nLe **renforcement** de la coopération se confirme, selon [la source](https://example.org/${index}).` : null,
        ],
      );
    }
    await client.query("COMMIT");
    return { items: kinds.length };
  } finally {
    await client.end();
  }
}
