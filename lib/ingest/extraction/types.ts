// What extraction yields: a document ready to import (its own original bytes, its text and the
// metadata the format carried), or the one-sentence reason it was refused.
export type ExtractedDocument = {
  ok: true;
  filename: string; // zip members: "archive.zip/dir/inner.txt"; JSON Lines records: "file.jsonl#3"
  mediaType: string;
  bytes: Uint8Array;
  text: string;
  title?: string;
  url?: string;
  byline?: string;
  source?: string;
  published?: string;
  language?: string;
};

export type ExtractionFailure = { ok: false; filename: string; reason: string };

export type ExtractionItem = ExtractedDocument | ExtractionFailure;

export type ExtractionLimits = {
  maxFileBytes: number;
  maxArchiveEntries: number;
  maxExpandedBytes: number;
  maxCompressionRatio: number;
};

export const defaultLimits: ExtractionLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxArchiveEntries: 1000,
  maxExpandedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
};

/** Thrown inside an extractor; becomes the item's reason. Anything else gets a generic sentence. */
export class ExtractionError extends Error {}

export const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
