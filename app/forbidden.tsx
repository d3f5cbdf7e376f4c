import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-locale";

export default async function Forbidden() {
  const { t } = await getTranslations();
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-2xl font-semibold">{t.errors.forbiddenTitle}</h1>
      <p className="mt-2 text-slate-600">{t.errors.forbiddenBody}</p>
      <Link href="/" className="mt-6 inline-block text-indigo-700 hover:underline">
        {t.errors.home}
      </Link>
    </main>
  );
}
