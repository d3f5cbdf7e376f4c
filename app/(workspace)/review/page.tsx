import { ReviewQueue } from "@/components/annotations/review-queue";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";

export default async function ReviewPage() {
  await guardPage("annotation.review");
  const { t } = await getTranslations();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t.review.title}</h1>
        <p className="text-sm text-slate-600">{t.review.intro}</p>
      </div>
      <ReviewQueue />
    </div>
  );
}
