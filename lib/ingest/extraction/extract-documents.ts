// Uploaded bytes → documents to import. The type comes from the file name (or the media type when the
// name has no known extension), checked against the content so a renamed binary is refused; a zip
// yields one item per member and a JSON Lines file one per record. Never throws: every problem
// becomes an item with a one-sentence reason.
import { decodeText } from "@/lib/ingest/extraction/decode-text";
import { extractHtml } from "@/lib/ingest/extraction/html";
import { readJsonLines } from "@/lib/ingest/extraction/jsonl";
import { markdownToText } from "@/lib/ingest/extraction/markdown";
import { docxToText, pdfToText } from "@/lib/ingest/extraction/office";
import { defaultLimits, ExtractionError, megabytes, type ExtractionItem, type ExtractionLimits } from "@/lib/ingest/extraction/types";
import { readZip } from "@/lib/ingest/extraction/zip";

type Format = "text" | "markdown" | "html" | "docx" | "pdf" | "zip" | "jsonl";

const byExtension: Record<string, Format> = {
  txt: "text", text: "text", md: "markdown", markdown: "markdown", html: "html", htm: "html", xhtml: "html",
  docx: "docx", pdf: "pdf", zip: "zip", jsonl: "jsonl", ndjson: "jsonl",
};
const byMediaType: Record<string, Format> = {
  "text/plain": "text", "text/markdown": "markdown", "text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf",
  "application/zip": "zip", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};
const mediaTypes: Record<Format, string> = {
  text: "text/plain",
  markdown: "text/markdown",
  html: "text/html",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  zip: "application/zip",
  jsonl: "application/x-ndjson",
};
const SUPPORTED = ".txt, .md, .html, .docx, .pdf, .jsonl or .zip";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
const isPdf = (bytes: Uint8Array) => startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);

export async function extractDocuments(input: { filename: string; bytes: Uint8Array; mediaType?: string }, limits: Partial<ExtractionLimits> = {}): Promise<ExtractionItem[]> {
  const settings = { ...defaultLimits, ...limits };
  return extract(input.filename, input.bytes, input.mediaType, settings, true);
}

async function extract(filename: string, bytes: Uint8Array, mediaType: string | undefined, limits: ExtractionLimits, topLevel: boolean): Promise<ExtractionItem[]> {
  const failed = (reason: string): ExtractionItem[] => [{ ok: false, filename, reason }];
  if (bytes.length === 0) return failed("The file is empty.");
  if (bytes.length > limits.maxFileBytes) return failed(`The file is ${megabytes(bytes.length)}; the limit is ${megabytes(limits.maxFileBytes)}.`);
  const extension = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  const format = byExtension[extension] ?? byMediaType[(mediaType ?? "").split(";")[0]?.trim().toLowerCase() ?? ""];
  if (!format) return failed(`Files of type ${extension ? `.${extension}` : "(no extension)"} are not supported: use ${SUPPORTED}.`);

  try {
    if (format === "zip") {
      if (!topLevel) return failed("Archives inside archives are not imported.");
      if (!isZip(bytes)) throw new ExtractionError("This .zip file is not a zip archive.");
      const members = readZip(bytes, limits);
      if (members.length === 0) return failed("The archive holds no file to import.");
      const items = await Promise.all(members.map((member) => extract(`${filename}/${member.name}`, member.bytes, undefined, limits, false)));
      return items.flat();
    }
    if (format === "pdf") return [document(filename, bytes, mediaTypes.pdf, { text: await pdfToText(ensure(bytes, isPdf, "This .pdf file is not a PDF.")) })];
    if (format === "docx") return [document(filename, bytes, mediaTypes.docx, { text: await docxToText(ensure(bytes, isZip, "This .docx file is not a Word document.")) })];

    const { text, encoding } = decodeText(bytes);
    const typed = `${mediaTypes[format]}; charset=${encoding}`;
    if (format === "jsonl") return readJsonLines(filename, text);
    if (format === "html") return [document(filename, bytes, typed, extractHtml(text))];
    return [document(filename, bytes, typed, { text: format === "markdown" ? markdownToText(text) : text })];
  } catch (error) {
    if (error instanceof ExtractionError) return failed(error.message);
    console.error(`Extraction of ${filename} failed:`, error);
    return failed("The file could not be read.");
  }
}

function ensure(bytes: Uint8Array, check: (bytes: Uint8Array) => boolean, reason: string): Uint8Array {
  if (!check(bytes)) throw new ExtractionError(reason);
  return bytes;
}

function document(filename: string, bytes: Uint8Array, mediaType: string, content: { text: string } & Record<string, string | undefined>): ExtractionItem {
  if (!content.text.trim()) return { ok: false, filename, reason: "The file contains no text." };
  const metadata = Object.fromEntries(Object.entries(content).filter(([, value]) => value !== undefined));
  return { ok: true, filename, mediaType, bytes, ...metadata, text: content.text };
}
