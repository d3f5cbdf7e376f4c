// A published version as a file: PDF for reading and printing, Markdown for editing elsewhere, JSON
// with the whole snapshot (citations, passages, panels) for other tools.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { getPublishedDossier, type PublishedVersion } from "@/lib/dossiers/published-dossiers";
import { snapshotLines } from "@/lib/dossiers/snapshot-lines";
import { snapshotToPdf } from "@/lib/dossiers/snapshot-to-pdf";

export type DossierFile = { body: Buffer | string; contentType: string; filename: string };

// A version never changes, so neither does its PDF (about a second to lay out for 200 items): the
// last few made are kept.
const KEPT_PDFS = 16;
const pdfs = new Map<string, Promise<Buffer>>();

function pdfOf(published: PublishedVersion): Promise<Buffer> {
  const kept = pdfs.get(published.id);
  if (kept) return kept;
  const made = snapshotToPdf(published.snapshot, published);
  made.catch(() => pdfs.delete(published.id));
  if (pdfs.size >= KEPT_PDFS) pdfs.delete(pdfs.keys().next().value as string);
  pdfs.set(published.id, made);
  return made;
}

export async function exportDossier(actor: CurrentUser, slug: string, number: number, format: "pdf" | "md" | "json"): Promise<DossierFile> {
  const published = await getPublishedDossier(actor, slug, number);
  const filename = `${slug}-v${published.number}.${format}`;
  switch (format) {
    case "pdf":
      return { body: await pdfOf(published), contentType: "application/pdf", filename };
    case "md":
      return { body: snapshotLines(published.snapshot).join("\n") + "\n", contentType: "text/markdown; charset=utf-8", filename };
    case "json":
      return { body: JSON.stringify({ slug, number: published.number, publishedAt: published.publishedAt, ...published.snapshot }, null, 2), contentType: "application/json; charset=utf-8", filename };
  }
}
