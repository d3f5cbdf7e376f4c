"use client";
// Changes made from the article page; on success the server-rendered page is refreshed.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { articleKeys } from "@/components/articles/article-queries";
import { fetchJson } from "@/lib/client/fetch-json";
import type { UpdateArticleInput } from "@/lib/validations/article-metadata";
import type { ReviseCleanupInput } from "@/lib/validations/import";

function useArticleMutation<Input, Result extends { version: number }>(request: (input: Input) => Promise<Result>) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: articleKeys.all });
      router.refresh();
    },
    // A conflict means the page is stale: show the current article so the editor can redo the change.
    onError: () => router.refresh(),
  });
}

export function useReviseCleanup(articleId: string) {
  return useArticleMutation((input: ReviseCleanupInput) =>
    fetchJson<{ version: number }>(`/api/v1/articles/${articleId}/cleanup`, { method: "PUT", body: input }),
  );
}

export function useUpdateArticle(articleId: string) {
  return useArticleMutation((input: UpdateArticleInput) => fetchJson<{ version: number }>(`/api/v1/articles/${articleId}`, { method: "PATCH", body: input }));
}

export function useCorrectText(articleId: string) {
  return useArticleMutation((input: { version: number; text: string }) =>
    fetchJson<{ version: number; moved: number; orphaned: number }>(`/api/v1/articles/${articleId}/text`, { method: "PUT", body: input }),
  );
}
