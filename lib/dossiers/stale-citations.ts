// Which records a published version cites have changed since: an annotation edited, reviewed again
// or deleted, an article corrected or deleted. The analyst then knows to publish a new version.
import "server-only";
import type { CitedRecord } from "@/lib/dossiers/snapshot-types";
import type { Prisma } from "@/lib/generated/prisma/client";

export type StaleCitation = { kind: CitedRecord["kind"]; id: string; reason: "changed" | "deleted" };

export async function findStaleCitations(client: Prisma.TransactionClient, records: CitedRecord[]): Promise<StaleCitation[]> {
  const annotationIds = records.flatMap((record) => (record.kind === "annotation" ? [record.id] : []));
  const articleIds = records.flatMap((record) => (record.kind === "article" ? [record.id] : []));
  const annotations = await client.annotation.findMany({ where: { id: { in: annotationIds } }, select: { id: true, version: true, deletedAt: true } });
  const articles = await client.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, currentRevisionId: true, deletedAt: true } });
  const annotationById = new Map(annotations.map((row) => [row.id, row]));
  const articleById = new Map(articles.map((row) => [row.id, row]));
  return records.flatMap((record): StaleCitation[] => {
    const now = record.kind === "annotation" ? annotationById.get(record.id) : articleById.get(record.id);
    if (!now || now.deletedAt) return [{ kind: record.kind, id: record.id, reason: "deleted" }];
    const changed = record.kind === "annotation" ? "version" in now && now.version !== record.version : "currentRevisionId" in now && now.currentRevisionId !== record.revisionId;
    return changed ? [{ kind: record.kind, id: record.id, reason: "changed" }] : [];
  });
}
