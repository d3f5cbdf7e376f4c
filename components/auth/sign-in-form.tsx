"use client";
// Email + password form posting to NextAuth's credentials provider.
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { interpolate, type Messages } from "@/lib/i18n/messages";

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
    } else {
      setError(result?.error ?? "CredentialsSignin");
    }
  }

  const message = !error
    ? undefined
    : error.startsWith("RateLimited")
      ? rateLimitMessage(t, error)
      : error === "AccessDenied"
        ? t.signIn.ssoRefused
        : error.startsWith("OAuth")
          ? t.signIn.ssoFailed
          : t.signIn.failed;
  // Submitting waits for hydration, and method="post" guards the rest (Enter in a field): a form sent
  // by the browser itself must never put the password in the URL.
  return (
    <form onSubmit={onSubmit} method="post" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" noValidate>
      <p className="text-sm text-slate-600">{t.signIn.intro}</p>
      <TextField id="email" name="email" type="email" autoComplete="username" required label={t.signIn.email} />
      <TextField id="password" name="password" type="password" autoComplete="current-password" required label={t.signIn.password} />
      {message && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      )}
      <Button type="submit" disabled={pending || !hydrated} className="w-full">
        {pending ? t.signIn.submitting : t.signIn.submit}
      </Button>
    </form>
  );
}

// "RateLimited:4" (lib/auth/options.ts) names the wait in minutes.
function rateLimitMessage(t: Messages, error: string): string {
  const minutes = Number(error.split(":")[1]);
  return Number.isInteger(minutes) && minutes > 0 ? interpolate(t.signIn.rateLimitedFor, { minutes }) : t.signIn.rateLimited;
}
