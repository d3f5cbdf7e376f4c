// Editing an article's metadata, with the version the editor read: a concurrent change is reported,
// never overwritten. Setting the publication date also clears the date proposed at import.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parsePublicationDate } from "@/lib/ingest/publication-date";
import { sqlClientOf } from "@/lib/db/plain-sql";
import { findOrCreateSource } from "@/lib/ingest/sources";
import type { UpdateArticleInput } from "@/lib/validations/article-metadata";

export async function updateArticle(actor: CurrentUser, id: string, { version, title, source, url, byline, language, published }: UpdateArticleInput): Promise<{ version: number }> {
  assertCan(actor, "article.edit");
  const date = published ? parsePublicationDate(published) : undefined;
  if (published && !date) throw invalid(`${published} is not a real date.`);

  return db.$transaction(async (tx) => {
    const before = await tx.article.findFirst({ where: { id, deletedAt: null }, select: { title: true, sourceId: true, url: true, byline: true, language: true, publishedOn: true, publishedPrecision: true } });
    if (!before) throw notFound("This article");
    const data: Prisma.ArticleUncheckedUpdateManyInput = {
      version: { increment: 1 },
      ...(title !== undefined && { title }),
      ...(url !== undefined && { url }),
      ...(byline !== undefined && { byline: byline || null }),
      ...(language !== undefined && { language }),
      ...(source !== undefined && { sourceId: await findOrCreateSource(sqlClientOf(tx), source ?? undefined, language ?? before.language ?? undefined) }),
      ...(published !== undefined && {
        publishedOn: date?.date ?? null,
        publishedPrecision: date?.precision ?? null,
        proposedPublishedOn: null,
        proposedPublishedPrecision: null,
        proposedPublishedEvidence: null,
      }),
    };
    const updated = await tx.article.updateMany({ where: { id, version, deletedAt: null }, data });
    if (updated.count === 0) throw conflict();
    await recordAudit({ actorId: actor.id, action: "article.update", targetType: "article", targetId: id, before, after: { title, source, url, byline, language, published } }, tx);
    return { version: version + 1 };
  });
}
