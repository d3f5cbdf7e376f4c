"use client";
// React Query for suggestions in the annotation workspace: run the recommenders on the article, and
// accept every pending suggestion of one kind in one all-or-nothing review request.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { annotationKeys } from "@/components/annotations/annotation-queries";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { fetchJson } from "@/lib/client/fetch-json";
import type { SavedSuggestions } from "@/lib/suggestions/save-suggestions";

/** Pending suggestions of a kind, as the review request names them (evidence follows its theme). */
export function pendingSuggestions(annotations: AnnotationView[], kind: AnnotationView["kind"]): AnnotationView[] {
  return annotations.filter((view) => view.kind === kind && view.origin === "SUGGESTION" && view.status === "SUGGESTED" && !view.supportsId && !view.id.startsWith("pending-"));
}

export function useRunSuggestions(articleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson<SavedSuggestions>(`/api/v1/articles/${articleId}/suggestions`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }),
  });
}

export function useAcceptSuggestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: AnnotationView[]) =>
      fetchJson<{ reviewed: number }>("/api/v1/annotations/review", { method: "POST", body: { decision: "ACCEPTED", items: items.map(({ id, version }) => ({ id, version })) } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }),
  });
}
