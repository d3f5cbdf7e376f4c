"use client";
// The workspace article list: server-rendered first page, then React Query for paging and refresh.
import Link from "next/link";
import { useState } from "react";
import { useArticleList } from "@/components/articles/article-queries";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TableHead } from "@/components/ui/table-head";
import type { ArticlePage } from "@/lib/articles/list-articles";
import { formatCalendarDate } from "@/lib/i18n/format-date";
import { interpolate } from "@/lib/i18n/messages";

export function ArticleList({ initialPage }: { initialPage: ArticlePage }) {
  const { t, locale } = useI18n();
  const [page, setPage] = useState(initialPage.page);
  const { data, isFetching } = useArticleList(page, initialPage);
  const current = data ?? initialPage;
  const pages = Math.max(1, Math.ceil(current.total / current.pageSize));

  return (
    <section aria-busy={isFetching}>
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">{t.articles.title}</h1>
        <p className="text-sm text-slate-600">{interpolate(t.articles.count, { count: current.total })}</p>
      </div>
      {current.items.length === 0 ? (
        <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t.articles.empty}</p>
      ) : (
        <table className="mt-6 w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
          <TableHead columns={[t.articles.columnTitle, t.articles.columnSource, t.articles.columnPublished, t.articles.columnStatus]} />
          <tbody>
            {current.items.map((article) => (
              <tr key={article.id} className="border-t border-slate-100 hover:bg-slate-50">
                <td className="px-4 py-3">
                  <Link href={`/articles/${article.id}`} className="font-medium text-indigo-800 hover:underline">
                    {article.title}
                  </Link>
                </td>
                <td className="px-4 py-3 text-slate-700">{article.source?.name ?? "—"}</td>
                <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                  {article.publishedOn && article.publishedPrecision
                    ? formatCalendarDate(article.publishedOn, article.publishedPrecision, locale)
                    : t.articles.unknownDate}
                </td>
                <td className="px-4 py-3">
                  <ArticleStatusBadge status={article.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className="mt-4 flex items-center justify-end gap-3 text-sm">
          <Button variant="secondary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t.articles.previous}
          </Button>
          <span>{interpolate(t.articles.page, { page, pages })}</span>
          <Button variant="secondary" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t.articles.next}
          </Button>
        </nav>
      )}
    </section>
  );
}
