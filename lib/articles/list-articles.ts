// The article list of the workspace, newest publication first.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListArticlesQuery } from "@/lib/validations/article";

const articleSummaryFields = {
  id: true,
  title: true,
  language: true,
  publishedOn: true,
  publishedPrecision: true,
  status: true,
  createdAt: true,
  source: { select: { id: true, name: true } },
} satisfies Prisma.ArticleSelect;

export type ArticleSummary = Prisma.ArticleGetPayload<{ select: typeof articleSummaryFields }>;
export type ArticlePage = { items: ArticleSummary[]; total: number; page: number; pageSize: number };

export async function listArticles(actor: CurrentUser, { page, pageSize }: ListArticlesQuery): Promise<ArticlePage> {
  assertCan(actor, "article.read");
  const where: Prisma.ArticleWhereInput = { deletedAt: null };
  const [items, total] = await Promise.all([
    db.article.findMany({
      where,
      select: articleSummaryFields,
      orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.article.count({ where }),
  ]);
  return { items, total, page, pageSize };
}
