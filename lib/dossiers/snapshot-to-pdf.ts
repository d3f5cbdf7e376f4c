// A published version as a PDF: title, sections with their quotes and commentary, the panels as
// lists, and the numbered sources with the cited passages. DejaVu fonts cover accents, Greek,
// Cyrillic and more, so any language prints.
import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import { blockLines, snapshotLines } from "@/lib/dossiers/snapshot-lines";
import type { DossierSnapshot } from "@/lib/dossiers/snapshot-types";

const fonts = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");

export function snapshotToPdf(snapshot: DossierSnapshot, meta: { number: number; publishedAt: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: snapshot.title }, font: path.join(fonts, "DejaVuSerif.ttf") });
  doc.registerFont("body", path.join(fonts, "DejaVuSerif.ttf"));
  doc.registerFont("italic", path.join(fonts, "DejaVuSerif-Italic.ttf"));
  doc.registerFont("heading", path.join(fonts, "DejaVuSans-Bold.ttf"));
  doc.registerFont("small", path.join(fonts, "DejaVuSans.ttf"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const heading = (text: string, size: number) => doc.moveDown(0.6).font("heading").fontSize(size).fillColor("#1e1b4b").text(text).moveDown(0.3);
  const body = (text: string, font = "body") => doc.font(font).fontSize(10.5).fillColor("#0f172a").text(text, { paragraphGap: 4 });

  doc.font("heading").fontSize(20).fillColor("#1e1b4b").text(snapshot.title);
  doc.font("small").fontSize(9).fillColor("#475569").text(`Version ${meta.number} · ${meta.publishedAt.slice(0, 10)}`).moveDown(0.5);
  if (snapshot.summary) body(snapshot.summary, "italic");

  const citations = new Map(snapshot.citations.map((citation) => [citation.n, citation]));
  for (const section of snapshot.sections) {
    heading(section.title, 14);
    for (const block of section.blocks) body(plainText(blockLines(block, citations).join("\n")), block.kind === "EXCERPT" ? "italic" : "body");
  }
  // Panels and sources as the Markdown export lists them, after the sections.
  const lines = snapshotLines(snapshot);
  const panelsStart = lines.findIndex((line) => line === "## Chronologie" || line === "## Entités" || line === "## Thèmes" || line === "## Sources");
  for (const line of lines.slice(panelsStart)) {
    if (line.startsWith("## ")) heading(line.slice(3), 13);
    else if (line) body(line, "small");
  }
  if (snapshot.panels.shown.network && snapshot.panels.network.edges.length) {
    heading("Réseau", 13);
    const names = new Map(snapshot.panels.network.nodes.map((node) => [node.id, node.name]));
    for (const edge of snapshot.panels.network.edges.slice(0, 40)) body(`${names.get(edge.a)} — ${names.get(edge.b)} (${edge.weight})`, "small");
  }
  doc.end();
  return done;
}

// Markdown marks that mean nothing on paper: emphasis stars, heading hashes, quote marks, link brackets.
function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/\*\*([^*]+)\*\*|\*([^*]+)\*|__([^_]+)__/g, (_match, a?: string, b?: string, c?: string) => a ?? b ?? c ?? "")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}
