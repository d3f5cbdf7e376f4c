// Editing an annotation with the version the person read: what it says, its note, its review status,
// or its span (which also re-attaches an annotation orphaned by a text correction). A stale version is
// refused (409), never overwritten.
import "server-only";
import { annotationFields, toAnnotationView, type AnnotationView } from "@/lib/annotations/annotation-view";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { assertSpanOf, dateColumns, requireEntity, requireTheme } from "@/lib/annotations/annotation-checks";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { sqlClientOf } from "@/lib/db/plain-sql";
import { createEntityIn } from "@/lib/entities/create-entity";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applySuggestionFeedback } from "@/lib/suggestions/apply-feedback";
import type { UpdateAnnotationInput } from "@/lib/validations/annotation";

export async function updateAnnotation(actor: CurrentUser, id: string, input: UpdateAnnotationInput): Promise<AnnotationView> {
  const { version, entityId, newEntity, themeId, date, note, status, span } = input;
  if (status !== undefined) assertCan(actor, "annotation.review");
  if (entityId ?? newEntity ?? themeId ?? date ?? note ?? span) assertCan(actor, "annotation.create");
  return db.$transaction(async (tx) => {
    const before = await tx.annotation.findFirst({
      where: { id, deletedAt: null, article: { deletedAt: null } },
      select: { kind: true, scope: true, status: true, entityId: true, themeId: true, note: true, start: true, end: true, article: { select: { currentRevision: { select: { id: true, text: true } } } } },
    });
    if (!before) throw notFound("This annotation");
    const only = (kind: string, field: string) => {
      if (before.kind !== kind) throw invalid(`Only ${kind.toLowerCase()} annotations have ${field}.`);
    };
    const data: Prisma.AnnotationUncheckedUpdateManyInput = { version: { increment: 1 } };
    if (entityId || newEntity) {
      only("ENTITY", "an entity");
      data.entityId = newEntity ? (await createEntityIn(tx, actor, newEntity)).id : await requireEntity(tx, entityId as string);
    }
    if (themeId) {
      only("THEME", "a theme");
      data.themeId = await requireTheme(tx, themeId);
    }
    if (date) {
      only("DATE", "a date");
      Object.assign(data, dateColumns(date));
    }
    if (note !== undefined) data.note = note || null;
    if (status) Object.assign(data, { status, reviewerId: status === "SUGGESTED" ? null : actor.id, reviewedAt: status === "SUGGESTED" ? null : new Date() });
    if (span) {
      if (before.scope === "DOCUMENT") throw invalid("A theme of the whole article has no span; edit its evidence instead.");
      const revision = before.article.currentRevision;
      if (!revision) throw conflict("This article has no text.");
      assertSpanOf(revision.text, span);
      Object.assign(data, { revisionId: revision.id, start: span.start, end: span.end, ...describeSpan(revision.text, span.start, span.end), anchorState: "ANCHORED" });
    }
    const updated = await tx.annotation.updateMany({ where: { id, version, deletedAt: null }, data });
    if (updated.count === 0) throw conflict("Someone else changed this annotation meanwhile. Reload the article and apply your change again.");
    // Evidence cites the theme of its whole-article annotation: they change theme together,
    // and the decision on the theme decides its evidence.
    if (before.scope === "DOCUMENT" && (data.themeId || status)) {
      const { themeId: theme, status: decision, reviewerId, reviewedAt } = data;
      await tx.annotation.updateMany({ where: { supportsId: id, deletedAt: null }, data: { themeId: theme, status: decision, reviewerId, reviewedAt, version: { increment: 1 } } });
    }
    if (status) await applySuggestionFeedback(sqlClientOf(tx), actor.id, [id], status);
    await recordAudit({ actorId: actor.id, action: status ? "annotation.review" : "annotation.update", targetType: "annotation", targetId: id, before: { status: before.status, entityId: before.entityId, themeId: before.themeId, note: before.note, start: before.start, end: before.end }, after: { status, entityId, newEntity, themeId, date, note, span } }, tx);
    return toAnnotationView(await tx.annotation.findUniqueOrThrow({ where: { id }, select: annotationFields }));
  });
}
