// A person's "these are not the same": the pair is recorded as dismissed and never proposed again.
// (Confirming a pair is merging it: merge-entities.ts records the confirmation.)
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function dismissDuplicate(actor: CurrentUser, entityIds: [string, string]): Promise<{ firstId: string; secondId: string }> {
  assertCan(actor, "entity.merge");
  const [firstId, secondId] = [...entityIds].sort() as [string, string];
  return db.$transaction(async (tx) => {
    const found = await tx.entity.count({ where: { id: { in: [firstId, secondId] }, deletedAt: null } });
    if (found !== 2) throw notFound("One of these entities");
    await tx.entityPairDecision.upsert({
      where: { firstId_secondId: { firstId, secondId } },
      update: { decision: "DISMISSED", decidedById: actor.id },
      create: { firstId, secondId, decision: "DISMISSED", decidedById: actor.id },
    });
    await recordAudit({ actorId: actor.id, action: "entity.duplicate.dismiss", targetType: "entity", targetId: firstId, after: { firstId, secondId } }, tx);
    return { firstId, secondId };
  });
}
