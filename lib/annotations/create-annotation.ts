// Marking a span of an article's current revision as an entity, a date or a theme, or a theme of the
// whole article with the spans that support it. The span must be exactly the text at those offsets.
import "server-only";
import { annotationFields, toAnnotationView, type AnnotationView } from "@/lib/annotations/annotation-view";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { assertSpanOf, dateColumns, requireEntity, requireTheme } from "@/lib/annotations/annotation-checks";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { createEntityIn } from "@/lib/entities/create-entity";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { supersedeSuggestions } from "@/lib/suggestions/supersede-suggestions";
import type { CreateAnnotationInput, Span } from "@/lib/validations/annotation";

const staleRevision = () => conflict("The text of this article changed since you opened it. Reload it and mark the span again.");

export async function createAnnotation(actor: CurrentUser, articleId: string, input: CreateAnnotationInput): Promise<AnnotationView[]> {
  assertCan(actor, "annotation.create");
  const date = input.kind === "DATE" ? dateColumns(input.date) : {};
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { status: true, currentRevision: { select: { id: true, text: true } } } });
    if (!article) throw notFound("This article");
    const revision = article.currentRevision;
    if (!revision) throw conflict("This article has no text to annotate.");
    if (input.revisionId && input.revisionId !== revision.id) throw staleRevision();
    const spans = input.kind === "THEME" && input.scope === "DOCUMENT" ? (input.evidence ?? []) : [input as Span];
    spans.forEach((span) => assertSpanOf(revision.text, span));

    const base: Prisma.AnnotationUncheckedCreateInput = { articleId, revisionId: revision.id, kind: input.kind, authorId: actor.id, note: input.note ?? null, ...date };
    if (input.kind === "ENTITY") base.entityId = input.newEntity ? (await createEntityIn(tx, actor, input.newEntity)).id : await requireEntity(tx, input.entityId as string);
    if (input.kind === "THEME") base.themeId = await requireTheme(tx, input.themeId);

    await supersedeSuggestions(tx, { articleId, revisionId: revision.id, kind: input.kind, scope: input.kind === "THEME" && input.scope === "DOCUMENT" ? "DOCUMENT" : "SPAN", spans, themeId: base.themeId ?? undefined });
    const ids: string[] = [];
    let supportsId: string | null = null;
    if (input.kind === "THEME" && input.scope === "DOCUMENT") {
      const theme = await tx.annotation.create({ data: { ...base, scope: "DOCUMENT" }, select: { id: true } });
      supportsId = theme.id;
      ids.push(theme.id);
    }
    for (const span of spans) {
      const anchor = describeSpan(revision.text, span.start, span.end);
      const created = await tx.annotation.create({ data: { ...base, ...anchor, start: span.start, end: span.end, supportsId, note: supportsId ? null : base.note }, select: { id: true } });
      ids.push(created.id);
    }
    if (article.status === "TO_ANNOTATE") await tx.article.updateMany({ where: { id: articleId, status: "TO_ANNOTATE" }, data: { status: "IN_PROGRESS" } });
    await recordAudit({ actorId: actor.id, action: "annotation.create", targetType: "article", targetId: articleId, after: { ids, kind: input.kind } }, tx);
    const rows = await tx.annotation.findMany({ where: { id: { in: ids } }, select: annotationFields, orderBy: [{ scope: "desc" }, { start: "asc" }] });
    return rows.map(toAnnotationView);
  });
}
