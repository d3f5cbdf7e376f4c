// The exchange format of annotated articles: the shape every export serialises and the JSON Lines
// import validates, so one definition decides what round-trips. Pure: no database, usable anywhere.
import { z } from "zod";
import { checkSpan } from "@/lib/annotations/anchoring/text-quote";
import { AnnotationKind, AnnotationOrigin, AnnotationScope, AnnotationStatus, DatePrecision } from "@/lib/generated/prisma/enums";

// Messages are short and lower-case because the import prefixes them with the line and the field
// path: "line 3: annotations.2.end: expected a whole number".
function expected(what: string) {
  return { error: (issue: { input: unknown }) => (issue.input === undefined ? "required" : `expected ${what}`) };
}

const oneOf = (values: Record<string, string>) => expected(`one of ${Object.values(values).join(", ")}`);
const strictFields = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === "unrecognized_keys" ? `unknown field ${issue.keys?.join(", ")}` : "expected an object",
};

const uuid = z.uuid(expected("an id (a UUID)"));
const isoDay = z.iso.date(expected("a date written yyyy-mm-dd"));
const offset = z.int(expected("a whole number")).nullable();
const nonEmpty = (what: string) => z.string(expected(what)).min(1, `expected ${what}`);
const optionalText = z.string(expected("a string or null")).nullable();

const exportedEntitySchema = z.strictObject(
  { id: uuid, name: nonEmpty("the entity's canonical name"), type: nonEmpty("an entity type key such as PERSON") },
  strictFields,
);

const exportedThemeSchema = z.strictObject({ id: uuid, slug: nonEmpty("the theme's slug"), label: z.string(expected("a string")) }, strictFields);

const exportedDateSchema = z
  .strictObject({ start: isoDay, end: isoDay, precision: z.enum(DatePrecision, oneOf(DatePrecision)) }, strictFields)
  .refine((date) => date.start <= date.end, { message: "the period ends before it starts", path: ["end"] });

const payloadFields = [
  ["ENTITY", "entity"],
  ["THEME", "theme"],
  ["DATE", "date"],
] as const;

export const exportedAnnotationSchema = z
  .strictObject(
    {
      id: uuid,
      kind: z.enum(AnnotationKind, oneOf(AnnotationKind)),
      scope: z.enum(AnnotationScope, oneOf(AnnotationScope)),
      start: offset,
      end: offset,
      quote: z.string(expected("a string")),
      prefix: z.string(expected("a string")),
      suffix: z.string(expected("a string")),
      status: z.enum(AnnotationStatus, oneOf(AnnotationStatus)),
      origin: z.enum(AnnotationOrigin, oneOf(AnnotationOrigin)),
      confidence: z.number(expected("a number between 0 and 1")).min(0, "expected a number between 0 and 1").max(1, "expected a number between 0 and 1").nullable(),
      entity: exportedEntitySchema.nullable(),
      theme: exportedThemeSchema.nullable(),
      date: exportedDateSchema.nullable(),
      supportsId: uuid.nullable(),
      note: optionalText,
      author: z.email(expected("an email address or null")).nullable(),
      reviewer: z.email(expected("an email address or null")).nullable(),
      createdAt: z.iso.datetime({ offset: true, ...expected("an ISO 8601 date-time") }),
    },
    strictFields,
  )
  .superRefine((annotation, context) => {
    const fail = (field: string, message: string) => context.addIssue({ code: "custom", path: [field], message });
    if (annotation.scope === "SPAN") {
      if (annotation.start === null) fail("start", "required for a SPAN annotation");
      if (annotation.end === null) fail("end", "required for a SPAN annotation");
    } else {
      if (annotation.start !== null) fail("start", "must be null for a DOCUMENT annotation");
      if (annotation.end !== null) fail("end", "must be null for a DOCUMENT annotation");
      if (annotation.supportsId !== null) fail("supportsId", "must be null for a DOCUMENT annotation: only a span is evidence");
    }
    // A DATE may lack its normalised value (an expression nobody resolved yet); an entity or a theme
    // annotation means nothing without what it names.
    if (annotation.kind === "ENTITY" && !annotation.entity) fail("entity", "required for an ENTITY annotation");
    if (annotation.kind === "THEME" && !annotation.theme) fail("theme", "required for a THEME annotation");
    for (const [kind, field] of payloadFields) {
      if (kind !== annotation.kind && annotation[field] !== null) fail(field, `must be null when kind is ${annotation.kind}`);
    }
  });

export type ExportedAnnotation = z.infer<typeof exportedAnnotationSchema>;
export type DoccanoLabel = [start: number, end: number, label: string];

/** The doccano label of a span: the entity type key, DATE, or THEME:<slug>. */
export function getDoccanoLabel(annotation: ExportedAnnotation): string {
  if (annotation.kind === "ENTITY") return annotation.entity?.type ?? "ENTITY";
  if (annotation.kind === "THEME") return `THEME:${annotation.theme?.slug ?? ""}`;
  return "DATE";
}

/** The spans doccano shows: every SPAN annotation not rejected, in text order. */
export function buildDoccanoLabels(annotations: readonly ExportedAnnotation[]): DoccanoLabel[] {
  return annotations
    .filter((annotation) => annotation.scope === "SPAN" && annotation.status !== "REJECTED")
    .map((annotation): DoccanoLabel => [annotation.start ?? 0, annotation.end ?? 0, getDoccanoLabel(annotation)])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const articleFields = {
  id: uuid,
  title: nonEmpty("a non-empty title"),
  text: z.string(expected("a string")),
  revisionId: uuid,
  language: nonEmpty("a language code such as fr").nullable(),
  url: z.url({ protocol: /^https?$/, ...expected("an http(s) address or null") }).nullable(),
  publishedOn: isoDay.nullable(),
  datePrecision: z.enum(DatePrecision, oneOf(DatePrecision)).nullable(),
  annotations: z.array(exportedAnnotationSchema, expected("a list of annotations")),
};

type ArticleShape = { text: string; annotations: ExportedAnnotation[] };

// Checks that need the whole article: the spans are the text at their offsets, ids are unique and
// evidence cites a theme of the whole article.
function checkArticle(article: ArticleShape, context: z.RefinementCtx) {
  const byId = new Map(article.annotations.map((annotation) => [annotation.id, annotation]));
  const seen = new Set<string>();
  article.annotations.forEach((annotation, index) => {
    const fail = (path: (string | number)[], message: string) => context.addIssue({ code: "custom", path: ["annotations", index, ...path], message });
    if (seen.has(annotation.id)) fail(["id"], `annotation ${annotation.id} appears twice in this article`);
    seen.add(annotation.id);
    if (annotation.start !== null && annotation.end !== null) {
      const check = checkSpan(article.text, { start: annotation.start, end: annotation.end, quote: annotation.quote });
      if (!check.ok) fail([], `annotation ${annotation.id}: ${check.message}`);
    }
    const supported = annotation.supportsId === null ? null : byId.get(annotation.supportsId);
    if (supported !== null && (supported?.scope !== "DOCUMENT" || supported.kind !== "THEME")) {
      fail(["supportsId"], `annotation ${annotation.id} cites ${annotation.supportsId}, which is not a DOCUMENT theme annotation of this article`);
    }
  });
}

export const exportedArticleSchema = z.strictObject(articleFields, strictFields).superRefine(checkArticle);
export type ExportedArticle = z.infer<typeof exportedArticleSchema>;

const labelSchema = z.tuple(
  [z.int(expected("a whole number")), z.int(expected("a whole number")), nonEmpty("a label such as PERSON, DATE or THEME:<slug>")],
  expected("a [start, end, label] triple"),
);

const LABEL_MISMATCH =
  "does not match annotations, from which it is derived: edit annotations (or keep only id, text and label to import the labels alone)";

/**
 * One line of our JSON Lines export: doccano's `id`, `text` and `label` followed by every field of
 * the article. `label` is derived from `annotations`, which the import restores; a label that
 * disagrees was edited (by hand, or by a tool that kept our other fields) and the line is refused
 * rather than either edit being silently lost.
 */
export const jsonlRecordSchema = z
  .strictObject({ ...articleFields, label: z.array(labelSchema, expected("a list of [start, end, label] triples")) }, strictFields)
  .superRefine((record, context) => {
    // A wrong annotation makes its label disagree too: say it once, about the annotation.
    checkArticle(record, context);
    if (context.issues.length === 0 && JSON.stringify(record.label) !== JSON.stringify(buildDoccanoLabels(record.annotations))) {
      context.addIssue({ code: "custom", path: ["label"], message: LABEL_MISMATCH });
    }
  });
export type JsonlRecord = z.infer<typeof jsonlRecordSchema>;

/**
 * A line written by doccano (or by hand): text and labels only. Extra fields (doccano's numeric id,
 * its metadata columns) are ignored, as doccano writes them without a fixed list.
 */
export const doccanoLineSchema = z
  .object({
    // doccano numbers its own lines: only a UUID is an id of ours worth keeping.
    id: z.uuid().optional().catch(undefined),
    text: z.string(expected("a string")).refine((text) => text.trim() !== "", "expected a non-empty text"),
    label: z.array(labelSchema, expected("a list of [start, end, label] triples")).default([]),
  })
  .superRefine((line, context) => {
    line.label.forEach(([start, end, label], index) => {
      const check = checkSpan(line.text, { start, end, quote: line.text.slice(start, end) });
      if (!check.ok) context.addIssue({ code: "custom", path: ["label", index], message: check.message });
      if (label === "THEME:") context.addIssue({ code: "custom", path: ["label", index, 2], message: "expected THEME:<slug>" });
    });
  });
export type DoccanoLine = z.infer<typeof doccanoLineSchema>;
