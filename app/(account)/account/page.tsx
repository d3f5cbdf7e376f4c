import type { Metadata } from "next";
import Link from "next/link";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { getAccount } from "@/lib/account/manage-account";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";
import { localeSchema } from "@/lib/validations/locale";

export const metadata: Metadata = { title: "Mon compte / My account" };

export default async function AccountPage() {
  const account = await getAccount(await guardPage("account.manage"));
  const { t } = await getTranslations();
  const locale = localeSchema.safeParse(account.locale);
  const rows: [string, React.ReactNode][] = [
    [t.account.name, account.name],
    [t.account.email, account.email],
    [t.account.role, t.roles[account.role]],
    [t.account.locale, locale.success ? t.account.locales[locale.data] : account.locale],
    [t.account.lastSignIn, account.lastSignInAt ? <LocalDateTime value={account.lastSignInAt.toISOString()} /> : "—"],
  ];

  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-semibold">{t.account.title}</h1>
      <section aria-labelledby="profile" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="profile" className="mb-4 text-lg font-semibold">
          {t.account.profile}
        </h2>
        <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2 text-sm" data-testid="account-profile">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {account.hasPassword ? (
        <ChangePasswordForm email={account.email} name={account.name} />
      ) : (
        <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700">{t.account.noPassword}</p>
      )}
      <SignOutEverywhere />
      <section aria-labelledby="tokens-title" className="space-y-2 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h2 id="tokens-title" className="text-lg font-semibold">
          {t.tokens.title}
        </h2>
        <p className="text-sm text-slate-600">{t.tokens.accountIntro}</p>
        <Link href="/account/tokens" className="text-sm font-medium text-indigo-700 hover:underline">
          {t.tokens.manage}
        </Link>
      </section>
    </div>
  );
}
