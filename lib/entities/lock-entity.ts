// What every change of the register starts with: the entity row locked until the transaction ends, so
// two changes of one entity (an edit, a merge, a split) run one after the other and the second sees
// the first; a deleted entity is not found, a merged one and a stale version are refused (409).
import "server-only";
import { conflict, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export type LockedEntity = { id: string; typeId: string; canonicalName: string; version: number; mergedIntoId: string | null };

/** Locks entities (in id order, so two transactions never wait on each other) and returns them by id. */
export async function lockEntities(tx: Prisma.TransactionClient, ids: string[]): Promise<Map<string, LockedEntity>> {
  const rows = await tx.$queryRaw<LockedEntity[]>(Prisma.sql`
    SELECT id, "typeId", "canonicalName", version, "mergedIntoId" FROM entities
     WHERE id = ANY(${[...new Set(ids)].sort()}::uuid[]) AND "deletedAt" IS NULL
     ORDER BY id FOR UPDATE`);
  return new Map(rows.map((row) => [row.id, row]));
}

/** One live, unmerged entity at the version the person read (when given). */
export async function lockEntity(tx: Prisma.TransactionClient, id: string, version?: number): Promise<LockedEntity> {
  const entity = (await lockEntities(tx, [id])).get(id);
  return assertChangeable(entity, version);
}

export function assertChangeable(entity: LockedEntity | undefined, version?: number): LockedEntity {
  if (!entity) throw notFound("This entity");
  if (entity.mergedIntoId) throw conflict(`“${entity.canonicalName}” was merged into another entity: change that one instead.`);
  if (version !== undefined && entity.version !== version) throw conflict(`Someone else changed “${entity.canonicalName}” meanwhile. Reload it and apply your change again.`);
  return entity;
}

/** The entity changed: a client holding the old version is refused from now on. */
export async function bumpVersion(tx: Prisma.TransactionClient, id: string): Promise<number> {
  const { version } = await tx.entity.update({ where: { id }, data: { version: { increment: 1 } }, select: { version: true } });
  return version;
}
