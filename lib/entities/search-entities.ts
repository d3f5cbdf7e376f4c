// Type-ahead over the entity register: names and every alias, accent- and case-insensitive. Names that
// start with the typed text come first, then those containing it; merged and deleted entities are left out.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { normalizeName } from "@/lib/entities/normalize-name";
import { Prisma } from "@/lib/generated/prisma/client";

export type EntityMatch = { id: string; name: string; typeKey: string; color: string; matchedAlias: string; aliasCount: number };

export async function searchEntities(actor: CurrentUser, query: string, typeKey?: string): Promise<EntityMatch[]> {
  assertCan(actor, "entity.read");
  const folded = normalizeName(query);
  if (!folded) return [];
  const pattern = folded.replace(/[\\%_]/g, (character) => `\\${character}`);
  return plainSql(db).query<EntityMatch>(Prisma.sql`
    SELECT id, name, "typeKey", color, "matchedAlias", "aliasCount" FROM (
      SELECT DISTINCT ON (e.id) e.id, e."canonicalName" AS name, t.key AS "typeKey", t.color, a.name AS "matchedAlias",
             (SELECT count(*)::int FROM entity_aliases x WHERE x."entityId" = e.id AND x."deletedAt" IS NULL) AS "aliasCount",
             a.normalized LIKE ${pattern} || '%' AS prefix
        FROM entity_aliases a
        JOIN entities e ON e.id = a."entityId" AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
        JOIN entity_types t ON t.id = e."typeId"
       WHERE a."deletedAt" IS NULL AND a.normalized LIKE '%' || ${pattern} || '%' AND (${typeKey ?? null}::text IS NULL OR t.key = ${typeKey ?? null})
       ORDER BY e.id, prefix DESC, length(a.name)) matches
    ORDER BY prefix DESC, name LIMIT 20`);
}
