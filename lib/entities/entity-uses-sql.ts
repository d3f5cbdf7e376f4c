// What keeps an entity from going (a deletion, or the suggestions dropping an entity they proposed):
// live mentions pending or accepted, dossier items citing it, merges not undone. `entity` is an SQL
// expression for its id; each fragment is a subquery for EXISTS.
import { Prisma } from "@/lib/generated/prisma/client";

export function entityUsesSql(entity: Prisma.Sql) {
  return {
    mentioned: Prisma.sql`(SELECT 1 FROM annotations a WHERE a."entityId" = ${entity} AND a."deletedAt" IS NULL AND a.status <> 'REJECTED')`,
    cited: Prisma.sql`(SELECT 1 FROM dossier_items d WHERE d."entityId" = ${entity} AND d."deletedAt" IS NULL)`,
    merged: Prisma.sql`(SELECT 1 FROM entity_merges m WHERE (m."sourceId" = ${entity} OR m."targetId" = ${entity}) AND m."undoneAt" IS NULL)`,
  };
}
