// What counts as a mention of an entity, in one place for every query of the register: an entity
// annotation that is not deleted nor rejected, on an article that is not deleted. Aliases `an`
// (annotations) and `ar` (articles); `entity` is the SQL of the entity id (a parameter or a column).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

export function mentionsOf(entity: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`annotations an JOIN articles ar ON ar.id = an."articleId" AND ar."deletedAt" IS NULL
    WHERE an."entityId" = ${entity} AND an.kind = 'ENTITY' AND an."deletedAt" IS NULL AND an.status <> 'REJECTED'`;
}

export const entityParam = (id: string) => Prisma.sql`${id}::uuid`;
