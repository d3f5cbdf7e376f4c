"use client";
// React Query for the entity register: the type-ahead that picks an entity, and the changes made from
// the register's pages. A change refreshes the server-rendered page; a conflict (someone changed the
// entity meanwhile) refreshes it too, so the person sees the current entity and redoes the change.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ApiError, fetchJson } from "@/lib/client/fetch-json";
import type { MergeResult } from "@/lib/entities/merge-entities";
import type { EntityRow } from "@/lib/entities/search-entities";
import type { MergeEntitiesInput, NewAliasInput, SplitEntityInput, UpdateEntityInput } from "@/lib/validations/entity";

export const entityKeys = {
  all: ["entities"] as const,
  register: (q: string, type: string) => [...entityKeys.all, "register", q, type] as const,
};

/** The first page of the register for a typed name (nothing until something is typed). */
export function useEntityLookup(q: string, type = "") {
  return useQuery({
    queryKey: entityKeys.register(q, type),
    queryFn: () => fetchJson<{ entities: EntityRow[] }>(`/api/v1/entities?${new URLSearchParams({ q, ...(type && { type }) })}`),
    enabled: q.trim().length > 0,
    placeholderData: keepPreviousData,
  });
}

function useEntityMutation<Input, Result>(request: (input: Input) => Promise<Result>) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: entityKeys.all });
      router.refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === "CONFLICT") router.refresh();
    },
  });
}

export function useUpdateEntity(id: string) {
  return useEntityMutation((input: UpdateEntityInput) => fetchJson<{ version: number }>(`/api/v1/entities/${id}`, { method: "PATCH", body: input }));
}

export function useAddAlias(id: string) {
  return useEntityMutation((input: NewAliasInput) => fetchJson<{ version: number }>(`/api/v1/entities/${id}/aliases`, { method: "POST", body: input }));
}

export function useRemoveAlias(id: string) {
  return useEntityMutation(({ aliasId, version }: { aliasId: string; version: number }) =>
    fetchJson<{ version: number }>(`/api/v1/entities/${id}/aliases/${aliasId}`, { method: "DELETE", body: { version } }),
  );
}

export function useMergeEntities() {
  return useEntityMutation((input: MergeEntitiesInput) => fetchJson<MergeResult>("/api/v1/entities/merges", { method: "POST", body: input }));
}

export function useUndoMerge() {
  return useEntityMutation((mergeId: string) => fetchJson<{ sourceId: string; targetId: string }>(`/api/v1/entities/merges/${mergeId}/undo`, { method: "POST" }));
}

export function useSplitEntity(id: string) {
  return useEntityMutation((input: SplitEntityInput) => fetchJson<{ id: string; name: string }>(`/api/v1/entities/${id}/split`, { method: "POST", body: input }));
}

export function useDismissDuplicate() {
  return useEntityMutation((entityIds: [string, string]) =>
    fetchJson<{ firstId: string; secondId: string }>("/api/v1/entities/duplicates/decisions", { method: "POST", body: { decision: "DISMISSED", entityIds } }),
  );
}
