// JSON Lines: one article per line, `{title?, text | html, url?, published?, source?, language?}`.
// A bad line becomes a failure with its line number; the other lines still import.
import { z } from "zod";
import { extractHtml } from "@/lib/ingest/extraction/html";
import type { ExtractionItem } from "@/lib/ingest/extraction/types";

const optional = z.string().trim().optional();
const recordSchema = z
  .object({ title: optional, text: z.string().optional(), html: z.string().optional(), url: optional, published: optional, source: optional, language: optional })
  .refine((record) => Boolean(record.text?.trim() || record.html?.trim()), "A record needs a non-empty “text” or “html”.");

export function readJsonLines(filename: string, text: string): ExtractionItem[] {
  const encoder = new TextEncoder();
  return text.split(/\r?\n/).flatMap((line, index): ExtractionItem[] => {
    if (!line.trim()) return [];
    const name = `${filename}#${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      return [{ ok: false, filename: name, reason: `Line ${index + 1} is not valid JSON.` }];
    }
    const parsed = recordSchema.safeParse(data);
    if (!parsed.success) return [{ ok: false, filename: name, reason: `Line ${index + 1}: ${parsed.error.issues[0]?.message ?? "not a valid record"}` }];
    const { html, text: plain, ...metadata } = parsed.data;
    const fromHtml = html && !plain ? extractHtml(html, metadata.url) : undefined;
    return [
      {
        ok: true,
        filename: name,
        mediaType: "application/x-ndjson",
        bytes: encoder.encode(line),
        text: plain ?? fromHtml?.text ?? "",
        title: metadata.title ?? fromHtml?.title,
        url: metadata.url ?? fromHtml?.url,
        byline: fromHtml?.byline,
        source: metadata.source ?? fromHtml?.source,
        published: metadata.published ?? fromHtml?.published,
        language: metadata.language ?? fromHtml?.language,
      },
    ];
  });
}
