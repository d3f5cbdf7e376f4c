// Splitting an entity: chosen names and mentions move to a new entity (same type unless another is
// chosen), for when one entry of the register turns out to be two people or organisations. The new
// entity's name must not stay a name of the one split; the canonical name cannot move.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { bumpVersion, lockEntity } from "@/lib/entities/lock-entity";
import { normalizeName } from "@/lib/entities/normalize-name";
import { invalid } from "@/lib/errors";
import type { SplitEntityInput } from "@/lib/validations/entity";

export async function splitEntity(actor: CurrentUser, id: string, { version, name, typeKey, aliasIds, annotationIds }: SplitEntityInput): Promise<{ id: string; name: string }> {
  assertCan(actor, "entity.merge");
  const normalized = normalizeName(name);
  if (!normalized) throw invalid("The new entity needs a name.");
  return db.$transaction(async (tx) => {
    const source = await lockEntity(tx, id, version);
    const aliases = await tx.entityAlias.findMany({ where: { entityId: id, deletedAt: null }, select: { id: true, normalized: true, kind: true } });
    const moving = aliases.filter((alias) => aliasIds.includes(alias.id));
    if (moving.length !== new Set(aliasIds).size) throw invalid("Some of the chosen names are not names of this entity.");
    if (moving.some((alias) => alias.kind === "CANONICAL")) throw invalid(`“${source.canonicalName}” is the entity's own name and stays with it; rename the entity first to move it.`);
    if (aliases.some((alias) => alias.normalized === normalized && !aliasIds.includes(alias.id))) {
      throw invalid(`“${name}” is a name of this entity: move that name too, or give the new entity another name.`, { name: ["This name stays with the entity being split."] });
    }
    const mentions = await tx.annotation.count({ where: { id: { in: annotationIds }, entityId: id, kind: "ENTITY" } });
    if (mentions !== new Set(annotationIds).size) throw invalid("Some of the chosen mentions are not mentions of this entity.");
    const type = typeKey ? await tx.entityType.findFirst({ where: { key: typeKey, deletedAt: null }, select: { id: true } }) : { id: source.typeId };
    if (!type) throw invalid(`There is no entity type "${typeKey}".`);

    const created = await tx.entity.create({ data: { typeId: type.id, canonicalName: name, createdById: actor.id }, select: { id: true, canonicalName: true } });
    await tx.entityAlias.updateMany({ where: { id: { in: aliasIds } }, data: { entityId: created.id } });
    // The new entity's name: the moved alias of that spelling, or a new one.
    await tx.entityAlias.upsert({
      where: { entityId_normalized: { entityId: created.id, normalized } },
      update: { kind: "CANONICAL" },
      create: { entityId: created.id, name, normalized, kind: "CANONICAL" },
    });
    await tx.annotation.updateMany({ where: { id: { in: annotationIds } }, data: { entityId: created.id, version: { increment: 1 } } });
    await bumpVersion(tx, id);
    await recordAudit({ actorId: actor.id, action: "entity.split", targetType: "entity", targetId: id, after: { newEntityId: created.id, name, aliasIds, annotationIds } }, tx);
    return { id: created.id, name: created.canonicalName };
  });
}
