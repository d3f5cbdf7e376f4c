// A pasted text becomes an import document like any file: its UTF-8 bytes are the kept original.
import type { ImportDocument } from "@/lib/ingest/import-article";
import type { PasteArticleInput } from "@/lib/validations/import";

export function pastedDocument({ text, ...metadata }: Pick<PasteArticleInput, "text"> & Partial<PasteArticleInput>): ImportDocument {
  return { filename: "pasted-text.txt", mediaType: "text/plain; charset=utf-8", bytes: new TextEncoder().encode(text), text, ...metadata };
}
