"use client";
// React Query keys and hooks for user administration. Updates are optimistic and roll back when refused.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import type { UserSummary } from "@/lib/users/manage-users";
import type { CreateUserInput, UpdateUserInput } from "@/lib/validations/user";

// Dates arrive as ISO strings over JSON.
export type UserRow = Omit<UserSummary, "disabledAt" | "lastSignInAt" | "createdAt"> & {
  disabledAt: string | null;
  lastSignInAt: string | null;
  createdAt: string;
};

export const userKeys = { all: ["users"] as const, list: () => [...userKeys.all, "list"] as const };

export function useUsers(initialData: UserRow[]) {
  return useQuery({ queryKey: userKeys.list(), queryFn: () => fetchJson<UserRow[]>("/api/v1/users"), initialData });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => fetchJson<UserRow>("/api/v1/users", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateUserInput & { id: string }) => fetchJson<UserRow>(`/api/v1/users/${id}`, { method: "PATCH", body: input }),
    onMutate: async ({ id, role, disabled }) => {
      await queryClient.cancelQueries({ queryKey: userKeys.list() });
      const previous = queryClient.getQueryData<UserRow[]>(userKeys.list());
      queryClient.setQueryData<UserRow[]>(userKeys.list(), (rows) =>
        rows?.map((row) =>
          row.id === id
            ? { ...row, ...(role && { role }), ...(disabled !== undefined && { disabledAt: disabled ? new Date().toISOString() : null }) }
            : row,
        ),
      );
      return { previous };
    },
    onError: (_error, _input, context) => queryClient.setQueryData(userKeys.list(), context?.previous),
    // The saved row carries the new version, so a quick second change is not refused as stale.
    onSuccess: (saved) => queryClient.setQueryData<UserRow[]>(userKeys.list(), (rows) => rows?.map((row) => (row.id === saved.id ? saved : row))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useRevokeSessions() {
  return useMutation({ mutationFn: (id: string) => fetchJson(`/api/v1/users/${id}/revoke-sessions`, { method: "POST" }) });
}
