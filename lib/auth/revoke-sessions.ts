// Revoking sessions: the account's session version moves on, so every JWT carrying the old one is
// refused at its next request (lib/auth/session.ts). Callers check who may do it.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function revokeSessionsOf(userId: string, by: { actorId: string; scope: "self" | "admin"; ip?: string | null }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, deletedAt: null }, data: { sessionVersion: { increment: 1 } } });
    if (count === 0) throw notFound("This user");
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    await recordAudit(
      {
        actorId: by.actorId,
        action: "auth.sessions_revoked",
        targetType: "user",
        targetId: userId,
        before: { sessionVersion: sessionVersion - 1 },
        after: { sessionVersion },
        metadata: { by: by.scope },
        ip: by.ip,
      },
      tx,
    );
  });
}
