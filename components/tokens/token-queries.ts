"use client";
// React Query keys and hooks for personal access tokens: one's own, or an account's for an admin.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/client/fetch-json";
import type { TokenSummary } from "@/lib/tokens/manage-tokens";
import type { CreateTokenInput } from "@/lib/validations/token";

// Dates arrive as ISO strings over JSON.
export type TokenRow = Omit<TokenSummary, "createdAt" | "lastUsedAt" | "expiresAt" | "revokedAt"> & {
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

export const tokenKeys = { all: ["tokens"] as const, of: (ownerId: string | undefined) => [...tokenKeys.all, ownerId ?? "own"] as const };

/** One's own tokens, or (for an admin) those of `ownerId`. */
export function useTokens(ownerId: string | undefined, initialData: TokenRow[]) {
  return useQuery({
    queryKey: tokenKeys.of(ownerId),
    queryFn: async () =>
      ownerId ? (await fetchJson<{ tokens: TokenRow[] }>(`/api/v1/users/${ownerId}/tokens`)).tokens : fetchJson<TokenRow[]>("/api/v1/account/tokens"),
    initialData,
  });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => fetchJson<TokenRow & { secret: string }>("/api/v1/account/tokens", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<TokenRow>(`/api/v1/account/tokens/${id}`, { method: "DELETE" }),
    onSuccess: (revoked) => queryClient.setQueriesData<TokenRow[]>({ queryKey: tokenKeys.all }, (rows) => rows?.map((row) => (row.id === revoked.id ? revoked : row))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
