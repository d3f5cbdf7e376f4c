// Fills the search benchmark's database with synthetic articles up to a size, in bulk (the import
// pipeline's own speed is `bench -- import`'s business): articles, their current revision (the search
// trigger indexes it), outlets, and annotations of entities and themes so the facets have work to do.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { syntheticArticles } from "@/lib/bench/synthetic-articles";

const BATCH = 500;
const ENTITY_ANNOTATIONS = 4;

// The register the annotations point to: one entity per distinct name the generator uses.
const entityNames = ["Nasser Bourita", "Abdellatif Loudiyi", "Abdellatif Hammouchi", "Gérald Darmanin", "Lloyd Austin", "Mark Esper", "DGST", "Forces armées royales", "DCSD", "AFRICOM", "Rabat", "Paris", "Washington", "Sahel", "Dakhla", "Tanger"];

async function ensureRegister(client: pg.Client): Promise<{ entities: string[]; themes: string[] }> {
  const { rows: types } = await client.query<{ id: string }>(`SELECT id FROM entity_types WHERE key = 'ORG'`);
  const { rows: existing } = await client.query<{ id: string }>(`SELECT id FROM entities ORDER BY "canonicalName"`);
  if (existing.length === 0) {
    await client.query(
      `INSERT INTO entities ("typeId", "canonicalName", "updatedAt") SELECT $1, name, now() FROM unnest($2::text[]) name`,
      [types[0]?.id, entityNames],
    );
  }
  const { rows: entities } = await client.query<{ id: string }>(`SELECT id FROM entities ORDER BY "canonicalName"`);
  const { rows: themes } = await client.query<{ id: string }>(`SELECT id FROM themes ORDER BY slug`);
  return { entities: entities.map((row) => row.id), themes: themes.map((row) => row.id) };
}

/** Adds synthetic articles until the database holds `target` of them; returns how many it added. */
export async function fillSearchCorpus(url: string, target: number, log: (line: string) => void): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>(`SELECT count(*) FROM articles WHERE "deletedAt" IS NULL`);
    const present = Number(rows[0]?.count);
    if (present >= target) return 0;
    const { entities, themes } = await ensureRegister(client);
    const generator = syntheticArticles(target, 11);
    for (let skipped = 0; skipped < present; skipped++) generator.next();

    const started = performance.now();
    let added = 0;
    while (present + added < target) {
      const batch = [];
      for (let index = 0; index < BATCH && present + added + index < target; index++) {
        const next = generator.next();
        if (next.done) break;
        batch.push({ ...next.value, id: randomUUID(), revisionId: randomUUID(), position: present + added + index });
      }
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO sources (name, language, "updatedAt") SELECT DISTINCT name, 'fr', now() FROM unnest($1::text[]) name ON CONFLICT (name) DO NOTHING`,
        [batch.map((article) => article.source)],
      );
      // Statuses and annotations follow the article's position, so the corpus is the same on every run.
      await client.query(
        `INSERT INTO articles (id, title, language, "sourceId", "publishedOn", "publishedPrecision", status, "contentHash", "updatedAt")
         SELECT a.id, a.title, 'fr', s.id, a.published, 'DAY', a.status::"ArticleStatus", md5(a.id::text), now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::text[]) AS a(id, title, source, published, status)
           JOIN sources s ON s.name = a.source`,
        [batch.map((a) => a.id), batch.map((a) => a.title), batch.map((a) => a.source), batch.map((a) => a.published), batch.map((a) => ["TO_ANNOTATE", "IN_PROGRESS", "REVIEWED"][a.position % 3])],
      );
      await client.query(
        `INSERT INTO article_revisions (id, "articleId", number, kind, text) SELECT r.id, r.article, 1, 'RAW', r.text FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS r(id, article, text)`,
        [batch.map((a) => a.revisionId), batch.map((a) => a.id), batch.map((a) => a.text)],
      );
      await client.query(`UPDATE articles a SET "currentRevisionId" = r.id FROM unnest($1::uuid[], $2::uuid[]) AS r(article, id) WHERE a.id = r.article`, [
        batch.map((a) => a.id),
        batch.map((a) => a.revisionId),
      ]);
      const annotations = batch.flatMap((article) => [
        ...Array.from({ length: ENTITY_ANNOTATIONS }, (_, k) => ({ article, kind: "ENTITY", entity: entities[(article.position * 7 + k * 5) % entities.length], theme: null })),
        { article, kind: "THEME", entity: null, theme: themes[(article.position * 3) % themes.length] },
      ]);
      await client.query(
        `INSERT INTO annotations ("articleId", "revisionId", kind, start, "end", quote, status, "entityId", "themeId", "updatedAt")
         SELECT n.article, n.revision, n.kind::"AnnotationKind", 0, 1, left(r.text, 1), n.status::"AnnotationStatus", n.entity, n.theme, now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::uuid[]) AS n(article, revision, kind, status, entity, theme)
           JOIN article_revisions r ON r.id = n.revision`,
        [
          annotations.map((n) => n.article.id),
          annotations.map((n) => n.article.revisionId),
          annotations.map((n) => n.kind),
          annotations.map((n, index) => (index % 4 === 0 ? "ACCEPTED" : "SUGGESTED")),
          annotations.map((n) => n.entity),
          annotations.map((n) => n.theme),
        ],
      );
      await client.query("COMMIT");
      added += batch.length;
      if (added % 10_000 < BATCH) log(`  ${present + added} articles (${Math.round(added / ((performance.now() - started) / 1000))} per second)`);
    }
    // Flushes the GIN pending list and sets the visibility map, as autovacuum would after a bulk load.
    await client.query("VACUUM ANALYZE articles");
    await client.query("ANALYZE");
    return added;
  } finally {
    await client.end();
  }
}
