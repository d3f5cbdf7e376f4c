import { StatusPage } from "@/components/ui/status-page";
import { getTranslations } from "@/lib/i18n/get-locale";

export default async function NotFound() {
  const { t } = await getTranslations();
  return <StatusPage status={404} title={t.errors.notFoundTitle} body={t.errors.notFoundBody} homeLabel={t.errors.home} />;
}
