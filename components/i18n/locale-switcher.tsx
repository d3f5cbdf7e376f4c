"use client";
// FR / EN switch: stores the choice, then re-renders the page in the new language.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { fetchJson } from "@/lib/client/fetch-json";
import { locales, type Locale } from "@/lib/validations/locale";

export function LocaleSwitcher() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const choose = (next: Locale) =>
    startTransition(async () => {
      await fetchJson("/api/v1/locale", { method: "PUT", body: { locale: next } });
      router.refresh();
    });

  return (
    <div role="group" aria-label={t.nav.language} className="inline-flex rounded-md border border-slate-300 text-xs font-medium">
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          disabled={pending}
          aria-pressed={option === locale}
          onClick={() => choose(option)}
          className={`px-2 py-1 uppercase first:rounded-l-md last:rounded-r-md ${option === locale ? "bg-slate-800 text-white" : "bg-white text-slate-700 hover:bg-slate-100"}`}
        >
          {option}
        </button>
      ))}
    </div>
  );
}
