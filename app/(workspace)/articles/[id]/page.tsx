import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/articles/article-reader";
import { getArticle } from "@/lib/articles/get-article";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getTranslations } from "@/lib/i18n/get-locale";
import { idParams } from "@/lib/validations/common";

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await guardPage("article.read");
  const parsed = idParams.safeParse(await params);
  if (!parsed.success) notFound();
  const article = await getArticle(user, parsed.data.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { t, locale } = await getTranslations();
  return <ArticleReader article={article} t={t} locale={locale} canEdit={can(user.role, "article.edit")} />;
}
