"use client";
// React Query keys and hooks for articles.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ArticlePage } from "@/lib/articles/search-articles";
import { ApiError, fetchJson } from "@/lib/client/fetch-json";

export const articleKeys = {
  all: ["articles"] as const,
  // Keyed on the canonical query string (see article-search-params.ts): one search, one entry.
  list: (queryString: string) => [...articleKeys.all, "list", queryString] as const,
  detail: (id: string) => [...articleKeys.all, "detail", id] as const,
};

/** One page of the article search; `initial` is the server's render, used when it is the same search. */
export function useArticleList(queryString: string, initial?: { queryString: string; page: ArticlePage }) {
  return useQuery({
    queryKey: articleKeys.list(queryString),
    queryFn: () => fetchJson<ArticlePage>(queryString ? `/api/v1/articles?${queryString}` : "/api/v1/articles"),
    initialData: initial?.queryString === queryString ? initial.page : undefined,
    placeholderData: keepPreviousData,
    // A search the API refuses (a mistyped date) is refused again: show why at once.
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 1,
  });
}
