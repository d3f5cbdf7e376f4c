"use client";
// The workspace article list and search. The URL holds the search (words, filters, order, page): the
// server renders the first answer, then React Query fetches each new one while the last stays on screen.
import { useRef, useState } from "react";
import { ArticleFacets } from "@/components/articles/article-facets";
import { useArticleList } from "@/components/articles/article-queries";
import { ArticleResultsTable } from "@/components/articles/article-results-table";
import { clearedFilters, effectiveSort, hasActiveFilters, type ArticleSearch } from "@/components/articles/article-search-params";
import { useArticleSearch, type UpdateArticleSearch } from "@/components/articles/use-article-search";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SearchBox } from "@/components/search/search-box";
import { Button } from "@/components/ui/button";
import type { ArticlePage } from "@/lib/articles/search-articles";
import { ApiError } from "@/lib/client/fetch-json";
import { interpolate } from "@/lib/i18n/messages";
import { articleSorts } from "@/lib/validations/article";

// `initialQuery` is the canonical query string `initialPage` answers: the server's render is reused
// only for that search (not after a fallback from a bad address, nor for a page restored by back).
type Props = { initialPage: ArticlePage; initialQuery: string };

export function ArticleList({ initialPage, initialQuery }: Props) {
  const { t, locale } = useI18n();
  const { search, queryString, update } = useArticleSearch();
  const { data, error, isFetching, isPlaceholderData } = useArticleList(queryString, { queryString: initialQuery, page: initialPage });
  // A refused search has no data: the last answer stays on screen beside the reason.
  const [lastPage, setLastPage] = useState(initialPage);
  if (data && data !== lastPage) setLastPage(data);
  const current = data ?? lastPage;
  const pages = Math.max(1, Math.ceil(current.total / current.pageSize));
  const details = error instanceof ApiError ? error.details : undefined;
  const dateErrors = { from: details?.from?.[0], to: details?.to?.[0] };
  const otherError = error && !dateErrors.from && !dateErrors.to ? error.message : undefined;
  const resultsRef = useRef<HTMLDivElement>(null);

  function goToPage(page: number) {
    update({ page });
    resultsRef.current?.scrollIntoView({ block: "start" });
  }

  return (
    <section className="space-y-6">
      <header className="space-y-4">
        <h1 className="text-2xl font-semibold">{t.articles.title}</h1>
        <SearchBox
          id="article-search"
          value={search.q}
          onSearch={(q) => update({ q }, { replace: true })}
          label={t.search.label}
          placeholder={t.search.placeholder}
          submitLabel={t.search.submit}
        />
      </header>
      <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
        <ArticleFacets facets={current.facets} approximate={current.approximate} search={search} update={update} dateErrors={dateErrors} />
        <div ref={resultsRef} aria-busy={isFetching} data-testid="article-results" className="min-w-0 scroll-mt-6">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="text-sm text-slate-600">
              {interpolate(current.approximate ? t.search.approximateCount : t.articles.count, { count: current.total.toLocaleString(locale) })}
            </p>
            <SortSelect search={search} update={update} />
          </div>
          {otherError && (
            <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {interpolate(t.search.failed, { message: otherError })}
            </p>
          )}
          <div className={`mt-3 transition-opacity ${data === undefined || isPlaceholderData ? "opacity-60" : ""}`}>
            {current.total === 0 ? (
              <EmptyState search={search} update={update} />
            ) : current.items.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
                {t.search.pastLastPage}{" "}
                <button type="button" onClick={() => goToPage(1)} className="font-medium text-indigo-700 hover:underline">
                  {t.search.firstPage}
                </button>
              </p>
            ) : (
              <ArticleResultsTable items={current.items} />
            )}
          </div>
          {(pages > 1 || search.page > 1) && (
            <nav aria-label={t.search.pagination} className="mt-4 flex items-center justify-end gap-3 text-sm">
              <Button variant="secondary" disabled={search.page <= 1} onClick={() => goToPage(search.page - 1)}>
                {t.articles.previous}
              </Button>
              <span>{interpolate(t.articles.page, { page: search.page, pages })}</span>
              <Button variant="secondary" disabled={search.page >= pages} onClick={() => goToPage(search.page + 1)}>
                {t.articles.next}
              </Button>
            </nav>
          )}
        </div>
      </div>
    </section>
  );
}

/** Relevance is offered only when there are words to rank by. */
function SortSelect({ search, update }: { search: ArticleSearch; update: UpdateArticleSearch }) {
  const { t } = useI18n();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="article-sort" className="text-slate-600">
        {t.search.sort}
      </label>
      <select
        id="article-sort"
        value={effectiveSort(search)}
        onChange={(event) => update({ sort: event.target.value })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm shadow-sm focus:border-indigo-500"
      >
        {articleSorts
          .filter((sort) => sort !== "relevance" || search.q)
          .map((sort) => (
            <option key={sort} value={sort}>
              {t.search.sorts[sort]}
            </option>
          ))}
      </select>
    </div>
  );
}

function EmptyState({ search, update }: { search: ArticleSearch; update: UpdateArticleSearch }) {
  const { t } = useI18n();
  const filtered = hasActiveFilters(search);
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
      <p>{search.q ? interpolate(t.search.noMatch, { q: search.q }) : filtered ? t.search.noMatchFilters : t.articles.empty}</p>
      {(filtered || search.q) && (
        <Button variant="secondary" className="mt-4" onClick={() => update(filtered ? clearedFilters : { q: "" })}>
          {filtered ? t.search.clearFilters : t.search.clearSearch}
        </Button>
      )}
    </div>
  );
}
