import { StatusPage } from "@/components/ui/status-page";
import { getTranslations } from "@/lib/i18n/get-locale";

export default async function Forbidden() {
  const { t } = await getTranslations();
  return <StatusPage status={403} title={t.errors.forbiddenTitle} body={t.errors.forbiddenBody} homeLabel={t.errors.home} />;
}
