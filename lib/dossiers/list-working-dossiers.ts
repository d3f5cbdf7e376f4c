// The dossiers being written: an analyst's own, or every one for editors and admins, newest first.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { visibleDrafts } from "@/lib/dossiers/dossier-access";
import { effectiveStatus } from "@/lib/dossiers/dossier-status";

export async function listWorkingDossiers(actor: CurrentUser) {
  const rows = await db.dossier.findMany({
    where: visibleDrafts(actor),
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      slug: true,
      title: true,
      status: true,
      scheduledAt: true,
      unpublishedAt: true,
      updatedAt: true,
      owner: { select: { name: true } },
      versions: { orderBy: { number: "desc" }, take: 1, select: { number: true } },
    },
  });
  return rows.map(({ versions, ...row }) => ({
    ...row,
    status: effectiveStatus(row),
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    unpublishedAt: row.unpublishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    latestVersion: versions[0]?.number ?? null,
  }));
}

export type WorkingDossier = Awaited<ReturnType<typeof listWorkingDossiers>>[number];
