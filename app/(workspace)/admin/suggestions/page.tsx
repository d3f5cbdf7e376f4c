import type { Metadata } from "next";
import { RecommenderStatsTable } from "@/components/suggestions/recommender-stats-table";
import { guardPage } from "@/lib/auth/guard-page";
import { getTranslations } from "@/lib/i18n/get-locale";
import { getRecommenderStats } from "@/lib/suggestions/recommender-stats";

export const metadata: Metadata = { title: "Suggestions" };

export default async function SuggestionsAdminPage() {
  const user = await guardPage("suggestion.monitor");
  const [stats, { t }] = await Promise.all([getRecommenderStats(user), getTranslations()]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t.suggestions.title}</h1>
        <p className="text-sm text-slate-600">{t.suggestions.intro}</p>
      </div>
      <RecommenderStatsTable stats={stats} t={t} />
    </div>
  );
}
