// Putting a record in the trash and taking it out: one version-checked UPDATE of its own row (what
// hangs off it — annotations, names, sections — is left as it is, so a restore brings back exactly
// what was there), and an audit entry with the state before and after.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TrashKind } from "@/lib/validations/trash";

export const trashTables: Record<TrashKind, Prisma.Sql> = { article: Prisma.raw(`"articles"`), entity: Prisma.raw(`"entities"`), dossier: Prisma.raw(`"dossiers"`) };

/** `label` names the record in the audit log (a title or a name), `deletedAt` is what the caller read. Returns the new version. */
export async function moveTrash(
  tx: Prisma.TransactionClient,
  actor: CurrentUser,
  target: { kind: TrashKind; id: string; label: string; deletedAt: Date | null },
  version: number,
  direction: "delete" | "restore",
): Promise<{ version: number }> {
  const deleting = direction === "delete";
  const rows = await tx.$queryRaw<{ version: number; deletedAt: Date | null }[]>(Prisma.sql`
    UPDATE ${trashTables[target.kind]}
       SET "deletedAt" = ${deleting ? Prisma.sql`now()` : Prisma.sql`NULL`}, "deletedById" = ${deleting ? actor.id : null}::uuid,
           version = version + 1, "updatedAt" = now()
     WHERE id = ${target.id}::uuid AND version = ${version} AND "deletedAt" IS ${deleting ? Prisma.sql`NULL` : Prisma.sql`NOT NULL`}
     RETURNING version, "deletedAt"`);
  const row = rows[0];
  if (!row) throw conflict(`Someone else changed “${target.label}” meanwhile. Reload it and try again.`);
  const inTrash = (deletedAt: Date | null) => ({ title: target.label, deletedAt: deletedAt?.toISOString() ?? null });
  await recordAudit(
    {
      actorId: actor.id,
      action: `${target.kind}.${direction}`,
      targetType: target.kind,
      targetId: target.id,
      before: { ...inTrash(target.deletedAt), version },
      after: { ...inTrash(row.deletedAt), version: row.version },
    },
    tx,
  );
  return { version: row.version };
}
