// Remembers the chosen language in a cookie, and on the account when signed in.
import "server-only";
import { cookies } from "next/headers";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { LOCALE_COOKIE } from "@/lib/i18n/get-locale";
import type { Locale } from "@/lib/validations/locale";

export async function setLocale(user: CurrentUser | null, locale: Locale): Promise<{ locale: Locale }> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  return { locale };
}
