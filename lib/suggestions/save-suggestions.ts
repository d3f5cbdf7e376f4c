// Stores an article's suggestions as SUGGESTED annotations (origin SUGGESTION, with their recommender
// and confidence), in one transaction and a handful of statements: names the register does not know
// become entities proposed by their recommender, and nothing is proposed where the article already has
// an annotation of that kind (whatever its status: a rejected suggestion is not proposed again).
import "server-only";
import { randomUUID } from "node:crypto";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import type { SqlClient } from "@/lib/db/plain-sql";
import { normalizeName } from "@/lib/entities/normalize-name";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntitySuggestion, Suggestions } from "@/lib/suggestions/types";

export type SavedSuggestions = { entities: number; dates: number; themes: number; newEntities: number };

type Revision = { articleId: string; revisionId: string; text: string };
type Existing = { kind: "ENTITY" | "DATE" | "THEME"; start: number | null; end: number | null; themeId: string | null };
type Row = {
  id: string;
  kind: "ENTITY" | "DATE" | "THEME";
  scope: "SPAN" | "DOCUMENT";
  start: number | null;
  end: number | null;
  recommender: string;
  confidence: number;
  entityId: string | null;
  themeId: string | null;
  date: { start: string; end: string; precision: string } | null;
  supportsId: string | null;
};

export async function saveSuggestions(sql: SqlClient, revision: Revision, suggestions: Suggestions, actorId: string | null): Promise<SavedSuggestions> {
  // Two runs on one article at once would both see it free: the second waits, then sees the first's.
  await sql.query(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('suggestions|' || ${revision.articleId}))`);
  const existing = await sql.query<Existing>(Prisma.sql`
    SELECT kind, start, "end", "themeId" FROM annotations
     WHERE "articleId" = ${revision.articleId}::uuid AND "deletedAt" IS NULL AND ("revisionId" = ${revision.revisionId}::uuid OR scope = 'DOCUMENT')`);
  const isFree = (kind: Existing["kind"], span: { start: number; end: number }) =>
    !existing.some((other) => other.kind === kind && other.start !== null && other.end !== null && other.start < span.end && span.start < other.end);

  const entities = suggestions.entities.filter((entity) => isFree("ENTITY", entity));
  const { ids: entityIds, created } = await resolveEntities(sql, entities, actorId);
  const rows: Row[] = [];
  const base = { scope: "SPAN" as const, entityId: null, themeId: null, date: null, supportsId: null };
  entities.forEach((entity, index) => {
    const entityId = entityIds[index];
    if (entityId) rows.push({ ...base, id: randomUUID(), kind: "ENTITY", start: entity.start, end: entity.end, recommender: entity.recommender, confidence: entity.confidence, entityId });
  });
  for (const date of suggestions.dates.filter((found) => isFree("DATE", found))) {
    rows.push({ ...base, id: randomUUID(), kind: "DATE", start: date.start, end: date.end, recommender: "dates", confidence: date.confidence, date: date.value });
  }
  const themeIds = await themeIdsOf(sql, suggestions.themes.map((theme) => theme.slug));
  let themes = 0;
  for (const theme of suggestions.themes) {
    const themeId = themeIds.get(theme.slug);
    if (!themeId || existing.some((other) => other.themeId === themeId) || theme.evidence.length === 0) continue;
    const id = randomUUID();
    const common = { recommender: theme.recommender, confidence: theme.score, entityId: null, themeId, date: null };
    rows.push({ ...common, id, kind: "THEME", scope: "DOCUMENT", start: null, end: null, supportsId: null });
    for (const span of theme.evidence) rows.push({ ...common, id: randomUUID(), kind: "THEME", scope: "SPAN", start: span.start, end: span.end, supportsId: id });
    themes++;
  }
  await insertRows(sql, revision, rows, actorId);
  return {
    entities: rows.filter((row) => row.kind === "ENTITY").length,
    dates: rows.filter((row) => row.kind === "DATE").length,
    themes,
    newEntities: created,
  };
}

/**
 * The entity of each suggestion: the register's, or one of the same type and name created now (marked
 * as proposed by its recommender). Names are locked first, in order, so two imports running at once
 * create one entity, not two.
 */
async function resolveEntities(sql: SqlClient, entities: EntitySuggestion[], actorId: string | null): Promise<{ ids: (string | null)[]; created: number }> {
  const wanted = new Map<string, { type: string; name: string; normalized: string; recommender: string }>();
  const keyOf = (entity: EntitySuggestion) => `${entity.type}|${normalizeName(entity.name)}`;
  for (const entity of entities) {
    if (!entity.entityId && !wanted.has(keyOf(entity))) wanted.set(keyOf(entity), { type: entity.type, name: entity.name.trim(), normalized: normalizeName(entity.name), recommender: entity.recommender });
  }
  const found = new Map<string, string>();
  let created = 0;
  if (wanted.size > 0) {
    const keys = [...wanted.keys()].sort();
    await sql.query(Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('entity-name|' || key)) FROM unnest(${keys}::text[]) AS key ORDER BY key`);
    const known = await sql.query<{ key: string; id: string }>(Prisma.sql`
      SELECT DISTINCT ON (t.key, a.normalized) t.key || '|' || a.normalized AS key, e.id
        FROM entity_aliases a
        JOIN entities e ON e.id = a."entityId" AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
        JOIN entity_types t ON t.id = e."typeId" AND t."deletedAt" IS NULL
       WHERE a."deletedAt" IS NULL AND t.key || '|' || a.normalized = ANY(${keys}::text[])
       ORDER BY t.key, a.normalized, e."createdAt"`);
    for (const row of known) found.set(row.key, row.id);
    const missing = keys.filter((key) => !found.has(key)).map((key) => wanted.get(key) as { type: string; name: string; normalized: string; recommender: string });
    if (missing.length > 0) {
      const inserted = await sql.query<{ key: string; id: string }>(Prisma.sql`
        WITH wanted AS (
          SELECT * FROM unnest(${missing.map((item) => item.type)}::text[], ${missing.map((item) => item.name)}::text[],
                               ${missing.map((item) => item.normalized)}::text[], ${missing.map((item) => item.recommender)}::text[]) AS w(type, name, normalized, recommender)
        ),
        created AS (
          INSERT INTO entities (id, "typeId", "canonicalName", "proposedBy", "createdById", "updatedAt")
          SELECT gen_random_uuid(), t.id, w.name, w.recommender, ${actorId}::uuid, now() FROM wanted w JOIN entity_types t ON t.key = w.type AND t."deletedAt" IS NULL
          RETURNING id, "typeId", "canonicalName"
        ),
        named AS (
          INSERT INTO entity_aliases ("entityId", name, normalized, kind)
          SELECT c.id, c."canonicalName", w.normalized, 'CANONICAL' FROM created c JOIN entity_types t ON t.id = c."typeId" JOIN wanted w ON w.type = t.key AND w.name = c."canonicalName"
          RETURNING "entityId", normalized
        ),
        audited AS (
          INSERT INTO audit_log ("actorId", action, "targetType", "targetId", after)
          SELECT ${actorId}::uuid, 'entity.create', 'entity', c.id::text, jsonb_build_object('name', c."canonicalName", 'proposedBy', w.recommender)
            FROM created c JOIN entity_types t ON t.id = c."typeId" JOIN wanted w ON w.type = t.key AND w.name = c."canonicalName"
        )
        SELECT t.key || '|' || n.normalized AS key, n."entityId" AS id FROM named n JOIN created c ON c.id = n."entityId" JOIN entity_types t ON t.id = c."typeId"`);
      for (const row of inserted) found.set(row.key, row.id);
      created = inserted.length;
    }
  }
  return { ids: entities.map((entity) => entity.entityId ?? found.get(keyOf(entity)) ?? null), created };
}

async function themeIdsOf(sql: SqlClient, slugs: string[]): Promise<Map<string, string>> {
  if (slugs.length === 0) return new Map();
  const rows = await sql.query<{ slug: string; id: string }>(Prisma.sql`SELECT slug, id FROM themes WHERE slug = ANY(${slugs}::text[]) AND "deletedAt" IS NULL`);
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function insertRows(sql: SqlClient, revision: Revision, rows: Row[], actorId: string | null): Promise<void> {
  if (rows.length === 0) return;
  const anchors = rows.map((row) => (row.start === null || row.end === null ? { quote: "", prefix: "", suffix: "" } : describeSpan(revision.text, row.start, row.end)));
  const column = <T>(pick: (row: Row, index: number) => T) => rows.map(pick);
  await sql.query(Prisma.sql`
    INSERT INTO annotations (id, "articleId", "revisionId", kind, scope, start, "end", quote, prefix, suffix, status, origin, recommender, confidence,
                             "entityId", "themeId", "dateStart", "dateEnd", "datePrecision", "supportsId", "updatedAt")
    SELECT r.id, ${revision.articleId}::uuid, ${revision.revisionId}::uuid, r.kind::"AnnotationKind", r.scope::"AnnotationScope", r.start, r."end", r.quote, r.prefix, r.suffix,
           'SUGGESTED', 'SUGGESTION', r.recommender, r.confidence, r."entityId", r."themeId", r."dateStart", r."dateEnd", r."datePrecision"::"DatePrecision", r."supportsId", now()
      FROM unnest(${column((row) => row.id)}::uuid[], ${column((row) => row.kind)}::text[], ${column((row) => row.scope)}::text[], ${column((row) => row.start)}::int[],
                  ${column((row) => row.end)}::int[], ${column((_, index) => anchors[index]?.quote ?? "")}::text[], ${column((_, index) => anchors[index]?.prefix ?? "")}::text[],
                  ${column((_, index) => anchors[index]?.suffix ?? "")}::text[], ${column((row) => row.recommender)}::text[], ${column((row) => row.confidence)}::float8[],
                  ${column((row) => row.entityId)}::uuid[], ${column((row) => row.themeId)}::uuid[], ${column((row) => row.date?.start ?? null)}::date[],
                  ${column((row) => row.date?.end ?? null)}::date[], ${column((row) => row.date?.precision ?? null)}::text[], ${column((row) => row.supportsId)}::uuid[])
        AS r(id, kind, scope, start, "end", quote, prefix, suffix, recommender, confidence, "entityId", "themeId", "dateStart", "dateEnd", "datePrecision", "supportsId")`);
  await sql.query(Prisma.sql`
    INSERT INTO audit_log ("actorId", action, "targetType", "targetId", after)
    VALUES (${actorId}::uuid, 'suggestion.create', 'article', ${revision.articleId}, ${JSON.stringify({ ids: rows.map((row) => row.id) })}::jsonb)`);
}
