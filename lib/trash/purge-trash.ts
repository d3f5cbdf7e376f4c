// The purge: articles, entities and dossiers deleted more than TRASH_RETENTION_DAYS ago are removed for
// good, each in its own transaction with what hangs off it, in dependency order, and one audit entry
// naming what went. Run by the server (at start and hourly) and by `npm run db:purge`; no route calls
// it. What survives a purge: published versions of other dossiers (their snapshots are JSON copies),
// dossier drafts that cited a purged article or entity (the item stays, shown as unavailable: its
// foreign keys are ON DELETE SET NULL) and the audit log (no foreign key to what it describes).
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { entityUsesSql } from "@/lib/entities/entity-uses-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { trashTables } from "@/lib/trash/move-to-trash";
import { purgeCutoff } from "@/lib/trash/retention";
import type { TrashKind } from "@/lib/validations/trash";

export type PurgeCandidate = { kind: TrashKind; id: string; label: string; deletedAt: Date };
export type PurgeReport = { cutoff: Date; purged: PurgeCandidate[]; kept: (PurgeCandidate & { reason: string })[] };

type Tx = Prisma.TransactionClient;

// Dossiers first (their items cite articles and entities), then articles (their annotations name
// entities), then entities.
const order: TrashKind[] = ["dossier", "article", "entity"];

export async function purgeTrash(client: Database, { now = new Date(), dryRun = false }: { now?: Date; dryRun?: boolean } = {}): Promise<PurgeReport> {
  const cutoff = purgeCutoff(now);
  const candidates = await findDue(client, cutoff);
  const report: PurgeReport = { cutoff, purged: [], kept: [] };
  if (dryRun) return { ...report, purged: candidates };
  for (const candidate of candidates) {
    const reason = await client.$transaction((tx) => purgeOne(tx, candidate, cutoff));
    if (reason) report.kept.push({ ...candidate, reason });
    else report.purged.push(candidate);
  }
  return report;
}

async function findDue(client: Database, cutoff: Date): Promise<PurgeCandidate[]> {
  const due = { deletedAt: { lt: cutoff } };
  const [dossiers, articles, entities] = await Promise.all([
    client.dossier.findMany({ where: due, orderBy: { deletedAt: "asc" }, select: { id: true, title: true, deletedAt: true } }),
    client.article.findMany({ where: due, orderBy: { deletedAt: "asc" }, select: { id: true, title: true, deletedAt: true } }),
    client.entity.findMany({ where: due, orderBy: { deletedAt: "asc" }, select: { id: true, canonicalName: true, deletedAt: true } }),
  ]);
  const byKind: Record<TrashKind, PurgeCandidate[]> = {
    dossier: dossiers.map((row) => ({ kind: "dossier", id: row.id, label: row.title, deletedAt: row.deletedAt ?? cutoff })),
    article: articles.map((row) => ({ kind: "article", id: row.id, label: row.title, deletedAt: row.deletedAt ?? cutoff })),
    entity: entities.map((row) => ({ kind: "entity", id: row.id, label: row.canonicalName, deletedAt: row.deletedAt ?? cutoff })),
  };
  return order.flatMap((kind) => byKind[kind]);
}

/** Purges one record, or returns why it stays (restored meanwhile, or used again). */
async function purgeOne(tx: Tx, candidate: PurgeCandidate, cutoff: Date): Promise<string | null> {
  // Locked and checked again: a restore may have happened since the candidates were read.
  const [row] = await tx.$queryRaw<{ deletedById: string | null }[]>(Prisma.sql`
    SELECT "deletedById" FROM ${trashTables[candidate.kind]} WHERE id = ${candidate.id}::uuid AND "deletedAt" < ${cutoff} FOR UPDATE`);
  if (!row) return "no longer due: restored or purged meanwhile";
  if (candidate.kind === "entity") {
    const uses = entityUsesSql(Prisma.sql`${candidate.id}::uuid`);
    const [used] = await tx.$queryRaw<{ used: boolean }[]>(Prisma.sql`SELECT EXISTS ${uses.mentioned} OR EXISTS ${uses.cited} OR EXISTS ${uses.merged} AS used`);
    if (used?.used) return "used again since it was deleted";
  }
  await purgers[candidate.kind](tx, candidate.id);
  await recordAudit(
    {
      action: `${candidate.kind}.purge`,
      targetType: candidate.kind,
      targetId: candidate.id,
      before: { title: candidate.label, deletedAt: candidate.deletedAt.toISOString(), deletedById: row.deletedById },
    },
    tx,
  );
  return null;
}

const purgers: Record<TrashKind, (tx: Tx, id: string) => Promise<void>> = {
  async dossier(tx, id) {
    await tx.$executeRaw`DELETE FROM dossier_items WHERE "sectionId" IN (SELECT id FROM dossier_sections WHERE "dossierId" = ${id}::uuid)`;
    await tx.$executeRaw`DELETE FROM dossier_sections WHERE "dossierId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM dossier_versions WHERE "dossierId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM dossiers WHERE id = ${id}::uuid`;
  },
  async article(tx, id) {
    // Dossier items citing its revisions or annotations keep their quote; their links become NULL.
    await tx.$executeRaw`DELETE FROM annotations WHERE "articleId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM article_uploads WHERE "articleId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM article_fingerprints WHERE "articleId" = ${id}::uuid`;
    await tx.$executeRaw`UPDATE articles SET "currentRevisionId" = NULL WHERE id = ${id}::uuid`;
    // Revisions are immutable (no UPDATE): all of one article go in one statement, so no surviving
    // child revision needs its parent link cleared.
    await tx.$executeRaw`DELETE FROM article_revisions WHERE "articleId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM articles WHERE id = ${id}::uuid`;
  },
  async entity(tx, id) {
    // Only rejected or deleted mentions are left (a used entity is never purged).
    await tx.$executeRaw`DELETE FROM annotations WHERE "entityId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM entity_aliases WHERE "entityId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM entity_merges WHERE "sourceId" = ${id}::uuid OR "targetId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM entity_pair_decisions WHERE "firstId" = ${id}::uuid OR "secondId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM suggestion_rejections WHERE "entityId" = ${id}::uuid`;
    await tx.$executeRaw`DELETE FROM entities WHERE id = ${id}::uuid`;
  },
};
