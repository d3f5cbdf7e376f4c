// Adding and removing an entity's names: spelling variants, acronyms, translations, in any script, each
// with its language. Both change the entity's version (409 on a stale one); a removed name is kept
// (soft delete) and comes back if added again. The canonical name is changed by renaming the entity.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { bumpVersion, lockEntity } from "@/lib/entities/lock-entity";
import { normalizeName } from "@/lib/entities/normalize-name";
import { invalid, notFound } from "@/lib/errors";
import type { NewAliasInput } from "@/lib/validations/entity";

export async function addAlias(actor: CurrentUser, entityId: string, { version, name, kind, language }: NewAliasInput) {
  assertCan(actor, "entity.edit");
  const normalized = normalizeName(name);
  if (!normalized) throw invalid("The name is required.");
  return db.$transaction(async (tx) => {
    await lockEntity(tx, entityId, version);
    const existing = await tx.entityAlias.findUnique({ where: { entityId_normalized: { entityId, normalized } }, select: { id: true, name: true, deletedAt: true } });
    if (existing && !existing.deletedAt) throw invalid(`“${existing.name}” is already a name of this entity.`, { name: ["This entity already has this name."] });
    const fields = { name, kind, language: language ?? null };
    const alias = existing
      ? await tx.entityAlias.update({ where: { id: existing.id }, data: { ...fields, deletedAt: null }, select: { id: true, name: true, kind: true, language: true } })
      : await tx.entityAlias.create({ data: { entityId, normalized, ...fields }, select: { id: true, name: true, kind: true, language: true } });
    const newVersion = await bumpVersion(tx, entityId);
    await recordAudit({ actorId: actor.id, action: "entity.alias.add", targetType: "entity", targetId: entityId, after: alias }, tx);
    return { alias, version: newVersion };
  });
}

export async function removeAlias(actor: CurrentUser, entityId: string, aliasId: string, version: number): Promise<{ version: number }> {
  assertCan(actor, "entity.edit");
  return db.$transaction(async (tx) => {
    await lockEntity(tx, entityId, version);
    const alias = await tx.entityAlias.findFirst({ where: { id: aliasId, entityId, deletedAt: null }, select: { id: true, name: true, kind: true } });
    if (!alias) throw notFound("This name");
    if (alias.kind === "CANONICAL") throw invalid("The canonical name cannot be removed: rename the entity first.");
    await tx.entityAlias.update({ where: { id: aliasId }, data: { deletedAt: new Date() } });
    const newVersion = await bumpVersion(tx, entityId);
    await recordAudit({ actorId: actor.id, action: "entity.alias.remove", targetType: "entity", targetId: entityId, before: alias }, tx);
    return { version: newVersion };
  });
}
