// Moving an article through to annotate → in progress → reviewed, with the version the person read.
// "Reviewed" means nothing is left to decide: no pending annotation, none orphaned by a correction.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export async function setArticleStatus(actor: CurrentUser, articleId: string, { version, status }: { version: number; status: ArticleStatus }): Promise<{ version: number; status: ArticleStatus }> {
  assertCan(actor, status === "REVIEWED" ? "annotation.review" : "annotation.create");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, deletedAt: null }, select: { status: true, currentRevisionId: true } });
    if (!article) throw notFound("This article");
    if (status === "REVIEWED") {
      const open = await tx.annotation.count({
        where: { articleId, deletedAt: null, OR: [{ status: "SUGGESTED", revisionId: article.currentRevisionId ?? articleId }, { anchorState: "ORPHANED" }] },
      });
      if (open > 0) throw conflict(`${open} annotation(s) still await a decision or re-anchoring: review them before marking the article reviewed.`);
    }
    const updated = await tx.article.updateMany({ where: { id: articleId, version, deletedAt: null }, data: { status, version: { increment: 1 } } });
    if (updated.count === 0) throw conflict();
    await recordAudit({ actorId: actor.id, action: "article.status", targetType: "article", targetId: articleId, before: { status: article.status }, after: { status } }, tx);
    return { version: version + 1, status };
  });
}
