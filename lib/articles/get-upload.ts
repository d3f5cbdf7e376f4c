// The original upload of an article, byte for byte, for download.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function getUpload(actor: CurrentUser, articleId: string, uploadId: string) {
  assertCan(actor, "article.read");
  const upload = await db.articleUpload.findFirst({
    where: { id: uploadId, articleId, article: { deletedAt: null } },
    select: { filename: true, mediaType: true, bytes: true },
  });
  if (!upload) throw notFound("This file");
  return upload;
}
