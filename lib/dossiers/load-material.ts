// Reads everything a dossier's working copy draws on, for `composeDossier`: its sections and items,
// the cited articles with their current text, older revisions excerpts were taken from, the cited
// and accepted annotations, the entities and the themes. A fixed number of queries, whatever the size.
import "server-only";
import type { Material, MaterialAnnotation, MaterialArticle } from "@/lib/dossiers/compose-dossier";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Panels } from "@/lib/validations/dossier";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function loadMaterial(client: Prisma.TransactionClient, dossier: { id: string; title: string; summary: string; panels: Prisma.JsonValue }): Promise<Material> {
  const sections = await client.dossierSection.findMany({
    where: { dossierId: dossier.id, deletedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      items: {
        where: { deletedAt: null },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, kind: true, articleId: true, revisionId: true, start: true, end: true, quote: true, prefix: true, suffix: true, annotationId: true, entityId: true, body: true },
      },
    },
  });
  const items = sections.flatMap((section) => section.items);
  const eventAnnotationIds = items.flatMap((item) => (item.kind === "EVENT" && item.annotationId ? [item.annotationId] : []));
  const eventAnnotations = await client.annotation.findMany({ where: { id: { in: eventAnnotationIds } }, select: annotationSelect });
  const articleIds = new Set([...items.flatMap((item) => (item.articleId ? [item.articleId] : [])), ...eventAnnotations.map((annotation) => annotation.articleId)]);

  const articleRows = await client.article.findMany({
    where: { id: { in: [...articleIds] } },
    select: {
      id: true,
      title: true,
      url: true,
      language: true,
      publishedOn: true,
      publishedPrecision: true,
      deletedAt: true,
      source: { select: { name: true } },
      currentRevision: { select: { id: true, text: true } },
    },
  });
  const articles = new Map<string, MaterialArticle>(
    articleRows.map((row) => [
      row.id,
      {
        id: row.id,
        title: row.title,
        source: row.source?.name ?? null,
        url: row.url,
        language: row.language,
        publishedOn: row.publishedOn ? isoDay(row.publishedOn) : null,
        precision: row.publishedPrecision,
        deleted: row.deletedAt !== null,
        revisionId: row.currentRevision?.id ?? null,
        text: row.currentRevision?.text ?? "",
      },
    ]),
  );

  const oldRevisionIds = items.flatMap((item) => (item.kind === "EXCERPT" && item.revisionId && item.revisionId !== articles.get(item.articleId ?? "")?.revisionId ? [item.revisionId] : []));
  // One query after the other: `client` may be a transaction, whose one connection takes one at a time.
  const oldRevisions = await client.articleRevision.findMany({ where: { id: { in: oldRevisionIds } }, select: { id: true, text: true } });
  const acceptedAnnotations = await client.annotation.findMany({
    where: { articleId: { in: [...articleIds] }, status: "ACCEPTED", deletedAt: null, kind: { in: ["ENTITY", "THEME"] } },
    select: annotationSelect,
  });

  const annotations = new Map<string, MaterialAnnotation>([...eventAnnotations, ...acceptedAnnotations].map((row) => [row.id, toMaterialAnnotation(row)]));
  const entityIds = new Set([...items.flatMap((item) => (item.entityId ? [item.entityId] : [])), ...acceptedAnnotations.flatMap((row) => (row.entityId ? [row.entityId] : []))]);
  const entities = await loadEntities(client, entityIds);
  const themes = await client.theme.findMany({ select: { id: true, slug: true, labelFr: true, labelEn: true } });

  return {
    title: dossier.title,
    summary: dossier.summary,
    panels: dossier.panels as Panels,
    sections: sections.map((section) => ({ id: section.id, title: section.title, items: section.items })),
    articles,
    revisionTexts: new Map(oldRevisions.map((revision) => [revision.id, revision.text])),
    annotations,
    entities,
    themes: new Map(themes.map((theme) => [theme.id, { slug: theme.slug, label: { fr: theme.labelFr, en: theme.labelEn } }])),
  };
}

const annotationSelect = {
  id: true,
  articleId: true,
  revisionId: true,
  kind: true,
  scope: true,
  start: true,
  end: true,
  status: true,
  deletedAt: true,
  version: true,
  entityId: true,
  themeId: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
} satisfies Prisma.AnnotationSelect;

function toMaterialAnnotation(row: Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>): MaterialAnnotation {
  const { deletedAt, dateStart, dateEnd, datePrecision, ...rest } = row;
  return { ...rest, deleted: deletedAt !== null, date: dateStart && dateEnd && datePrecision ? { start: isoDay(dateStart), end: isoDay(dateEnd), precision: datePrecision } : null };
}

// Entities with the ones they were merged into, so a card of a merged entity shows its survivor.
async function loadEntities(client: Prisma.TransactionClient, ids: Set<string>): Promise<Material["entities"]> {
  const entities: Material["entities"] = new Map();
  let pending = [...ids];
  for (let depth = 0; pending.length > 0 && depth < 5; depth += 1) {
    const rows = await client.entity.findMany({
      where: { id: { in: pending } },
      select: {
        id: true,
        canonicalName: true,
        description: true,
        deletedAt: true,
        mergedIntoId: true,
        type: { select: { key: true, labelFr: true, labelEn: true } },
        aliases: { where: { deletedAt: null }, orderBy: { name: "asc" }, select: { name: true } },
      },
    });
    for (const row of rows) {
      entities.set(row.id, {
        id: row.id,
        name: row.canonicalName,
        typeKey: row.type.key,
        typeLabel: { fr: row.type.labelFr, en: row.type.labelEn },
        description: row.description,
        aliases: row.aliases.map((alias) => alias.name).filter((name) => name !== row.canonicalName),
        deleted: row.deletedAt !== null,
        mergedIntoId: row.mergedIntoId,
      });
    }
    pending = rows.flatMap((row) => (row.mergedIntoId && !entities.has(row.mergedIntoId) ? [row.mergedIntoId] : []));
  }
  return entities;
}
