import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const user = await guardPage("dossier.read_published");
  const { t } = await getTranslations();
  return (
    <AppShell user={user} t={t}>
      {children}
    </AppShell>
  );
}
