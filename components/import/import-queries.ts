"use client";
// React Query hooks for importing: start (or resume) a file batch and follow it, import a pasted text or a URL.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { articleKeys } from "@/components/articles/article-queries";
import { fetchJson } from "@/lib/client/fetch-json";
import type { ImportOutcome } from "@/lib/ingest/import-article";
import type { ImportBatchView } from "@/lib/ingest/import-batch";
import type { ImportUrlInput, PasteArticleInput } from "@/lib/validations/import";

export type ImportBatchJson = Omit<ImportBatchView, "createdAt" | "finishedAt"> & { createdAt: string; finishedAt: string | null };
export type InterruptedImportJson = { id: string; total: number; done: number; createdAt: string };

const interruptedKey = ["imports-interrupted"] as const;

const POLL_MS = 700;

/** Starts a batch, or with `resume` continues an interrupted one with the same files. */
export function useStartFileImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ files, resume }: { files: File[]; resume?: string }) => {
      const form = new FormData();
      for (const file of files) form.append("files", file);
      if (resume) form.append("resume", resume);
      return fetchJson<{ id: string; total: number }>("/api/v1/imports", { method: "POST", body: form });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: interruptedKey }),
  });
}

/** The person's batches whose server stopped midway, to resume them. */
export function useInterruptedImports() {
  return useQuery({ queryKey: interruptedKey, queryFn: () => fetchJson<InterruptedImportJson[]>("/api/v1/imports") });
}

/** Polls a batch until it is done (or interrupted), then refreshes the article lists once. */
export function useImportBatch(id: string | undefined) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["imports", id],
    enabled: Boolean(id),
    queryFn: async () => {
      const batch = await fetchJson<ImportBatchJson>(`/api/v1/imports/${id}`);
      if (batch.status !== "RUNNING") await Promise.all([queryClient.invalidateQueries({ queryKey: articleKeys.all }), queryClient.invalidateQueries({ queryKey: interruptedKey })]);
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
