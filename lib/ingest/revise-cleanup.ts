// Undoing (or redoing) clean-up steps: the rules run again on the raw revision, keeping the raw text
// at the changes the editor chose, and the result becomes a new CLEANED revision. Nothing is edited in
// place, so every earlier version stays readable.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { reanchorAnnotations } from "@/lib/annotations/reanchor-annotations";
import { cleanArticleText } from "@/lib/ingest/cleaning/clean-article-text";
import type { ReviseCleanupInput } from "@/lib/validations/import";

export async function reviseCleanup(actor: CurrentUser, articleId: string, { version, kept }: ReviseCleanupInput): Promise<{ version: number; moved: number; orphaned: number }> {
  assertCan(actor, "article.edit");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, deletedAt: null },
      select: { version: true, language: true, currentRevision: { select: { id: true, kind: true, text: true } }, revisions: { where: { kind: "RAW" }, orderBy: { number: "asc" }, take: 1, select: { text: true } } },
    });
    if (!article) throw notFound("This article");
    const raw = article.revisions[0];
    if (!raw || !article.currentRevision) throw conflict("This article has no raw text to clean again.");
    // A hand-corrected text would lose its corrections if rebuilt from the raw text.
    if (article.currentRevision.kind === "EDITED") throw conflict("This text was corrected by hand after clean-up; its clean-up can no longer be changed.");

    const language = article.language ?? undefined;
    const cleaned = cleanArticleText(raw.text, { keep: kept, language });
    // The undone changes in full, as the rules would make them, so the editor can apply them again.
    const honoured = new Set(cleaned.kept);
    const restored = cleanArticleText(raw.text, { language }).changes.filter((change) => honoured.has(change.id));
    const updated = await tx.article.updateMany({ where: { id: articleId, version }, data: { version: { increment: 1 } } });
    if (updated.count === 0) throw conflict();
    const last = await tx.articleRevision.aggregate({ where: { articleId }, _max: { number: true } });
    const revision = await tx.articleRevision.create({
      data: {
        articleId,
        number: (last._max.number ?? 0) + 1,
        kind: "CLEANED",
        text: cleaned.text,
        report: { changes: cleaned.changes, restored },
        parentRevisionId: article.currentRevision.id,
        createdById: actor.id,
      },
    });
    await tx.article.update({ where: { id: articleId }, data: { currentRevisionId: revision.id } });
    const anchoring = await reanchorAnnotations(tx, articleId, article.currentRevision, { id: revision.id, text: cleaned.text });
    await recordAudit({ actorId: actor.id, action: "article.cleanup.revise", targetType: "article", targetId: articleId, after: { kept: cleaned.kept, ...anchoring } }, tx);
    return { version: version + 1, ...anchoring };
  });
}
