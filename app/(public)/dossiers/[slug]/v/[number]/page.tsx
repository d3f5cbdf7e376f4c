import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedDossierView } from "@/components/dossiers/published-dossier-view";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { getTranslations } from "@/lib/i18n/get-locale";
import { notFoundOnMissing } from "@/lib/page-errors";
import { versionParams } from "@/lib/validations/dossier";

export const metadata: Metadata = { title: "Dossier" };

export default async function PublishedVersionPage({ params }: { params: Promise<{ slug: string; number: string }> }) {
  const user = await guardPage("dossier.read_published");
  const parsed = versionParams.safeParse(await params);
  if (!parsed.success) notFound();
  const dossier = await getPublishedDossier(user, parsed.data.slug, parsed.data.number).catch(notFoundOnMissing);
  const { t, locale } = await getTranslations();
  return <PublishedDossierView dossier={dossier} t={t} locale={locale} linkToArticles={can(user.role, "article.read")} />;
}
