// Exporting the annotations of one article or of the whole annotated corpus, as JSON Lines (doccano),
// W3C Web Annotation JSON-LD or CoNLL BIO. Articles are read 100 at a time, and JSON Lines is streamed,
// so a large corpus never sits in memory for that format.
import "server-only";
import type { ExportedArticle } from "@/lib/annotations/exchange/exchange-types";
import { serializeConll } from "@/lib/annotations/exchange/to-conll";
import { serializeJsonlLine } from "@/lib/annotations/exchange/to-jsonl";
import { buildWebAnnotationCollection } from "@/lib/annotations/exchange/to-web-annotation";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ExportFormat = "jsonl" | "w3c" | "conll";
export type AnnotationExport = { body: ReadableStream<Uint8Array> | string; contentType: string; extension: string };

const batchSize = 100;
const isoDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

const annotationExportFields = {
  id: true, kind: true, scope: true, start: true, end: true, quote: true, prefix: true, suffix: true, status: true, origin: true, confidence: true,
  supportsId: true, note: true, createdAt: true, dateStart: true, dateEnd: true, datePrecision: true,
  entity: { select: { id: true, canonicalName: true, type: { select: { key: true } } } },
  theme: { select: { id: true, slug: true, labelFr: true, labelEn: true } },
  author: { select: { email: true } },
  reviewer: { select: { email: true } },
} satisfies Prisma.AnnotationSelect;

async function loadBatch(actor: CurrentUser, where: Prisma.ArticleWhereInput, after: string | undefined): Promise<ExportedArticle[]> {
  const articles = await db.article.findMany({
    where: { ...where, deletedAt: null, currentRevisionId: { not: null } },
    orderBy: { id: "asc" },
    take: batchSize,
    ...(after && { cursor: { id: after }, skip: 1 }),
    select: { id: true, title: true, url: true, language: true, publishedOn: true, publishedPrecision: true, currentRevision: { select: { id: true, text: true } } },
  });
  const revisionIds = articles.flatMap((article) => (article.currentRevision ? [article.currentRevision.id] : []));
  const annotations = await db.annotation.findMany({
    where: { revisionId: { in: revisionIds }, deletedAt: null, anchorState: { not: "ORPHANED" } },
    orderBy: [{ start: "asc" }, { end: "desc" }, { id: "asc" }],
    select: { ...annotationExportFields, articleId: true },
  });
  return articles.map(({ currentRevision, publishedOn, publishedPrecision, ...article }) => ({
    ...article,
    text: currentRevision?.text ?? "",
    revisionId: currentRevision?.id ?? "",
    publishedOn: isoDay(publishedOn),
    datePrecision: publishedPrecision,
    annotations: annotations
      .filter((annotation) => annotation.articleId === article.id)
      .map(({ articleId: _article, entity, theme, author, reviewer, dateStart, dateEnd, datePrecision, createdAt, ...annotation }) => ({
        ...annotation,
        entity: entity && { id: entity.id, name: entity.canonicalName, type: entity.type.key },
        theme: theme && { id: theme.id, slug: theme.slug, label: actor.locale === "en" ? theme.labelEn : theme.labelFr },
        date: dateStart && dateEnd && datePrecision ? { start: isoDay(dateStart) as string, end: isoDay(dateEnd) as string, precision: datePrecision } : null,
        author: author?.email ?? null,
        reviewer: reviewer?.email ?? null,
        createdAt: createdAt.toISOString(),
      })),
  }));
}

async function* exportedArticles(actor: CurrentUser, where: Prisma.ArticleWhereInput): AsyncGenerator<ExportedArticle> {
  let after: string | undefined;
  for (;;) {
    const batch = await loadBatch(actor, where, after);
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch.at(-1)?.id;
  }
}

/** `articleId` for one article; without it, every article carrying at least one live annotation. */
export async function exportAnnotations(actor: CurrentUser, format: ExportFormat, articleId?: string): Promise<AnnotationExport> {
  assertCan(actor, "annotation.export");
  const where: Prisma.ArticleWhereInput = articleId ? { id: articleId } : { annotations: { some: { deletedAt: null } } };
  if (articleId && !(await db.article.count({ where: { id: articleId, deletedAt: null } }))) throw notFound("This article");
  const source = exportedArticles(actor, where);
  if (format === "jsonl") {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await source.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(`${serializeJsonlLine(next.value)}\n`));
      },
    });
    return { body, contentType: "application/x-ndjson; charset=utf-8", extension: "jsonl" };
  }
  const all: ExportedArticle[] = [];
  for await (const article of source) all.push(article);
  if (format === "w3c") return { body: JSON.stringify(buildWebAnnotationCollection(all), null, 2), contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"', extension: "jsonld" };
  return { body: serializeConll(all).text, contentType: "text/plain; charset=utf-8", extension: "conll" };
}
