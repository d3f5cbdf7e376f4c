// Word (.docx) and PDF files → text. Damaged files become a clear refusal, never a crash.
import mammoth from "mammoth";
import { extractText, getDocumentProxy } from "unpdf";
import { ExtractionError } from "@/lib/ingest/extraction/types";

export async function docxToText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value.replace(/\n{3,}/g, "\n\n").trim();
  } catch {
    throw new ExtractionError("The Word document is damaged and could not be read.");
  }
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the original stays intact.
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    return text.map((page) => page.trim()).filter(Boolean).join("\n\n");
  } catch {
    throw new ExtractionError("The PDF is damaged and could not be read.");
  }
}
