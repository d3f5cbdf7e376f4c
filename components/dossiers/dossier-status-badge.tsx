// A dossier's workflow status as a coloured badge.
import type { DossierStatus } from "@/lib/dossiers/dossier-status";

const colours: Record<DossierStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-700",
  IN_REVIEW: "bg-amber-100 text-amber-900",
  SCHEDULED: "bg-sky-100 text-sky-900",
  PUBLISHED: "bg-emerald-100 text-emerald-900",
};

export function DossierStatusBadge({ status, label }: { status: DossierStatus; label: string }) {
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${colours[status]}`} data-testid="dossier-status">
      {label}
    </span>
  );
}
