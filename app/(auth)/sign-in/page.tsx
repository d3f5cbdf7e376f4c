import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { LocaleSwitcher } from "@/components/i18n/locale-switcher";
import { landingPathFor } from "@/lib/auth/landing";
import { oidcSettings } from "@/lib/auth/oidc";
import { getCurrentUser } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { getTranslations } from "@/lib/i18n/get-locale";

export const metadata: Metadata = { title: "Connexion / Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(landingPathFor(user.role));
  const { t } = await getTranslations();
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: an absolute callback URL would be an open redirect.
  const sso = oidcSettings();
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6">
        <div className="flex items-start justify-between">
          <div>
            <p className="text-sm font-semibold tracking-wide text-indigo-700 uppercase">{t.app.name}</p>
            <h1 className="mt-1 text-2xl font-semibold">{t.signIn.title}</h1>
            <p className="mt-1 text-sm text-slate-600">{t.app.tagline}</p>
          </div>
          <LocaleSwitcher />
        </div>
        <SignInForm callbackUrl={safeCallback} initialError={error} />
        {sso && <SsoButton name={sso.name} callbackUrl={safeCallback} />}
        {getEnv().NODE_ENV !== "production" && <p className="text-xs text-slate-500">{t.signIn.demoHint}</p>}
      </div>
    </main>
  );
}
