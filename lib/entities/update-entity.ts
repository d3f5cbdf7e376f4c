// Editing an entity with the version the person read: its canonical name (kept as its CANONICAL alias;
// the previous one stays as a variant), type, description and identifiers in other registers. A stale
// version is refused (409), never overwritten.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { lockEntity } from "@/lib/entities/lock-entity";
import { normalizeName } from "@/lib/entities/normalize-name";
import { invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UpdateEntityInput } from "@/lib/validations/entity";

export async function updateEntity(actor: CurrentUser, id: string, input: UpdateEntityInput): Promise<{ id: string; version: number }> {
  assertCan(actor, "entity.edit");
  const { version, canonicalName, typeKey, description, externalIds } = input;
  return db.$transaction(async (tx) => {
    await lockEntity(tx, id, version);
    const before = await tx.entity.findUniqueOrThrow({ where: { id }, select: { canonicalName: true, description: true, externalIds: true, type: { select: { key: true } } } });
    const data: Prisma.EntityUncheckedUpdateInput = { version: { increment: 1 } };
    if (canonicalName !== undefined) {
      data.canonicalName = canonicalName;
      await setCanonicalAlias(tx, id, canonicalName);
    }
    if (typeKey !== undefined) {
      const type = await tx.entityType.findFirst({ where: { key: typeKey, deletedAt: null }, select: { id: true } });
      if (!type) throw invalid(`There is no entity type "${typeKey}".`);
      data.typeId = type.id;
    }
    if (description !== undefined) data.description = description || null;
    if (externalIds !== undefined) data.externalIds = externalIds;
    const updated = await tx.entity.update({ where: { id }, data, select: { id: true, version: true } });
    await recordAudit(
      { actorId: actor.id, action: "entity.update", targetType: "entity", targetId: id, before: { ...before, type: before.type.key, externalIds: before.externalIds ?? {} }, after: { canonicalName, typeKey, description, externalIds } },
      tx,
    );
    return updated;
  });
}

// The new name becomes the CANONICAL alias (an existing or removed alias of that spelling is reused).
async function setCanonicalAlias(tx: Prisma.TransactionClient, entityId: string, name: string) {
  const normalized = normalizeName(name);
  if (!normalized) throw invalid("The entity needs a name.");
  await tx.entityAlias.updateMany({ where: { entityId, kind: "CANONICAL", normalized: { not: normalized } }, data: { kind: "VARIANT" } });
  await tx.entityAlias.upsert({
    where: { entityId_normalized: { entityId, normalized } },
    update: { name, kind: "CANONICAL", deletedAt: null },
    create: { entityId, name, normalized, kind: "CANONICAL" },
  });
}
