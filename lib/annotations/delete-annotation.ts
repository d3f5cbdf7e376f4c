// Soft delete and restore. A theme of the whole article goes with its evidence; the last piece of
// evidence of such a theme cannot go alone (the theme would cite nothing).
import "server-only";
import { annotationFields, toAnnotationView, type AnnotationView } from "@/lib/annotations/annotation-view";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";

export async function deleteAnnotation(actor: CurrentUser, id: string, version: number): Promise<{ deleted: string[] }> {
  assertCan(actor, "annotation.create");
  return db.$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({ where: { id, deletedAt: null, article: { deletedAt: null } }, select: { supportsId: true } });
    if (!annotation) throw notFound("This annotation");
    if (annotation.supportsId) {
      const siblings = await tx.annotation.count({ where: { supportsId: annotation.supportsId, deletedAt: null, id: { not: id } } });
      const theme = await tx.annotation.count({ where: { id: annotation.supportsId, deletedAt: null } });
      if (theme && !siblings) throw conflict("This span is the only evidence of a theme of the whole article: add other evidence first, or delete the theme.");
    }
    const now = new Date();
    const updated = await tx.annotation.updateMany({ where: { id, version, deletedAt: null }, data: { deletedAt: now, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("Someone else changed this annotation meanwhile. Reload the article and try again.");
    const evidence = await tx.annotation.findMany({ where: { supportsId: id, deletedAt: null }, select: { id: true } });
    await tx.annotation.updateMany({ where: { supportsId: id, deletedAt: null }, data: { deletedAt: now, version: { increment: 1 } } });
    const deleted = [id, ...evidence.map((item) => item.id)];
    await recordAudit({ actorId: actor.id, action: "annotation.delete", targetType: "annotation", targetId: id, before: { deletedAt: null }, after: { deletedAt: now.toISOString(), deleted } }, tx);
    return { deleted };
  });
}

export async function restoreAnnotation(actor: CurrentUser, id: string, version: number): Promise<AnnotationView[]> {
  assertCan(actor, "annotation.create");
  return db.$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({ where: { id, deletedAt: { not: null }, article: { deletedAt: null } }, select: { deletedAt: true } });
    if (!annotation?.deletedAt) throw notFound("This deleted annotation");
    const updated = await tx.annotation.updateMany({ where: { id, version }, data: { deletedAt: null, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict("Someone else changed this annotation meanwhile. Reload the article and try again.");
    // The evidence deleted with it, and only that.
    await tx.annotation.updateMany({ where: { supportsId: id, deletedAt: annotation.deletedAt }, data: { deletedAt: null, version: { increment: 1 } } });
    await recordAudit({ actorId: actor.id, action: "annotation.restore", targetType: "annotation", targetId: id, before: { deletedAt: annotation.deletedAt.toISOString() }, after: { deletedAt: null } }, tx);
    const rows = await tx.annotation.findMany({ where: { OR: [{ id }, { supportsId: id, deletedAt: null }] }, select: annotationFields });
    return rows.map(toAnnotationView);
  });
}
