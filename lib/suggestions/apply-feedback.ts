// What a decision on an entity suggestion teaches the recommenders. Accepting adds the words of the
// text as a name of the entity (if new), confirms an entity a recommender proposed, and lifts an
// earlier rejection of those words. Rejecting records the words so they are not proposed again: for
// the entity type when the entity was only proposed, for the entity otherwise; and an entity that was
// only proposed goes (soft delete, audited) once none of its mentions is pending or accepted and no
// dossier cites it. Reopening a decision changes neither.
import "server-only";
import type { SqlClient } from "@/lib/db/plain-sql";
import { entityUsesSql } from "@/lib/entities/entity-uses-sql";
import { normalizeName } from "@/lib/entities/normalize-name";
import { Prisma } from "@/lib/generated/prisma/client";

type Decided = { quote: string; entityId: string; typeId: string; proposed: boolean };

export async function applySuggestionFeedback(sql: SqlClient, actorId: string, ids: string[], decision: "ACCEPTED" | "REJECTED" | "SUGGESTED"): Promise<void> {
  if (decision === "SUGGESTED" || ids.length === 0) return;
  const decided = await sql.query<Decided>(Prisma.sql`
    SELECT a.quote, e.id AS "entityId", e."typeId", e."proposedBy" IS NOT NULL AS proposed
      FROM annotations a JOIN entities e ON e.id = a."entityId"
     WHERE a.id = ANY(${ids}::uuid[]) AND a.kind = 'ENTITY' AND a.origin = 'SUGGESTION' AND a.quote <> ''`);
  if (decided.length === 0) return;
  const forms = decided.map((row) => normalizeName(row.quote));
  const entityIds = decided.map((row) => row.entityId);
  if (decision === "ACCEPTED") {
    await sql.query(Prisma.sql`
      WITH accepted AS (
        SELECT DISTINCT ON (entity, normalized) * FROM unnest(${entityIds}::uuid[], ${decided.map((row) => row.quote.trim())}::text[], ${forms}::text[]) AS d(entity, name, normalized)
      ),
      named AS (
        INSERT INTO entity_aliases ("entityId", name, normalized, kind)
        SELECT entity, name, normalized, CASE WHEN name ~ '^[[:upper:][:digit:]-]{2,}$' THEN 'ACRONYM'::"AliasKind" ELSE 'VARIANT'::"AliasKind" END FROM accepted
        ON CONFLICT ("entityId", normalized) DO NOTHING
        RETURNING "entityId", name
      ),
      confirmed AS (
        UPDATE entities SET "proposedBy" = NULL, "deletedAt" = NULL, "deletedById" = NULL, version = version + 1, "updatedAt" = now()
         WHERE id IN (SELECT entity FROM accepted) AND "proposedBy" IS NOT NULL
      ),
      lifted AS (
        DELETE FROM suggestion_rejections r USING accepted a, entities e
         WHERE e.id = a.entity AND r.normalized = a.normalized AND (r."entityId" = a.entity OR r."entityTypeId" = e."typeId")
      )
      INSERT INTO audit_log ("actorId", action, "targetType", after)
      SELECT ${actorId}::uuid, 'suggestion.accept', 'annotation', jsonb_build_object('ids', ${ids}::text[], 'aliasesAdded', COALESCE(jsonb_agg(jsonb_build_object('entityId', "entityId", 'name', name)), '[]'::jsonb)) FROM named`);
    return;
  }
  const uses = entityUsesSql(Prisma.sql`e.id`);
  await sql.query(Prisma.sql`
    WITH rejected AS (
      SELECT DISTINCT * FROM unnest(${forms}::text[], ${entityIds}::uuid[], ${decided.map((row) => row.typeId)}::uuid[], ${decided.map((row) => row.proposed)}::boolean[]) AS d(normalized, entity, type, proposed)
    ),
    recorded AS (
      INSERT INTO suggestion_rejections (normalized, "entityTypeId", "entityId", "rejectedById")
      SELECT DISTINCT r.normalized, CASE WHEN r.proposed THEN r.type END, CASE WHEN r.proposed THEN NULL ELSE r.entity END, ${actorId}::uuid FROM rejected r
       WHERE NOT EXISTS (SELECT 1 FROM suggestion_rejections x WHERE x.normalized = r.normalized
                           AND (CASE WHEN r.proposed THEN x."entityTypeId" = r.type ELSE x."entityId" = r.entity END))
    ),
    dropped AS (
      UPDATE entities e SET "deletedAt" = now(), "deletedById" = ${actorId}::uuid, version = e.version + 1, "updatedAt" = now()
       WHERE e.id IN (SELECT entity FROM rejected WHERE proposed) AND e."proposedBy" IS NOT NULL AND e."deletedAt" IS NULL
         AND NOT EXISTS ${uses.mentioned} AND NOT EXISTS ${uses.cited} AND NOT EXISTS ${uses.merged}
      RETURNING e.id
    )
    INSERT INTO audit_log ("actorId", action, "targetType", after)
    SELECT ${actorId}::uuid, 'suggestion.reject', 'annotation', jsonb_build_object('ids', ${ids}::text[], 'entitiesDeleted', COALESCE(jsonb_agg(id), '[]'::jsonb)) FROM dropped`);
}
