// The extraction API used by the import pipeline.
export { detectLanguage } from "@/lib/ingest/extraction/detect-language";
export { extractDocuments } from "@/lib/ingest/extraction/extract-documents";
export { fetchArticlePage } from "@/lib/ingest/extraction/fetch-article-page";
export type { ExtractedDocument, ExtractionFailure, ExtractionItem, ExtractionLimits } from "@/lib/ingest/extraction/types";
