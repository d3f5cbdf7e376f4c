// Imports one extracted document as an article, in one transaction: the original bytes, the raw and
// cleaned revisions (with the clean-up report), metadata, fingerprint and audit entry are all saved
// or none is. Exact duplicates are not imported again; near-copies are linked to their original.
import "server-only";
import { createHash } from "node:crypto";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { cleanArticleText } from "@/lib/ingest/cleaning/clean-article-text";
import { proposePublicationDate } from "@/lib/ingest/cleaning/propose-date";
import { detectLanguage } from "@/lib/ingest/extraction";
import { findExactDuplicate, findNearDuplicate, lockContentHash } from "@/lib/ingest/find-duplicates";
import { contentHashOf, lshBands, minHashSignature } from "@/lib/ingest/fingerprint";
import { parsePublicationDate } from "@/lib/ingest/publication-date";
import { recordBatchItem, type BatchSlot } from "@/lib/ingest/batch-items";
import { findOrCreateSource } from "@/lib/ingest/sources";
import { invalid } from "@/lib/errors";

/** What the import needs from an extracted item (lib/ingest/extract's documents fit it). */
export type ImportDocument = {
  filename: string;
  mediaType: string;
  bytes: Uint8Array;
  text: string;
  title?: string;
  url?: string;
  byline?: string;
  source?: string;
  published?: string;
  language?: string;
};

export type ImportOutcome =
  | { status: "created"; id: string; title: string; copyOf?: { id: string; similarity: number } }
  | { status: "duplicate"; duplicateOf: string };

const TITLE_LENGTH = 160;

export async function importArticle(actor: CurrentUser, document: ImportDocument, slot?: BatchSlot): Promise<ImportOutcome> {
  assertCan(actor, "article.import");
  return importTrustedDocument(db, document, actor.id, slot);
}

/**
 * No permission check: for the server's own tools only (`npm run import`, the demo seed), run from its
 * shell, which is trusted like the database itself. `client` is the database they resolved.
 */
export async function importTrustedDocument(client: Database, document: ImportDocument, actorId: string | null, slot?: BatchSlot): Promise<ImportOutcome> {
  // PostgreSQL text cannot hold NUL; the original bytes keep them.
  const raw = document.text.replaceAll("\u0000", "\uFFFD");
  const language = document.language ?? detectLanguage(raw);
  const cleaned = cleanArticleText(raw, { language });
  if (!cleaned.text.trim()) throw invalid("No text was left to import once the page furniture was removed.");

  const contentHash = contentHashOf(cleaned.text);
  const signature = minHashSignature(cleaned.text);
  const bands = lshBands(signature);
  const title = (document.title?.trim() || cleaned.metadata.title || firstLine(cleaned.text)).slice(0, 500);
  const stated = cleaned.metadata.publishedOn;
  const published = parsePublicationDate(document.published) ?? (stated && { date: new Date(`${stated.date}T00:00:00Z`), precision: stated.precision });
  const proposal = published ? null : proposePublicationDate(cleaned.text);

  return client.$transaction(
    async (tx) => {
      await lockContentHash(tx, contentHash);
      const duplicateOf = await findExactDuplicate(tx, contentHash);
      if (duplicateOf) {
        if (slot) await recordBatchItem(tx, slot, { filename: document.filename, status: "DUPLICATE", duplicateOfId: duplicateOf });
        return { status: "duplicate", duplicateOf };
      }
      const copyOf = await findNearDuplicate(tx, signature, bands);
      const sourceId = await findOrCreateSource(tx, document.source ?? hostOf(document.url), language);
      const article = await tx.article.create({
        data: {
          title,
          sourceId,
          url: document.url ?? null,
          byline: document.byline ?? cleaned.metadata.byline ?? null,
          language: language ?? null,
          publishedOn: published?.date ?? null,
          publishedPrecision: published?.precision ?? null,
          proposedPublishedOn: proposal ? new Date(`${proposal.date}T00:00:00Z`) : null,
          proposedPublishedPrecision: proposal?.precision ?? null,
          proposedPublishedEvidence: proposal?.evidence ?? null,
          contentHash,
          copyOfId: copyOf?.id ?? null,
          copySimilarity: copyOf?.similarity ?? null,
          importBatchId: slot?.batchId ?? null,
          createdById: actorId,
          uploads: {
            create: {
              filename: document.filename,
              mediaType: document.mediaType,
              bytes: Buffer.from(document.bytes),
              size: document.bytes.byteLength,
              sha256: createHash("sha256").update(document.bytes).digest("hex"),
            },
          },
          fingerprint: { create: { signature, bands } },
        },
        select: { id: true },
      });
      const rawRevision = await tx.articleRevision.create({
        data: { articleId: article.id, number: 1, kind: "RAW", text: raw, createdById: actorId },
      });
      const cleanRevision = await tx.articleRevision.create({
        data: {
          articleId: article.id,
          number: 2,
          kind: "CLEANED",
          text: cleaned.text,
          report: { changes: cleaned.changes, restored: [] },
          parentRevisionId: rawRevision.id,
          createdById: actorId,
        },
      });
      await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: cleanRevision.id } });
      if (slot) {
        await recordBatchItem(tx, slot, {
          filename: document.filename,
          status: "CREATED",
          articleId: article.id,
          duplicateOfId: copyOf?.id ?? null,
          similarity: copyOf?.similarity ?? null,
        });
      }
      await recordAudit(
        { actorId, action: "article.import", targetType: "article", targetId: article.id, metadata: { filename: document.filename, changes: cleaned.changes.length } },
        tx,
      );
      return { status: "created", id: article.id, title, ...(copyOf && { copyOf }) };
    },
    { timeout: 30_000 },
  );
}

function firstLine(text: string): string {
  const line = text.trim().split("\n", 1)[0] ?? "";
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : TITLE_LENGTH)}…`;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
