// Creating an entity of the register from a name (usually the selected text), with its canonical
// alias. A name already registered for that type gives back the existing entity: no twin is created.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { normalizeName } from "@/lib/entities/normalize-name";
import { invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type NewEntity = { name: string; typeKey: string };
export type CreatedEntity = { id: string; name: string; typeKey: string; created: boolean };

export async function createEntity(actor: CurrentUser, input: NewEntity): Promise<CreatedEntity> {
  return db.$transaction((tx) => createEntityIn(tx, actor, input));
}

export async function createEntityIn(tx: Prisma.TransactionClient, actor: CurrentUser, { name, typeKey }: NewEntity): Promise<CreatedEntity> {
  assertCan(actor, "entity.edit");
  const type = await tx.entityType.findFirst({ where: { key: typeKey, deletedAt: null }, select: { id: true, key: true } });
  if (!type) throw invalid(`There is no entity type "${typeKey}".`);
  const normalized = normalizeName(name);
  if (!normalized) throw invalid("The entity needs a name.");
  const existing = await tx.entity.findFirst({
    where: { typeId: type.id, deletedAt: null, mergedIntoId: null, aliases: { some: { normalized, deletedAt: null } } },
    select: { id: true, canonicalName: true },
  });
  if (existing) return { id: existing.id, name: existing.canonicalName, typeKey: type.key, created: false };
  const entity = await tx.entity.create({
    data: { typeId: type.id, canonicalName: name.trim(), createdById: actor.id, aliases: { create: { name: name.trim(), normalized, kind: "CANONICAL" } } },
    select: { id: true, canonicalName: true },
  });
  await recordAudit({ actorId: actor.id, action: "entity.create", targetType: "entity", targetId: entity.id, after: { name: entity.canonicalName, typeKey } }, tx);
  return { id: entity.id, name: entity.canonicalName, typeKey: type.key, created: true };
}
