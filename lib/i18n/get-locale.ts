// The interface language of this request: the cookie, then the account's choice, then French.
import "server-only";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { getMessages } from "@/lib/i18n/messages";
import { defaultLocale, LOCALE_COOKIE, localeSchema, type Locale } from "@/lib/validations/locale";

export async function getLocale(): Promise<Locale> {
  const fromCookie = localeSchema.safeParse((await cookies()).get(LOCALE_COOKIE)?.value);
  if (fromCookie.success) return fromCookie.data;
  const fromAccount = localeSchema.safeParse((await getCurrentUser())?.locale);
  return fromAccount.success ? fromAccount.data : defaultLocale;
}

export async function getTranslations() {
  const locale = await getLocale();
  return { locale, t: getMessages(locale) };
}
