// Deleting an entity puts it in the trash: it leaves the register, the type-ahead and the suggestions.
// Only an entity nothing relies on may go — no mention pending or accepted (in any article, deleted
// ones included), no dossier item citing it, no merge into or out of it that is not undone — so a
// deletion never hides someone's annotation and a restore brings back exactly what was there.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { entityUsesSql } from "@/lib/entities/entity-uses-sql";
import { lockEntity } from "@/lib/entities/lock-entity";
import { invalid, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { moveTrash } from "@/lib/trash/move-to-trash";

export async function deleteEntity(actor: CurrentUser, id: string, version: number): Promise<{ version: number }> {
  assertCan(actor, "entity.delete");
  return db.$transaction(async (tx) => {
    const entity = await lockEntity(tx, id, version);
    await assertUnused(tx, id, entity.canonicalName);
    return moveTrash(tx, actor, { kind: "entity", id, label: entity.canonicalName, deletedAt: null }, version, "delete");
  });
}

export async function restoreEntity(actor: CurrentUser, id: string, version: number): Promise<{ version: number }> {
  assertCan(actor, "entity.delete");
  return db.$transaction(async (tx) => {
    const entity = await tx.entity.findFirst({ where: { id, deletedAt: { not: null } }, select: { canonicalName: true, deletedAt: true } });
    if (!entity) throw notFound("This deleted entity");
    return moveTrash(tx, actor, { kind: "entity", id, label: entity.canonicalName, deletedAt: entity.deletedAt }, version, "restore");
  });
}

/** Refuses, with the reason, when something still relies on the entity. */
export async function assertUnused(tx: Prisma.TransactionClient, id: string, name: string): Promise<void> {
  const uses = entityUsesSql(Prisma.sql`${id}::uuid`);
  const [row] = await tx.$queryRaw<{ mentioned: boolean; cited: boolean; merged: boolean }[]>(
    Prisma.sql`SELECT EXISTS ${uses.mentioned} AS mentioned, EXISTS ${uses.cited} AS cited, EXISTS ${uses.merged} AS merged`,
  );
  if (row?.mentioned) throw invalid(`“${name}” is still mentioned in articles: delete or reject those mentions, or merge it into another entity, instead.`);
  if (row?.cited) throw invalid(`A dossier cites “${name}”: remove it from the dossier first.`);
  if (row?.merged) throw invalid(`“${name}” takes part in a merge: undo the merge first.`);
}
