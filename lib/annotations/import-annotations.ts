// Importing annotations from our JSON Lines export (or doccano's), so an export round-trips. Each line
// is matched to an article by id, else by its text; spans made on another version of the text are
// re-anchored onto the current one. Annotations already present (same id) are skipped, so importing
// the same file twice changes nothing. One transaction per article; each problem is reported.
import "server-only";
import { dateColumns } from "@/lib/annotations/annotation-checks";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { reanchorSpans } from "@/lib/annotations/anchoring/reanchor";
import { resolveDateExpression } from "@/lib/annotations/dates/resolve-date-expression";
import type { ExportedAnnotation, ExportedArticle } from "@/lib/annotations/exchange/exchange-types";
import { parseAnnotationJsonl } from "@/lib/annotations/exchange/from-jsonl";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { createEntityIn } from "@/lib/entities/create-entity";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHashOf } from "@/lib/ingest/fingerprint";

export type AnnotationImportResult = { articles: number; created: number; existing: number; problems: string[] };

export async function importAnnotations(actor: CurrentUser, content: string): Promise<AnnotationImportResult> {
  assertCan(actor, "annotation.create");
  const { records, errors } = parseAnnotationJsonl(content);
  const result: AnnotationImportResult = { articles: 0, created: 0, existing: 0, problems: errors.map(({ line, message }) => `line ${line}: ${message}`) };
  for (const record of records) {
    const outcome = await db.$transaction((tx) => importArticle(tx, actor, record), { timeout: 60_000 });
    if (outcome.articleFound) result.articles++;
    result.created += outcome.created;
    result.existing += outcome.existing;
    result.problems.push(...outcome.problems.map((problem) => `“${record.title}”: ${problem}`));
  }
  await recordAudit({ actorId: actor.id, action: "annotation.import", after: { articles: result.articles, created: result.created, existing: result.existing, problems: result.problems.length } });
  return result;
}

type Outcome = { articleFound: boolean; created: number; existing: number; problems: string[] };

async function importArticle(tx: Prisma.TransactionClient, actor: CurrentUser, record: ExportedArticle): Promise<Outcome> {
  const article = await tx.article.findFirst({
    where: { deletedAt: null, OR: [{ id: record.id }, { contentHash: contentHashOf(record.text) }] },
    select: { id: true, status: true, language: true, publishedOn: true, publishedPrecision: true, currentRevision: { select: { id: true, text: true } } },
  });
  const current = article?.currentRevision;
  if (!article || !current) return { articleFound: false, created: 0, existing: 0, problems: ["no article of the corpus has this id or this text."] };

  const known = new Set((await tx.annotation.findMany({ where: { id: { in: record.annotations.map((annotation) => annotation.id) } }, select: { id: true } })).map((row) => row.id));
  const fresh = record.annotations.filter((annotation) => !known.has(annotation.id));
  const problems: string[] = [];
  const placed = placeSpans(record, current.text, fresh, problems);
  const emails = [...new Set(fresh.flatMap((annotation) => [annotation.author, annotation.reviewer]).filter((email): email is string => Boolean(email)))];
  const users = new Map((await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })).map((user) => [user.email, user.id]));
  const reference = article.publishedOn && article.publishedPrecision ? { date: article.publishedOn.toISOString().slice(0, 10), precision: article.publishedPrecision } : null;

  const rows: Prisma.AnnotationCreateManyInput[] = [];
  for (const annotation of fresh) {
    const span = placed.get(annotation.id);
    if (annotation.scope === "SPAN" && !span) continue;
    try {
      const date = annotation.kind === "DATE" ? (annotation.date ?? resolveDateExpression(annotation.quote, reference, article.language ?? undefined)) : null;
      if (annotation.kind === "DATE" && !date) throw new AppError("INVALID", `the date “${annotation.quote}” could not be worked out; annotate it by hand.`);
      rows.push({
        id: annotation.id,
        articleId: article.id,
        revisionId: current.id,
        kind: annotation.kind,
        scope: annotation.scope,
        ...(span && { start: span.start, end: span.end, ...describeSpan(current.text, span.start, span.end) }),
        status: annotation.status,
        origin: annotation.origin,
        confidence: annotation.confidence,
        entityId: annotation.entity ? await entityIdOf(tx, actor, annotation.entity) : null,
        themeId: annotation.theme ? await themeIdOf(tx, annotation.theme) : null,
        ...(date && dateColumns(date)),
        supportsId: annotation.supportsId,
        note: annotation.note,
        authorId: (annotation.author && users.get(annotation.author)) ?? actor.id,
        reviewerId: (annotation.reviewer && users.get(annotation.reviewer)) ?? null,
        reviewedAt: annotation.status === "SUGGESTED" ? null : new Date(),
        createdAt: new Date(annotation.createdAt),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(`annotation ${annotation.id}: ${error.message}`);
    }
  }
  // Evidence needs its theme: drop evidence whose theme was not imported and is not already there.
  const themes = new Set([...known, ...rows.filter((row) => row.scope === "DOCUMENT").map((row) => row.id as string)]);
  const accepted = rows.filter((row) => {
    if (!row.supportsId || themes.has(row.supportsId)) return true;
    problems.push(`annotation ${row.id as string}: the theme it supports was not imported.`);
    return false;
  });
  await tx.annotation.createMany({ data: accepted.filter((row) => row.scope === "DOCUMENT") });
  await tx.annotation.createMany({ data: accepted.filter((row) => row.scope !== "DOCUMENT") });
  if (accepted.length && article.status === "TO_ANNOTATE") await tx.article.update({ where: { id: article.id }, data: { status: "IN_PROGRESS" } });
  return { articleFound: true, created: accepted.length, existing: record.annotations.length - fresh.length, problems };
}

// Offsets on the current text: the same when the text is the same, re-anchored otherwise.
function placeSpans(record: ExportedArticle, text: string, annotations: ExportedAnnotation[], problems: string[]): Map<string, { start: number; end: number }> {
  const spans = annotations.flatMap((annotation) => (annotation.start !== null && annotation.end !== null ? [{ ...annotation, start: annotation.start, end: annotation.end }] : []));
  if (record.text === text) return new Map(spans.map((span) => [span.id, span]));
  const placed = new Map<string, { start: number; end: number }>();
  for (const [id, result] of reanchorSpans(record.text, text, spans)) {
    if (result.state === "ORPHANED") problems.push(`annotation ${id}: ${result.reason}`);
    else placed.set(id, result);
  }
  return placed;
}

async function entityIdOf(tx: Prisma.TransactionClient, actor: CurrentUser, entity: { id: string; name: string; type: string }): Promise<string> {
  const existing = await tx.entity.findFirst({ where: { id: entity.id, deletedAt: null }, select: { id: true, mergedIntoId: true } });
  if (existing) return existing.mergedIntoId ?? existing.id;
  return (await createEntityIn(tx, actor, { name: entity.name, typeKey: entity.type })).id;
}

async function themeIdOf(tx: Prisma.TransactionClient, theme: { id: string; slug: string }): Promise<string> {
  const found = await tx.theme.findFirst({ where: { OR: [{ id: theme.id }, { slug: theme.slug }], deletedAt: null }, select: { id: true } });
  if (!found) throw new AppError("INVALID", `the theme “${theme.slug}” is not in the taxonomy.`);
  return found.id;
}
