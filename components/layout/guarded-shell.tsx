// A route group's layout: the signed-in user holding `action` (else sign-in or 403), in the app shell.
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { guardPage } from "@/lib/auth/guard-page";
import type { Action } from "@/lib/auth/permissions";
import { getTranslations } from "@/lib/i18n/get-locale";

export async function GuardedShell({ action, children }: { action: Action; children: ReactNode }) {
  const user = await guardPage(action);
  const { t } = await getTranslations();
  return (
    <AppShell user={user} t={t}>
      {children}
    </AppShell>
  );
}
