// What the API and the workspace show of an annotation: its span, what it says (entity, theme or date)
// and its review state with who created and who reviewed it.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export const annotationFields = {
  id: true,
  articleId: true,
  revisionId: true,
  kind: true,
  scope: true,
  start: true,
  end: true,
  quote: true,
  prefix: true,
  suffix: true,
  status: true,
  origin: true,
  recommender: true,
  confidence: true,
  anchorState: true,
  dateStart: true,
  dateEnd: true,
  datePrecision: true,
  supportsId: true,
  note: true,
  reviewedAt: true,
  version: true,
  createdAt: true,
  entity: { select: { id: true, canonicalName: true, type: { select: { key: true, color: true } } } },
  theme: { select: { id: true, slug: true, labelFr: true, labelEn: true } },
  author: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.AnnotationSelect;

type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationFields }>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function toAnnotationView(row: AnnotationRow) {
  const { entity, dateStart, dateEnd, datePrecision, reviewedAt, createdAt, ...rest } = row;
  return {
    ...rest,
    entity: entity && { id: entity.id, name: entity.canonicalName, typeKey: entity.type.key, color: entity.type.color },
    date: dateStart && dateEnd && datePrecision ? { start: isoDay(dateStart), end: isoDay(dateEnd), precision: datePrecision } : null,
    reviewedAt: reviewedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
  };
}

export type AnnotationView = ReturnType<typeof toAnnotationView>;
