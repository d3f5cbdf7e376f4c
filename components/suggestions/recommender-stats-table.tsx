// Each recommender's acceptance rate by kind of annotation, as admins read it on /admin/suggestions.
import { TableHead } from "@/components/ui/table-head";
import type { Messages } from "@/lib/i18n/messages";
import type { RecommenderStats } from "@/lib/suggestions/recommender-stats";

export function RecommenderStatsTable({ stats, t }: { stats: RecommenderStats[]; t: Messages }) {
  const names = t.suggestions.recommenders as Record<string, string>;
  if (stats.length === 0) return <p className="text-sm text-slate-500">{t.suggestions.none}</p>;
  return (
    <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm shadow-sm" data-testid="recommender-stats">
      <TableHead columns={[t.suggestions.recommender, t.suggestions.kind, t.suggestions.accepted, t.suggestions.rejected, t.suggestions.pending, t.suggestions.rate]} />
      <tbody>
        {stats.map((row) => (
          <tr key={`${row.recommender}-${row.kind}`} className="border-t border-slate-100">
            <td className="px-4 py-2 font-medium">{names[row.recommender] ?? row.recommender}</td>
            <td className="px-4 py-2">{t.annotate.kinds[row.kind]}</td>
            <td className="px-4 py-2 tabular-nums">{row.accepted}</td>
            <td className="px-4 py-2 tabular-nums">{row.rejected}</td>
            <td className="px-4 py-2 tabular-nums">{row.pending}</td>
            <td className="px-4 py-2 tabular-nums">{row.acceptanceRate === null ? t.suggestions.noDecision : `${Math.round(row.acceptanceRate * 100)} %`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
