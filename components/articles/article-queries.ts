"use client";
// React Query keys and hooks for articles.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ArticlePage } from "@/lib/articles/list-articles";
import { fetchJson } from "@/lib/client/fetch-json";

export const articleKeys = {
  all: ["articles"] as const,
  list: (page: number) => [...articleKeys.all, "list", page] as const,
  detail: (id: string) => [...articleKeys.all, "detail", id] as const,
};

export function useArticleList(page: number, initialData?: ArticlePage) {
  return useQuery({
    queryKey: articleKeys.list(page),
    queryFn: () => fetchJson<ArticlePage>(`/api/v1/articles?page=${page}`),
    initialData: page === initialData?.page ? initialData : undefined,
    placeholderData: keepPreviousData,
  });
}
