// One article with its current text, for the reading view. Deleted articles are not found.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

const articleFields = {
  id: true,
  title: true,
  url: true,
  byline: true,
  language: true,
  publishedOn: true,
  publishedPrecision: true,
  proposedPublishedOn: true,
  proposedPublishedPrecision: true,
  proposedPublishedEvidence: true,
  status: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  source: { select: { id: true, name: true } },
  copySimilarity: true,
  copyOf: { select: { id: true, title: true } },
  copies: { where: { deletedAt: null }, select: { id: true, title: true, copySimilarity: true } },
  currentRevision: { select: { id: true, number: true, kind: true, text: true, report: true, createdAt: true } },
  revisions: { orderBy: { number: "asc" }, select: { id: true, number: true, kind: true, createdAt: true } },
  uploads: { select: { id: true, filename: true, mediaType: true, size: true, sha256: true, createdAt: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleDetail = Prisma.ArticleGetPayload<{ select: typeof articleFields }>;

export async function getArticle(actor: CurrentUser, id: string): Promise<ArticleDetail> {
  assertCan(actor, "article.read");
  const article = await db.article.findFirst({ where: { id, deletedAt: null }, select: articleFields });
  if (!article) throw notFound("This article");
  return article;
}
