"use client";
// One's tokens (or an account's, for an admin): what each may do, when it was last used, when it expires; revoking asks to confirm first.
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { useRevokeToken, useTokens, type TokenRow } from "@/components/tokens/token-queries";
import { Button } from "@/components/ui/button";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { TableHead } from "@/components/ui/table-head";
import { interpolate } from "@/lib/i18n/messages";

export function TokenList({ initialTokens, ownerId, title }: { initialTokens: TokenRow[]; ownerId?: string; title: string }) {
  const { t } = useI18n();
  const { data: tokens } = useTokens(ownerId, initialTokens);
  const revoke = useRevokeToken();
  const [confirming, setConfirming] = useState<TokenRow>();
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string }>();
  // When the page opened: a token expiring while it is open shows as expired at the next reload.
  const [openedAt] = useState(() => Date.now());

  const confirmRevoke = (token: TokenRow) => {
    setNotice(undefined);
    revoke.mutate(token.id, {
      onSuccess: () => setNotice({ tone: "ok", text: interpolate(t.tokens.revokedNotice, { name: token.name }) }),
      onError: (error) => setNotice({ tone: "error", text: error.message }),
      onSettled: () => setConfirming(undefined),
    });
  };

  return (
    <section aria-labelledby="token-list-title" className="space-y-3">
      <h2 id="token-list-title" className="text-lg font-semibold">
        {title}
      </h2>
      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${notice.tone === "error" ? "bg-red-50 text-red-800" : "bg-emerald-50 text-emerald-800"}`}>
          {notice.text}
        </p>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="revoke-question" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
          <p id="revoke-question" className="text-sm text-red-900">
            {interpolate(t.tokens.confirmRevoke, { name: confirming.name })}
          </p>
          <div className="flex gap-2">
            <Button variant="danger" onClick={() => confirmRevoke(confirming)} disabled={revoke.isPending}>
              {t.tokens.confirm}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(undefined)}>
              {t.tokens.cancel}
            </Button>
          </div>
        </div>
      )}
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t.tokens.empty}</p>
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm">
          <TableHead columns={[t.tokens.nameColumn, t.tokens.prefix, t.tokens.scopes, t.tokens.created, t.tokens.lastUsed, t.tokens.expires, t.tokens.status]} />
          <tbody>
            {tokens.map((token) => {
              const status = token.revokedAt ? "revoked" : token.expiresAt && Date.parse(token.expiresAt) <= openedAt ? "expired" : "active";
              return (
                <tr key={token.id} data-testid={`token-row-${token.name}`} className="border-t border-slate-100">
                  <td className="px-4 py-3 font-medium">{token.name}</td>
                  <td className="px-4 py-3 font-mono text-xs whitespace-nowrap">{token.prefix}…</td>
                  <td className="px-4 py-3">{token.scopes.join(", ")}</td>
                  <td className="px-4 py-3 text-slate-600">
                    <LocalDateTime value={token.createdAt} />
                  </td>
                  <td className="px-4 py-3 text-slate-600">{token.lastUsedAt ? <LocalDateTime value={token.lastUsedAt} /> : t.tokens.never}</td>
                  <td className="px-4 py-3 text-slate-600">{token.expiresAt ? <LocalDateTime value={token.expiresAt} /> : t.tokens.never}</td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    <span className={status === "active" ? "text-emerald-700" : "text-slate-500"}>{t.tokens[status]}</span>
                    {status === "active" && (
                      <Button variant="danger" className="ml-3" aria-label={interpolate(t.tokens.revokeOf, { name: token.name })} onClick={() => setConfirming(token)}>
                        {t.tokens.revoke}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
