// Remembers the chosen language in a cookie, and on the account when signed in.
import "server-only";
import { cookies } from "next/headers";
import type { CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, type Locale } from "@/lib/validations/locale";

export async function setLocale(user: CurrentUser | null, locale: Locale): Promise<{ locale: Locale }> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 24 * 3600 });
  if (user && user.locale !== locale) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { locale } });
      await recordAudit({ actorId: user.id, action: "account.locale", targetType: "user", targetId: user.id, before: { locale: user.locale }, after: { locale } }, tx);
    });
  }
  return { locale };
}
