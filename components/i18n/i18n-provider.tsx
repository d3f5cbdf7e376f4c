"use client";
// The interface language for client components: `const { t, locale } = useI18n()`.
import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

const I18nContext = createContext<{ locale: Locale; t: Messages } | null>(null);

export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, t: messages }}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <Providers>.");
  return value;
}
