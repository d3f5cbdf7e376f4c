import { AnnotationImportForm, ExportLinks } from "@/components/annotations/annotation-exchange";
import { ReviewQueue } from "@/components/annotations/review-queue";
import { guardPage } from "@/lib/auth/guard-page";
import { can } from "@/lib/auth/permissions";
import { getTranslations } from "@/lib/i18n/get-locale";

export default async function ReviewPage() {
  const user = await guardPage("annotation.review");
  const { t } = await getTranslations();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t.review.title}</h1>
        <p className="text-sm text-slate-600">{t.review.intro}</p>
      </div>
      <ReviewQueue />
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 className="font-semibold">{t.exchange.title}</h2>
        <ExportLinks />
        {can(user.role, "annotation.create") && <AnnotationImportForm />}
      </section>
    </div>
  );
}
