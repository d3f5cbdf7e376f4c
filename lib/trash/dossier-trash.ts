// Deleting a dossier puts its working copy in the trash: it leaves the studio. A dossier readers can
// read (a publication not withdrawn) or one in review or scheduled cannot be deleted: an editor
// unpublishes it, or the review ends, first — so readers never lose a page without an explicit
// unpublishing. Analysts delete and restore their own dossiers, editors and admins any.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { canEditDossier, findWorkingDossier, visibleDrafts } from "@/lib/dossiers/dossier-access";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { moveTrash } from "@/lib/trash/move-to-trash";

export async function deleteDossier(actor: CurrentUser, slug: string, version: number): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const dossier = await findWorkingDossier(tx, actor, slug);
    if (!canEditDossier(actor, dossier)) throw forbidden("Only the dossier's author or an editor may delete it.");
    if (dossier.status === "IN_REVIEW") throw invalid("This dossier is in review: withdraw it from review before deleting it.");
    if (dossier.status === "SCHEDULED") throw invalid("This dossier is scheduled for publication: cancel the publication before deleting it.");
    if (!dossier.unpublishedAt && (await tx.dossierVersion.count({ where: { dossierId: dossier.id } })) > 0) {
      throw invalid("Readers can read this dossier: an editor must unpublish it before it is deleted.");
    }
    return moveTrash(tx, actor, { kind: "dossier", id: dossier.id, label: dossier.title, deletedAt: null }, version, "delete");
  });
}

export async function restoreDossier(actor: CurrentUser, slug: string, version: number): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({ where: { ...visibleDrafts(actor), slug, deletedAt: { not: null } }, select: { id: true, title: true, ownerId: true, deletedAt: true } });
    if (!dossier) throw notFound("This deleted dossier");
    if (!canEditDossier(actor, dossier)) throw forbidden("Only the dossier's author or an editor may restore it.");
    return moveTrash(tx, actor, { kind: "dossier", id: dossier.id, label: dossier.title, deletedAt: dossier.deletedAt }, version, "restore");
  });
}
