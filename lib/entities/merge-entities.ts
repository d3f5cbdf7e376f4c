// Merging one entity into another and undoing it. A merge moves the source's names (those the target
// does not already have) and every annotation of it to the target, marks the source merged, and
// records exactly what moved; the pair counts as a confirmed duplicate. Undo moves exactly that back,
// and is refused (409) when it can no longer be done safely: something that moved has been moved again
// (a split, a later merge, an annotation given another entity) or the target was merged in turn.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { assertChangeable, bumpVersion, lockEntities } from "@/lib/entities/lock-entity";
import { normalizeName } from "@/lib/entities/normalize-name";
import { conflict, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MergeEntitiesInput } from "@/lib/validations/entity";

export type MergeResult = { mergeId: string; targetId: string; movedAliases: number; movedMentions: number };

export async function mergeEntities(actor: CurrentUser, { sourceId, targetId, sourceVersion, targetVersion }: MergeEntitiesInput): Promise<MergeResult> {
  assertCan(actor, "entity.merge");
  return db.$transaction(async (tx) => {
    const locked = await lockEntities(tx, [sourceId, targetId]);
    const source = assertChangeable(locked.get(sourceId), sourceVersion);
    assertChangeable(locked.get(targetId), targetVersion);
    const movedAliases = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      UPDATE entity_aliases a SET "entityId" = ${targetId}::uuid, kind = CASE WHEN a.kind = 'CANONICAL' THEN 'VARIANT'::"AliasKind" ELSE a.kind END
       WHERE a."entityId" = ${sourceId}::uuid AND a."deletedAt" IS NULL
         AND NOT EXISTS (SELECT 1 FROM entity_aliases t WHERE t."entityId" = ${targetId}::uuid AND t.normalized = a.normalized)
      RETURNING a.id`);
    // Every annotation, deleted and rejected ones included: restoring one later finds the entity kept.
    const movedAnnotations = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      UPDATE annotations SET "entityId" = ${targetId}::uuid, version = version + 1, "updatedAt" = now()
       WHERE "entityId" = ${sourceId}::uuid AND kind = 'ENTITY'
      RETURNING id`);
    // Entities merged into the source now stand for the target (undone again with this merge).
    await tx.entity.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId, version: { increment: 1 } } });
    await tx.entity.update({ where: { id: sourceId }, data: { mergedIntoId: targetId, version: { increment: 1 } } });
    await bumpVersion(tx, targetId);
    const merge = await tx.entityMerge.create({
      data: { sourceId, targetId, movedAliasIds: movedAliases.map((row) => row.id), movedAnnotationIds: movedAnnotations.map((row) => row.id), mergedById: actor.id },
      select: { id: true },
    });
    const [firstId, secondId] = [sourceId, targetId].sort() as [string, string];
    await tx.entityPairDecision.upsert({
      where: { firstId_secondId: { firstId, secondId } },
      update: { decision: "CONFIRMED", decidedById: actor.id },
      create: { firstId, secondId, decision: "CONFIRMED", decidedById: actor.id },
    });
    const result = { mergeId: merge.id, targetId, movedAliases: movedAliases.length, movedMentions: movedAnnotations.length };
    await recordAudit({ actorId: actor.id, action: "entity.merge", targetType: "entity", targetId, before: { sourceId, sourceName: source.canonicalName }, after: result }, tx);
    return result;
  });
}

export async function undoMerge(actor: CurrentUser, mergeId: string): Promise<{ sourceId: string; targetId: string }> {
  assertCan(actor, "entity.merge");
  return db.$transaction(async (tx) => {
    const merge = await tx.entityMerge.findUnique({ where: { id: mergeId }, select: { sourceId: true, targetId: true, movedAliasIds: true, movedAnnotationIds: true, undoneAt: true } });
    if (!merge) throw notFound("This merge");
    const { sourceId, targetId, movedAliasIds, movedAnnotationIds } = merge;
    const locked = await lockEntities(tx, [sourceId, targetId]);
    const source = locked.get(sourceId);
    const target = locked.get(targetId);
    if (!source || !target) throw notFound("An entity of this merge");
    if (merge.undoneAt) throw conflict("This merge has already been undone.");
    if (target.mergedIntoId) throw conflict(`“${target.canonicalName}” was merged into another entity since: undo that merge first.`);
    const aliasesStill = await tx.entityAlias.count({ where: { id: { in: movedAliasIds }, entityId: targetId } });
    const annotationsStill = await tx.annotation.count({ where: { id: { in: movedAnnotationIds }, entityId: targetId } });
    if (aliasesStill !== movedAliasIds.length || annotationsStill !== movedAnnotationIds.length) {
      throw conflict(`Some names or mentions that came from “${source.canonicalName}” have been moved or relinked since: the merge can no longer be undone safely.`);
    }
    await tx.entityAlias.updateMany({ where: { id: { in: movedAliasIds } }, data: { entityId: sourceId } });
    await tx.entityAlias.updateMany({ where: { id: { in: movedAliasIds }, kind: "VARIANT", normalized: normalizeName(source.canonicalName) }, data: { kind: "CANONICAL" } });
    await tx.annotation.updateMany({ where: { id: { in: movedAnnotationIds } }, data: { entityId: sourceId, version: { increment: 1 } } });
    // The entities that stood for the source before this merge do so again.
    const earlier = await tx.entityMerge.findMany({ where: { targetId: sourceId, undoneAt: null }, select: { sourceId: true } });
    await tx.entity.updateMany({ where: { id: { in: earlier.map((row) => row.sourceId) }, mergedIntoId: targetId }, data: { mergedIntoId: sourceId, version: { increment: 1 } } });
    await tx.entity.update({ where: { id: sourceId }, data: { mergedIntoId: null, version: { increment: 1 } } });
    await bumpVersion(tx, targetId);
    await tx.entityMerge.update({ where: { id: mergeId }, data: { undoneAt: new Date() } });
    // Undone: the pair may be proposed again, for a person to decide anew.
    const [firstId, secondId] = [sourceId, targetId].sort() as [string, string];
    await tx.entityPairDecision.deleteMany({ where: { firstId, secondId, decision: "CONFIRMED" } });
    await recordAudit({ actorId: actor.id, action: "entity.merge.undo", targetType: "entity", targetId, after: { mergeId, sourceId, movedAliases: movedAliasIds.length, movedMentions: movedAnnotationIds.length } }, tx);
    return { sourceId, targetId };
  });
}
