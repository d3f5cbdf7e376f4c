import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleReader, type CitedSpan } from "@/components/articles/article-reader";
import { AuditTrailLink } from "@/components/audit/audit-trail-link";
import { getArticle } from "@/lib/articles/get-article";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getTranslations } from "@/lib/i18n/get-locale";
import { idParams } from "@/lib/validations/common";

// A dossier citation opens the article on the cited span: ?revision=…&start=…&end=… (then #cited-passage).
const citedQuery = z.object({ revision: z.string().uuid(), start: z.coerce.number().int().min(0), end: z.coerce.number().int().min(0) });

export default async function ArticlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("article.read");
  const parsed = idParams.safeParse(await params);
  if (!parsed.success) notFound();
  const article = await getArticle(user, parsed.data.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { t, locale } = await getTranslations();
  const citation = citedQuery.safeParse(await searchParams);
  const cited: CitedSpan = !citation.success ? null : citation.data.revision === article.currentRevision?.id ? { start: citation.data.start, end: citation.data.end } : "moved";
  return (
    <>
      <AuditTrailLink user={user} targetType="article" targetId={article.id} />
      <ArticleReader article={article} t={t} locale={locale} canEdit={can(user.role, "article.edit")} canDelete={can(user.role, "article.delete")} cited={cited} />
    </>
  );
}
