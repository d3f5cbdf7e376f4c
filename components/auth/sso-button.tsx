"use client";
// Starts the single sign-on (OpenID Connect) flow; shown only when it is configured.
import { signIn } from "next-auth/react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { interpolate } from "@/lib/i18n/messages";

export function SsoButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  return (
    <Button type="button" variant="secondary" className="w-full" disabled={!hydrated} onClick={() => signIn("oidc", { callbackUrl })}>
      {interpolate(t.signIn.sso, { name })}
    </Button>
  );
}
