"use client";
// Ends every session of the account, this one included.
import { signOut } from "next-auth/react";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { fetchJson } from "@/lib/client/fetch-json";
import { FormError } from "@/components/ui/form-error";

export function SignOutEverywhere() {
  const { t } = useI18n();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function run() {
    if (!window.confirm(t.account.signOutEverywhereConfirm)) return;
    setPending(true);
    try {
      await fetchJson("/api/v1/account/sign-out-everywhere", { method: "POST", body: { confirm: true } });
      await signOut({ callbackUrl: "/sign-in" });
    } catch (caught) {
      setPending(false);
      setError((caught as Error).message);
    }
  }

  return (
    <section aria-labelledby="sessions-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="sessions-title" className="text-lg font-semibold">
        {t.account.sessionsTitle}
      </h2>
      <p className="text-sm text-slate-600">{t.account.sessionsIntro}</p>
      <FormError message={error} />
      <Button variant="danger" onClick={run} disabled={pending}>
        {t.account.signOutEverywhere}
      </Button>
    </section>
  );
}
