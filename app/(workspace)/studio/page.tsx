import type { Metadata } from "next";
import { NewDossierForm } from "@/components/dossiers/new-dossier-form";
import { WorkingDossierTable } from "@/components/dossiers/working-dossier-table";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { listWorkingDossiers } from "@/lib/dossiers/list-working-dossiers";
import { getTranslations } from "@/lib/i18n/get-locale";

export const metadata: Metadata = { title: "Rédaction" };

export default async function StudioPage() {
  const user = await guardPage("workspace.access");
  const [dossiers, { t, locale }] = await Promise.all([listWorkingDossiers(user), getTranslations()]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t.studio.title}</h1>
      {can(user.role, "dossier.create") && <NewDossierForm />}
      <WorkingDossierTable dossiers={dossiers} t={t} locale={locale} />
    </div>
  );
}
