"use client";
// React Query for the annotation workspace: the article's annotations, and the mutations, applied
// optimistically and rolled back (with the server's message) when refused.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { withoutSuperseded } from "@/components/suggestions/superseded";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { fetchJson } from "@/lib/client/fetch-json";
import type { CreateAnnotationInput, UpdateAnnotationInput } from "@/lib/validations/annotation";

export type ArticleAnnotations = { revisionId: string | null; annotations: AnnotationView[]; orphans: AnnotationView[] };

export const annotationKeys = {
  all: ["annotations"] as const,
  article: (articleId: string) => [...annotationKeys.all, "article", articleId] as const,
  queue: (kind: string, page: number) => [...annotationKeys.all, "queue", kind, page] as const,
};

export function useArticleAnnotations(articleId: string, initialData: ArticleAnnotations) {
  return useQuery({
    queryKey: annotationKeys.article(articleId),
    queryFn: () => fetchJson<ArticleAnnotations>(`/api/v1/articles/${articleId}/annotations`),
    initialData,
    staleTime: 5_000,
  });
}

type Change = (current: ArticleAnnotations) => ArticleAnnotations;

// One optimistic mutation: apply `change` at once, undo it if the server refuses, then re-read.
function useOptimisticChange<Input, Result>(articleId: string, request: (input: Input) => Promise<Result>, change: (input: Input) => Change, settle?: (result: Result) => Change) {
  const queryClient = useQueryClient();
  const key = annotationKeys.article(articleId);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: request,
    onMutate: async (input: Input) => {
      setError(null);
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ArticleAnnotations>(key);
      if (previous) queryClient.setQueryData(key, change(input)(previous));
      return { previous };
    },
    onError: (failure: Error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      setError(failure.message);
    },
    onSuccess: (result) => {
      if (settle) queryClient.setQueryData<ArticleAnnotations>(key, (current) => current && settle(result)(current));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: annotationKeys.all }),
  });
  return { ...mutation, error, clearError: () => setError(null) };
}

const byStart = (first: AnnotationView, second: AnnotationView) => (first.start ?? -1) - (second.start ?? -1) || (second.end ?? 0) - (first.end ?? 0);
const patchOne = (id: string, patch: Partial<AnnotationView>): Change => (current) => ({
  ...current,
  annotations: current.annotations.map((view) => (view.id === id ? { ...view, ...patch } : view)),
});

export function useCreateAnnotation(articleId: string, placeholder: (input: CreateAnnotationInput) => AnnotationView) {
  return useOptimisticChange(
    articleId,
    (input: CreateAnnotationInput) => fetchJson<{ annotations: AnnotationView[] }>(`/api/v1/articles/${articleId}/annotations`, { method: "POST", body: input }),
    (input) => (current) => ({ ...current, annotations: [...withoutSuperseded(current.annotations, input), placeholder(input)].sort(byStart) }),
    ({ annotations }) => (current) => ({
      ...current,
      annotations: [...current.annotations.filter((view) => !view.id.startsWith("pending-")), ...annotations].sort(byStart),
    }),
  );
}

export function useUpdateAnnotation(articleId: string) {
  return useOptimisticChange(
    articleId,
    ({ id, ...input }: UpdateAnnotationInput & { id: string }) => fetchJson<AnnotationView>(`/api/v1/annotations/${id}`, { method: "PATCH", body: input }),
    ({ id, status, note }) => patchOne(id, { ...(status && { status }), ...(note !== undefined && { note }) }),
    (updated) => (current) => ({
      ...current,
      annotations: [...current.annotations.filter((view) => view.id !== updated.id), ...(updated.anchorState === "ORPHANED" ? [] : [updated])].sort(byStart),
      orphans: current.orphans.filter((view) => view.id !== updated.id),
    }),
  );
}

export function useDeleteAnnotation(articleId: string) {
  return useOptimisticChange(
    articleId,
    ({ id, version }: { id: string; version: number }) => fetchJson<{ deleted: string[] }>(`/api/v1/annotations/${id}`, { method: "DELETE", body: { version } }),
    ({ id }) => (current) => ({
      ...current,
      annotations: current.annotations.filter((view) => view.id !== id && view.supportsId !== id),
      orphans: current.orphans.filter((view) => view.id !== id),
    }),
  );
}

export function useRestoreAnnotation(articleId: string) {
  return useOptimisticChange(
    articleId,
    ({ id, version }: { id: string; version: number }) => fetchJson<{ annotations: AnnotationView[] }>(`/api/v1/annotations/${id}/restore`, { method: "POST", body: { version } }),
    () => (current) => current,
  );
}
