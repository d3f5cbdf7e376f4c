"use client";
// Shown when a page fails: a message and a retry, never the error's details.
import { useI18n } from "@/components/i18n/i18n-provider";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { t } = useI18n();
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t.errors.genericTitle}</h1>
      <p className="mt-2 text-slate-600">{t.errors.genericBody}</p>
      <button type="button" onClick={reset} className="mt-6 text-indigo-700 hover:underline">
        {t.errors.retry}
      </button>
    </main>
  );
}
