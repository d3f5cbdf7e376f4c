"use client";
// React Query hooks for importing: start a file batch and follow it, import a pasted text or a URL.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { articleKeys } from "@/components/articles/article-queries";
import { fetchJson } from "@/lib/client/fetch-json";
import type { ImportOutcome } from "@/lib/ingest/import-article";
import type { ImportBatchView } from "@/lib/ingest/import-batch";
import type { ImportUrlInput, PasteArticleInput } from "@/lib/validations/import";

export type ImportBatchJson = Omit<ImportBatchView, "createdAt" | "finishedAt"> & { createdAt: string; finishedAt: string | null };

const POLL_MS = 700;

export function useStartFileImport() {
  return useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append("files", file);
      return fetchJson<{ id: string; total: number }>("/api/v1/imports", { method: "POST", body: form });
    },
  });
}

/** Polls a batch until it is done, then refreshes the article lists once. */
export function useImportBatch(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["imports", id],
    enabled: Boolean(id),
    queryFn: async () => {
      const batch = await fetchJson<ImportBatchJson>(`/api/v1/imports/${id}`);
      if (batch.status !== "RUNNING") await queryClient.invalidateQueries({ queryKey: articleKeys.all });
      return batch;
    },
    refetchInterval: (query) => (query.state.data?.status === "RUNNING" || !query.state.data ? POLL_MS : false),
  });
}

export function useImportText() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasteArticleInput) => fetchJson<ImportOutcome>("/api/v1/imports/text", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleKeys.all }),
  });
}

export function useImportUrl() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportUrlInput) => fetchJson<ImportOutcome>("/api/v1/imports/url", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleKeys.all }),
  });
}
