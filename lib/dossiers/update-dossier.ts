// The working copy's title, summary and which panels readers see.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { changeDossier } from "@/lib/dossiers/dossier-access";
import type { updateDossierSchema } from "@/lib/validations/dossier";
import type { z } from "zod";

export async function updateDossier(actor: CurrentUser, slug: string, { version, ...changes }: z.infer<typeof updateDossierSchema>): Promise<{ version: number }> {
  const { version: next } = await changeDossier(actor, slug, version, async (tx, dossier) => {
    await tx.dossier.update({ where: { id: dossier.id }, data: changes });
    await recordAudit({ actorId: actor.id, action: "dossier.update", targetType: "dossier", targetId: dossier.id, before: { title: dossier.title, summary: dossier.summary }, after: changes }, tx);
  });
  return { version: next };
}
