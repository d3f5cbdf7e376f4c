// Reads JSON Lines back into articles: our own export (restored field for field) and doccano's lines
// (text and labels only). Each line stands alone: a bad one is reported with its number and the
// field at fault, and the others are still read.
import type { z } from "zod";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import {
  doccanoLineSchema,
  jsonlRecordSchema,
  type DoccanoLine,
  type ExportedAnnotation,
  type ExportedArticle,
} from "@/lib/annotations/exchange/exchange-types";

export type JsonlLineError = { line: number; message: string };
export type ParsedAnnotationJsonl = { records: ExportedArticle[]; errors: JsonlLineError[] };

// Any of these marks a line as our export; a line with none of them is read as doccano's.
const OWN_FIELDS = ["annotations", "revisionId", "title"];
const TITLE_LENGTH = 120;

type LineResult = { ok: true; article: ExportedArticle } | { ok: false; messages: string[] };

export function parseAnnotationJsonl(content: string): ParsedAnnotationJsonl {
  const records: ExportedArticle[] = [];
  const errors: JsonlLineError[] = [];
  const lineOfArticle = new Map<string, number>();
  content
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((source, index) => {
      const line = index + 1;
      if (source.trim() === "") return;
      const result = parseLine(source);
      if (!result.ok) {
        errors.push(...result.messages.map((message) => ({ line, message: `line ${line}: ${message}` })));
        return;
      }
      const { id } = result.article;
      const firstLine = lineOfArticle.get(id);
      if (firstLine !== undefined) {
        errors.push({ line, message: `line ${line}: id: article ${id} already appears on line ${firstLine}` });
        return;
      }
      lineOfArticle.set(id, line);
      records.push(result.article);
    });
  return { records, errors };
}

function parseLine(source: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { ok: false, messages: [`not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, messages: ["expected a JSON object"] };
  if (OWN_FIELDS.some((field) => field in value)) {
    const record = jsonlRecordSchema.safeParse(value);
    if (!record.success) return { ok: false, messages: record.error.issues.map(formatIssue) };
    const { label: _derived, ...article } = record.data;
    return { ok: true, article };
  }
  const line = doccanoLineSchema.safeParse(value);
  if (!line.success) return { ok: false, messages: line.error.issues.map(formatIssue) };
  return { ok: true, article: convertDoccanoLine(line.data) };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? `${issue.path.map(String).join(".")}: ${issue.message}` : issue.message;
}

/**
 * A doccano line becomes a new article: a UUID `id` is kept (doccano's own numeric ids are not ours),
 * the title is the first non-blank line of the text, whitespace collapsed, cut to 120 characters
 * with an ellipsis, and every label is a SUGGESTED, IMPORTED span for an editor to review.
 * Entity and theme ids are fresh: the importer resolves them by type and name, and by slug.
 */
function convertDoccanoLine(line: DoccanoLine): ExportedArticle {
  const createdAt = new Date().toISOString();
  return {
    id: line.id ?? crypto.randomUUID(),
    title: titleOf(line.text),
    text: line.text,
    revisionId: crypto.randomUUID(),
    language: null,
    url: null,
    publishedOn: null,
    datePrecision: null,
    annotations: line.label.map(([start, end, label]) => ({
      id: crypto.randomUUID(),
      ...readLabel(label, line.text.slice(start, end)),
      scope: "SPAN",
      start,
      end,
      ...describeSpan(line.text, start, end),
      status: "SUGGESTED",
      origin: "IMPORTED",
      confidence: null,
      supportsId: null,
      note: null,
      author: null,
      reviewer: null,
      createdAt,
    })),
  };
}

function readLabel(label: string, quote: string): Pick<ExportedAnnotation, "kind" | "entity" | "theme" | "date"> {
  if (label === "DATE") return { kind: "DATE", entity: null, theme: null, date: null };
  if (label.startsWith("THEME:")) {
    const slug = label.slice("THEME:".length);
    return { kind: "THEME", entity: null, theme: { id: crypto.randomUUID(), slug, label: slug }, date: null };
  }
  return { kind: "ENTITY", entity: { id: crypto.randomUUID(), name: quote, type: label }, theme: null, date: null };
}

function titleOf(text: string): string {
  const firstLine = text
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .find((line) => line !== "");
  const characters = Array.from(firstLine ?? "");
  if (characters.length <= TITLE_LENGTH) return characters.join("");
  const cut = characters.slice(0, TITLE_LENGTH - 1).join("");
  return `${cut.trimEnd()}…`;
}
