// A scheduled dossier becomes published when its time comes, without a job to flip it: the status
// shown is computed from the stored one and the clock. Pure.
export type DossierStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED";

export function effectiveStatus(dossier: { status: DossierStatus; scheduledAt: Date | string | null }, now = new Date()): DossierStatus {
  if (dossier.status === "SCHEDULED" && dossier.scheduledAt && new Date(dossier.scheduledAt) <= now) return "PUBLISHED";
  return dossier.status;
}
