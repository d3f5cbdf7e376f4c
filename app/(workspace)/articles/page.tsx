import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { articleSearchStringOf } from "@/components/articles/article-search-params";
import { searchArticles } from "@/lib/articles/search-articles";
import { guardPage } from "@/lib/auth/guard-page";
import { listArticlesQuerySchema } from "@/lib/validations/article";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("article.read");
  const params = await searchParams;
  const parsed = listArticlesQuerySchema.safeParse(params);
  // A hand-edited address with a bad parameter shows the whole list rather than an error page; the
  // client then asks the API, which says what is wrong.
  const query = parsed.success ? parsed.data : listArticlesQuerySchema.parse({});
  const initialQuery = parsed.success ? articleSearchStringOf(params) : "";
  return <ArticleList initialPage={await searchArticles(user, query)} initialQuery={initialQuery} />;
}
