// A person's correction of the current text: a new EDITED revision (the earlier ones stay readable),
// with the annotations re-anchored onto it and those that cannot be listed as orphaned.
import "server-only";
import { reanchorAnnotations } from "@/lib/annotations/reanchor-annotations";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";

export async function correctArticleText(actor: CurrentUser, articleId: string, { version, text }: { version: number; text: string }): Promise<{ version: number; revisionId: string; moved: number; orphaned: number }> {
  assertCan(actor, "article.edit");
  const corrected = text.normalize("NFC");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { currentRevision: { select: { id: true, text: true } } } });
    if (!article?.currentRevision) throw notFound("This article");
    if (article.currentRevision.text === corrected) throw invalid("The text is unchanged.");
    const updated = await tx.article.updateMany({ where: { id: articleId, version, deletedAt: null }, data: { version: { increment: 1 } } });
    if (updated.count === 0) throw conflict();
    const last = await tx.articleRevision.aggregate({ where: { articleId }, _max: { number: true } });
    const revision = await tx.articleRevision.create({
      data: { articleId, number: (last._max.number ?? 0) + 1, kind: "EDITED", text: corrected, parentRevisionId: article.currentRevision.id, createdById: actor.id },
      select: { id: true },
    });
    await tx.article.update({ where: { id: articleId }, data: { currentRevisionId: revision.id } });
    const anchoring = await reanchorAnnotations(tx, articleId, article.currentRevision, { id: revision.id, text: corrected });
    await recordAudit({ actorId: actor.id, action: "article.text.correct", targetType: "article", targetId: articleId, before: { revisionId: article.currentRevision.id }, after: { revisionId: revision.id, ...anchoring } }, tx);
    return { version: version + 1, revisionId: revision.id, ...anchoring };
  });
}
