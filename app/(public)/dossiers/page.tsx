import type { Metadata } from "next";
import { PublishedDossierList } from "@/components/dossiers/published-dossier-list";
import { guardPage } from "@/lib/auth/guard-page";
import { listPublishedDossiers } from "@/lib/dossiers/published-dossiers";
import { getTranslations } from "@/lib/i18n/get-locale";
import { publishedListQuery } from "@/lib/validations/dossier";

export const metadata: Metadata = { title: "Dossiers" };

export default async function PublishedDossiersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await guardPage("dossier.read_published");
  const parsed = publishedListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : publishedListQuery.parse({});
  const [result, { t, locale }] = await Promise.all([listPublishedDossiers(user, query), getTranslations()]);
  return <PublishedDossierList result={result} query={query} t={t} locale={locale} />;
}
