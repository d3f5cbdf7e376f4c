"use client";
// The rows of the article list: title (with the matching passage when searching), source, date, status.
import Link from "next/link";
import { ArticleStatusBadge } from "@/components/articles/article-status-badge";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Snippet } from "@/components/search/snippet";
import { TableHead } from "@/components/ui/table-head";
import type { ArticleSummary } from "@/lib/articles/search-articles";
import { formatCalendarDate } from "@/lib/i18n/format-date";

export function ArticleResultsTable({ items }: { items: ArticleSummary[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <TableHead columns={[t.articles.columnTitle, t.articles.columnSource, t.articles.columnPublished, t.articles.columnStatus]} />
        <tbody>
          {items.map((article) => (
            <tr key={article.id} className="border-t border-slate-100 align-top hover:bg-slate-50">
              <td className="min-w-64 px-4 py-3">
                <Link href={`/articles/${article.id}`} className="font-medium text-indigo-800 hover:underline">
                  {article.title}
                </Link>
                {article.copyOfId && (
                  <span title={t.search.copyHint} className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 align-middle text-[11px] font-medium text-slate-600 ring-1 ring-slate-200">
                    {t.search.copy}
                  </span>
                )}
                {article.snippet && article.snippet.length > 0 && <Snippet parts={article.snippet} />}
              </td>
              <td className="px-4 py-3 text-slate-700">{article.source?.name ?? "—"}</td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-700">
                {article.publishedOn && article.publishedPrecision
                  ? formatCalendarDate(article.publishedOn, article.publishedPrecision, locale)
                  : t.articles.unknownDate}
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                <ArticleStatusBadge status={article.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
