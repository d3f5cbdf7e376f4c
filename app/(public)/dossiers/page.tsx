import type { Metadata } from "next";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";

export const metadata: Metadata = { title: "Dossiers" };

// Published dossiers arrive with the dossier feature; until then the list is honestly empty.
export default async function PublishedDossiersPage() {
  await guardPage("dossier.read_published");
  const { t } = await getTranslations();
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t.dossiers.title}</h1>
      <p className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t.dossiers.empty}</p>
    </section>
  );
}
