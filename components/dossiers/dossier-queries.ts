"use client";
// React Query for the dossier editor: the composed working copy, and one mutation helper that sends
// the version the change is based on and re-reads the dossier afterwards. A refused change (409 when
// someone else changed the dossier) shows the server's message and reloads the current state.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { fetchJson } from "@/lib/client/fetch-json";
import type { DossierDraft } from "@/lib/dossiers/get-dossier-draft";

export const dossierKeys = {
  all: ["dossiers"] as const,
  draft: (slug: string) => [...dossierKeys.all, "draft", slug] as const,
};

export function useDossierDraft(slug: string, initialData: DossierDraft) {
  return useQuery({ queryKey: dossierKeys.draft(slug), queryFn: () => fetchJson<DossierDraft>(`/api/v1/dossiers/${slug}/draft`), initialData, staleTime: 5_000 });
}

type Request = { path: string; method: "POST" | "PATCH" | "DELETE"; body?: Record<string, unknown> };

/** Sends `{version, …body}` to /api/v1/dossiers/{slug}{path} with the version of the draft on screen. */
export function useDossierChange(slug: string) {
  const queryClient = useQueryClient();
  const key = dossierKeys.draft(slug);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: ({ path, method, body }: Request) => {
      const version = queryClient.getQueryData<DossierDraft>(key)?.dossier.version;
      return fetchJson<{ version: number; id?: string }>(`/api/v1/dossiers/${slug}${path}`, { method, body: { version, ...body } });
    },
    onMutate: () => setError(null),
    onError: (failure: Error) => setError(failure.message),
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  // Errors land in `error`, shown beside the editor; `then` runs only when the server accepted the change.
  const change = (request: Request, then?: (result: { version: number; id?: string }) => void) => mutation.mutate(request, { onSuccess: then });
  return { change, pending: mutation.isPending, error, clearError: () => setError(null) };
}

export type DossierChange = ReturnType<typeof useDossierChange>;
