// The review queue across articles (pending annotations: people's first, then suggestions lowest
// confidence first) and bulk decisions.
// A bulk decision is all or nothing: if any item changed since it was listed, none is applied (409).
import "server-only";
import { annotationFields, toAnnotationView, type AnnotationView } from "@/lib/annotations/annotation-view";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { sqlClientOf } from "@/lib/db/plain-sql";
import { conflict } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { applySuggestionFeedback } from "@/lib/suggestions/apply-feedback";
import type { ReviewAnnotationsInput, ReviewQueueQuery } from "@/lib/validations/annotation";

const pageSize = 50;

export type ReviewQueueItem = AnnotationView & { article: { id: string; title: string } };

export async function listReviewQueue(actor: CurrentUser, { kind, page }: ReviewQueueQuery): Promise<{ items: ReviewQueueItem[]; total: number; page: number; pageSize: number }> {
  assertCan(actor, "annotation.review");
  // Pending on the text people see now: orphans wait for a person to re-attach them, not for review.
  const where: Prisma.AnnotationWhereInput = {
    status: "SUGGESTED",
    deletedAt: null,
    // Evidence follows the decision on the theme it supports.
    supportsId: null,
    anchorState: { not: "ORPHANED" },
    ...(kind && { kind }),
    article: { deletedAt: null },
  };
  const [rows, total] = await Promise.all([
    db.annotation.findMany({
      where,
      select: { ...annotationFields, article: { select: { id: true, title: true } } },
      // People's marks (no confidence) first, then the recommenders' guesses, least confident first.
      orderBy: [{ confidence: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.annotation.count({ where }),
  ]);
  return { items: rows.map(({ article, ...row }) => ({ ...toAnnotationView(row), article })), total, page, pageSize };
}

export async function reviewAnnotations(actor: CurrentUser, { decision, items }: ReviewAnnotationsInput): Promise<{ reviewed: number }> {
  assertCan(actor, "annotation.review");
  const ids = items.map((item) => item.id);
  const versions = items.map((item) => item.version);
  return db.$transaction(async (tx) => {
    const updated = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`
      UPDATE annotations a SET status = ${decision}::"AnnotationStatus", "reviewerId" = ${actor.id}::uuid, "reviewedAt" = now(), version = a.version + 1, "updatedAt" = now()
        FROM unnest(${ids}::uuid[], ${versions}::int[]) AS chosen(id, version)
       WHERE a.id = chosen.id AND a.version = chosen.version AND a."deletedAt" IS NULL
      RETURNING a.id`);
    if (updated.length !== new Set(ids).size) {
      throw conflict(`${new Set(ids).size - updated.length} of the selected annotations changed since the list was loaded. Reload the queue and decide again.`);
    }
    await tx.annotation.updateMany({ where: { supportsId: { in: ids }, deletedAt: null }, data: { status: decision, reviewerId: actor.id, reviewedAt: new Date(), version: { increment: 1 } } });
    await applySuggestionFeedback(sqlClientOf(tx), actor.id, ids, decision);
    await recordAudit({ actorId: actor.id, action: "annotation.review", targetType: "annotation", after: { decision, ids } }, tx);
    return { reviewed: updated.length };
  });
}
