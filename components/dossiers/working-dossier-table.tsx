// The dossiers being written, with their status, author and latest published version.
import Link from "next/link";
import { DossierStatusBadge } from "@/components/dossiers/dossier-status-badge";
import type { WorkingDossier } from "@/lib/dossiers/list-working-dossiers";
import { formatDateTime } from "@/lib/i18n/format-date";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/validations/locale";

export function WorkingDossierTable({ dossiers, t, locale }: { dossiers: WorkingDossier[]; t: Messages; locale: Locale }) {
  if (dossiers.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">{t.studio.empty}</p>;
  return (
    <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm" data-testid="working-dossiers">
      <thead className="bg-slate-50 text-left text-slate-600">
        <tr>
          <th className="px-3 py-2">{t.studio.titleLabel}</th>
          <th className="px-3 py-2">{t.users.status}</th>
          <th className="px-3 py-2">{t.studio.author}</th>
          <th className="px-3 py-2">{t.studio.updated}</th>
          <th className="px-3 py-2">{t.studio.latestVersion}</th>
        </tr>
      </thead>
      <tbody>
        {dossiers.map((dossier) => (
          <tr key={dossier.slug} className="border-t border-slate-100">
            <td className="px-3 py-2">
              <Link href={`/studio/${dossier.slug}`} className="font-medium text-indigo-700 hover:underline">
                {dossier.title}
              </Link>
            </td>
            <td className="px-3 py-2">
              <DossierStatusBadge status={dossier.status} label={t.studio.status[dossier.status]} />
            </td>
            <td className="px-3 py-2">{dossier.owner.name}</td>
            <td className="px-3 py-2 text-slate-600">{formatDateTime(dossier.updatedAt, locale, "UTC")} UTC</td>
            <td className="px-3 py-2">{dossier.latestVersion ? `v${dossier.latestVersion}` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
