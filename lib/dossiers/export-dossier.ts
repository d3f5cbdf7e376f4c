// A published version as a file: PDF for reading and printing, Markdown for editing elsewhere, JSON
// with the whole snapshot (citations, passages, panels) for other tools.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { snapshotLines } from "@/lib/dossiers/snapshot-lines";
import { snapshotToPdf } from "@/lib/dossiers/snapshot-to-pdf";

export type DossierFile = { body: Buffer | string; contentType: string; filename: string };

export async function exportDossier(actor: CurrentUser, slug: string, number: number, format: "pdf" | "md" | "json"): Promise<DossierFile> {
  const published = await getPublishedDossier(actor, slug, number);
  const filename = `${slug}-v${published.number}.${format}`;
  switch (format) {
    case "pdf":
      return { body: await snapshotToPdf(published.snapshot, published), contentType: "application/pdf", filename };
    case "md":
      return { body: snapshotLines(published.snapshot).join("\n") + "\n", contentType: "text/markdown; charset=utf-8", filename };
    case "json":
      return { body: JSON.stringify({ slug, number: published.number, publishedAt: published.publishedAt, ...published.snapshot }, null, 2), contentType: "application/json; charset=utf-8", filename };
  }
}
