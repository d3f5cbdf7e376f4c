// Imports one extracted document as an article, in one transaction: the original bytes, the raw and
// cleaned revisions (with the clean-up report), metadata, fingerprint and audit entry are all saved
// or none is. Exact duplicates are not imported again; near-copies are linked to their original.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { cleanArticleText } from "@/lib/ingest/cleaning/clean-article-text";
import { proposePublicationDate } from "@/lib/ingest/cleaning/propose-date";
import { detectLanguage, type ExtractedDocument } from "@/lib/ingest/extraction";
import { findExactDuplicate, findNearDuplicate, lockContentHash } from "@/lib/ingest/find-duplicates";
import { fingerprintOf } from "@/lib/ingest/fingerprint";
import { parsePublicationDate } from "@/lib/ingest/publication-date";
import { markSuggested, recordBatchItem, type BatchSlot } from "@/lib/ingest/batch-items";
import { plainSql, sqlTransaction } from "@/lib/db/plain-sql";
import { insertImportedArticle } from "@/lib/ingest/insert-article";
import { findOrCreateSource } from "@/lib/ingest/sources";
import { invalid } from "@/lib/errors";
import { runSuggestions } from "@/lib/suggestions/suggest-article";

/** What the import needs: an extracted document (lib/ingest/extraction), or a pasted text shaped like one. */
export type ImportDocument = Omit<ExtractedDocument, "ok">;

export type ImportOutcome =
  | { status: "created"; id: string; title: string; copyOf?: { id: string; similarity: number } }
  | { status: "duplicate"; duplicateOf: string };

const TITLE_LENGTH = 160;

export async function importArticle(actor: CurrentUser, document: ImportDocument, slot?: BatchSlot): Promise<ImportOutcome> {
  assertCan(actor, "article.import");
  return importTrustedDocument(db, document, actor.id, slot);
}

/** `suggest: false` imports without running the recommenders (they can run later, on demand). */
export type ImportOptions = { suggest?: boolean };

/**
 * No permission check: for the server's own tools only (`npm run import`, the demo seed), run from its
 * shell, which is trusted like the database itself. `client` is the database they resolved.
 */
export async function importTrustedDocument(client: Database, document: ImportDocument, actorId: string | null, slot?: BatchSlot, options: ImportOptions = {}): Promise<ImportOutcome> {
  // PostgreSQL text cannot hold NUL; the original bytes keep them.
  const raw = document.text.replaceAll("\u0000", "\uFFFD");
  const language = document.language ?? detectLanguage(raw);
  const cleaned = cleanArticleText(raw, { language });
  if (!cleaned.text.trim()) throw invalid("No text was left to import once the page furniture was removed.");

  const { contentHash, signature, bands } = fingerprintOf(cleaned.text);
  const title = (document.title?.trim() || cleaned.metadata.title || firstLine(cleaned.text)).slice(0, 500);
  const stated = cleaned.metadata.publishedOn;
  const published = parsePublicationDate(document.published) ?? (stated && { date: new Date(`${stated.date}T00:00:00Z`), precision: stated.precision });
  const proposal = published ? null : proposePublicationDate(cleaned.text);

  const outcome = await sqlTransaction(client, async (sql): Promise<ImportOutcome> => {
      await lockContentHash(sql, contentHash);
      const duplicateOf = await findExactDuplicate(sql, contentHash);
      if (duplicateOf) {
        if (slot) await recordBatchItem(sql, slot, { filename: document.filename, status: "DUPLICATE", duplicateOfId: duplicateOf });
        return { status: "duplicate", duplicateOf };
      }
      const copyOf = await findNearDuplicate(sql, signature, bands);
      const sourceId = await findOrCreateSource(sql, document.source ?? hostOf(document.url), language);
      const id = await insertImportedArticle(sql, {
        title,
        sourceId,
        url: document.url ?? null,
        byline: document.byline ?? cleaned.metadata.byline ?? null,
        language: language ?? null,
        published: published ?? null,
        proposal,
        contentHash,
        copyOf: copyOf ?? null,
        importBatchId: slot?.batchId ?? null,
        createdById: actorId,
        upload: { filename: document.filename, mediaType: document.mediaType, bytes: document.bytes },
        fingerprint: { signature, bands },
        rawText: raw,
        cleanedText: cleaned.text,
        report: { changes: cleaned.changes, restored: [] },
        auditMetadata: { filename: document.filename, changes: cleaned.changes.length },
      });
      if (slot) {
        await recordBatchItem(sql, slot, {
          filename: document.filename,
          status: "CREATED",
          articleId: id,
          duplicateOfId: copyOf?.id ?? null,
          similarity: copyOf?.similarity ?? null,
        });
      }
      return { status: "created", id, title, ...(copyOf && { copyOf }) };
  });
  if (outcome.status === "created" && options.suggest !== false) await suggestAfterImport(client, outcome.id, actorId, slot);
  return outcome;
}

/**
 * The suggestions of an imported article, a step after its transaction: the article is imported
 * whatever happens here (a failure is logged; they can be run again from its page). In a batch, the
 * item is marked once they are saved, so a run killed in between is completed when the batch resumes;
 * running them twice proposes nothing twice.
 */
export async function suggestAfterImport(client: Database, articleId: string, actorId: string | null, slot?: BatchSlot): Promise<void> {
  try {
    await runSuggestions(client, articleId, actorId);
    if (slot) await markSuggested(plainSql(client), slot);
  } catch (error) {
    console.error(`Suggestions for the imported article ${articleId} failed; run them again from its annotation page.`, error);
  }
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
