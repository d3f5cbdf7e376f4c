// The writes of one import, inside its transaction, in two statements rather than one per row: the
// article, its original upload, fingerprint and both revisions in one (foreign keys are checked at the
// end of the statement, so the rows may refer to each other), then the current revision with the audit
// entry, set apart so the search trigger sees the cleaned text. Bulk imports spend most of their time
// on round trips.
import { createHash, randomUUID } from "node:crypto";
import type { SqlClient } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DatePrecision } from "@/lib/generated/prisma/enums";

export type NewArticle = {
  title: string;
  sourceId: string | null;
  url: string | null;
  byline: string | null;
  language: string | null;
  published: { date: Date; precision: DatePrecision } | null;
  proposal: { date: string; precision: DatePrecision; evidence: string } | null;
  contentHash: string;
  copyOf: { id: string; similarity: number } | null;
  importBatchId: string | null;
  createdById: string | null;
  upload: { filename: string; mediaType: string; bytes: Uint8Array };
  fingerprint: { signature: number[]; bands: bigint[] };
  rawText: string;
  cleanedText: string;
  report: Prisma.InputJsonValue;
  auditMetadata: Prisma.InputJsonValue;
};

const day = (date: Date | string | null | undefined) => (date ? (typeof date === "string" ? date : date.toISOString().slice(0, 10)) : null);

export async function insertImportedArticle(sql: SqlClient, article: NewArticle): Promise<string> {
  const [id, rawId, cleanedId] = [randomUUID(), randomUUID(), randomUUID()];
  const { upload, fingerprint } = article;
  await sql.query(Prisma.sql`
    WITH article AS (
      INSERT INTO articles (id, title, "sourceId", url, byline, language, "publishedOn", "publishedPrecision", "proposedPublishedOn",
                            "proposedPublishedPrecision", "proposedPublishedEvidence", "contentHash", "copyOfId", "copySimilarity",
                            "importBatchId", "createdById", "updatedAt")
      VALUES (${id}::uuid, ${article.title}, ${article.sourceId}::uuid, ${article.url}, ${article.byline}, ${article.language},
              ${day(article.published?.date)}::date, ${article.published?.precision ?? null}::"DatePrecision", ${day(article.proposal?.date)}::date,
              ${article.proposal?.precision ?? null}::"DatePrecision", ${article.proposal?.evidence ?? null}, ${article.contentHash},
              ${article.copyOf?.id ?? null}::uuid, ${article.copyOf?.similarity ?? null}::double precision, ${article.importBatchId}::uuid,
              ${article.createdById}::uuid, now())
    ),
    upload AS (
      INSERT INTO article_uploads ("articleId", filename, "mediaType", bytes, size, sha256)
      VALUES (${id}::uuid, ${upload.filename}, ${upload.mediaType}, ${Buffer.from(upload.bytes)}, ${upload.bytes.byteLength},
              ${createHash("sha256").update(upload.bytes).digest("hex")})
    ),
    fingerprint AS (
      INSERT INTO article_fingerprints ("articleId", signature, bands) VALUES (${id}::uuid, ${fingerprint.signature}::int[], ${fingerprint.bands.map(String)}::bigint[])
    )
    INSERT INTO article_revisions (id, "articleId", number, kind, text, report, "parentRevisionId", "createdById")
    VALUES (${rawId}::uuid, ${id}::uuid, 1, 'RAW', ${article.rawText}, NULL, NULL, ${article.createdById}::uuid),
           (${cleanedId}::uuid, ${id}::uuid, 2, 'CLEANED', ${article.cleanedText}, ${JSON.stringify(article.report)}::jsonb, ${rawId}::uuid, ${article.createdById}::uuid)`);
  await sql.query(Prisma.sql`
    WITH current AS (UPDATE articles SET "currentRevisionId" = ${cleanedId}::uuid WHERE id = ${id}::uuid)
    INSERT INTO audit_log ("actorId", action, "targetType", "targetId", metadata)
    VALUES (${article.createdById}::uuid, 'article.import', 'article', ${id}, ${JSON.stringify(article.auditMetadata)}::jsonb)`);
  return id;
}
