// The working copy as the dossier editor shows it: every item (with its composed block, or the
// problem that keeps it out), the numbered citations and panels, the published versions, and which
// citations of the latest version have gone stale since.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { composeDossier } from "@/lib/dossiers/compose-dossier";
import { canEditDossier, findWorkingDossier } from "@/lib/dossiers/dossier-access";
import { effectiveStatus } from "@/lib/dossiers/dossier-status";
import { loadMaterial } from "@/lib/dossiers/load-material";
import type { Block, CitedRecord } from "@/lib/dossiers/snapshot-types";
import { snapshotOf } from "@/lib/dossiers/published-dossiers";
import type { DossierSnapshot } from "@/lib/dossiers/snapshot-types";
import { findStaleCitations, type StaleCitation } from "@/lib/dossiers/stale-citations";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function getDossierDraft(actor: CurrentUser, slug: string) {
  return db.$transaction((tx) => readDraft(tx, actor, slug));
}

async function readDraft(tx: Prisma.TransactionClient, actor: CurrentUser, slug: string) {
  const dossier = await findWorkingDossier(tx, actor, slug);
  const material = await loadMaterial(tx, dossier);
  const versions = await tx.dossierVersion.findMany({
    where: { dossierId: dossier.id },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true, citedRecords: true, publishedBy: { select: { name: true } } },
  });
  const { snapshot, problems } = composeDossier(material);
  const blocks = new Map<string, Block>(snapshot.sections.flatMap((section) => section.blocks.map((block) => [block.id, block] as const)));
  const problemOf = new Map(problems.map((problem) => [problem.itemId, problem.message]));
  const latest = versions[0];
  const stale = latest ? await findStaleCitations(tx, latest.citedRecords as CitedRecord[]) : [];
  // Which numbered citations of that version the changed records are: what the analyst re-checks.
  const staleNumbers = stale.length && latest ? citationsOf(await snapshotOf(latest.id), stale) : [];
  const isOwner = dossier.ownerId === actor.id;
  return {
    dossier: { ...dossier, status: effectiveStatus(dossier), scheduledAt: dossier.scheduledAt?.toISOString() ?? null, updatedAt: dossier.updatedAt.toISOString(), unpublishedAt: dossier.unpublishedAt?.toISOString() ?? null },
    sections: material.sections.map((section) => ({
      id: section.id,
      title: section.title,
      items: section.items.map((item) => ({ id: item.id, kind: item.kind, articleId: item.articleId, block: blocks.get(item.id) ?? null, problem: problemOf.get(item.id) ?? null })),
    })),
    citations: snapshot.citations,
    panels: snapshot.panels,
    problems,
    versions: versions.map((version) => ({ number: version.number, publishedAt: version.publishedAt.toISOString(), publishedBy: version.publishedBy.name })),
    staleCitations: staleNumbers,
    rights: {
      edit: canEditDossier(actor, dossier),
      // Four eyes: nobody publishes or reviews a dossier they wrote.
      review: can(actor.role, "dossier.publish") && !isOwner,
      unpublish: can(actor.role, "dossier.publish"),
    },
  };
}

export type DossierDraft = Awaited<ReturnType<typeof getDossierDraft>>;
export type DraftItem = DossierDraft["sections"][number]["items"][number];

function citationsOf(snapshot: DossierSnapshot, stale: StaleCitation[]): { n: number; title: string; reason: StaleCitation["reason"] }[] {
  return snapshot.citations.flatMap((citation) => {
    const record = stale.find((entry) => (entry.kind === "annotation" ? entry.id === citation.annotationId : entry.id === citation.article.id));
    return record ? [{ n: citation.n, title: citation.article.title, reason: record.reason }] : [];
  });
}
