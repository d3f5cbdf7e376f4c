import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";

// The signed-in user's own pages, for every role (readers included).
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await guardPage("account.manage");
  const { t } = await getTranslations();
  return (
    <AppShell user={user} t={t}>
      {children}
    </AppShell>
  );
}
