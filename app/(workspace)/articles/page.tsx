import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { listArticles } from "@/lib/articles/list-articles";
import { guardPage } from "@/lib/auth/guard-page";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const user = await guardPage("article.read");
  const initialPage = await listArticles(user, { page: 1, pageSize: 25 });
  return <ArticleList initialPage={initialPage} />;
}
