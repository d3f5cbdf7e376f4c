import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PublishedDossierView } from "@/components/dossiers/published-dossier-view";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { getTranslations } from "@/lib/i18n/get-locale";
import { notFoundOnMissing } from "@/lib/page-errors";
import { slugParams } from "@/lib/validations/dossier";

export const metadata: Metadata = { title: "Dossier" };

export default async function PublishedDossierPage({ params }: { params: Promise<{ slug: string }> }) {
  const user = await guardPage("dossier.read_published");
  const parsed = slugParams.safeParse(await params);
  if (!parsed.success) notFound();
  const dossier = await getPublishedDossier(user, parsed.data.slug).catch(notFoundOnMissing);
  const { t, locale } = await getTranslations();
  return <PublishedDossierView dossier={dossier} t={t} locale={locale} linkToArticles={can(user.role, "article.read")} />;
}
