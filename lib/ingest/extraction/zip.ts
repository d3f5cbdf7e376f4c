// Zip archives, read in memory and never written to disk. The whole archive is refused when a
// member's name could escape a folder (path traversal) or when it expands beyond the limits (zip
// bomb); expansion is counted while inflating, since declared sizes can lie.
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from "fflate";
import { ExtractionError, megabytes, type ExtractionLimits } from "@/lib/ingest/extraction/types";

export type ZipMember = { name: string; bytes: Uint8Array };

function unsafeName(name: string): boolean {
  return name.includes("\\") || name.startsWith("/") || /^[a-zA-Z]:/.test(name) || name.split("/").includes("..") || name.includes("\u0000");
}

const skipped = (name: string) => name.endsWith("/") || name.startsWith("__MACOSX/") || name.split("/").some((part) => part.startsWith("."));

export function readZip(bytes: Uint8Array, limits: ExtractionLimits): ZipMember[] {
  const members: ZipMember[] = [];
  const maxExpanded = Math.min(limits.maxExpandedBytes, Math.max(bytes.length, 1) * limits.maxCompressionRatio);
  let expanded = 0;
  let failure: ExtractionError | undefined;
  const fail = (reason: string) => {
    failure ??= new ExtractionError(reason);
  };

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (unsafeName(file.name)) return fail(`The archive contains an unsafe path (${file.name}) and was refused.`);
    if (skipped(file.name)) return;
    if (members.length >= limits.maxArchiveEntries) return fail(`The archive holds more than ${limits.maxArchiveEntries} files and was refused.`);
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) return fail("The archive is damaged and could not be read.");
      expanded += chunk.length;
      if (expanded > maxExpanded) {
        file.terminate();
        return fail(`The archive expands to more than ${megabytes(maxExpanded)} and was refused (possible zip bomb).`);
      }
      chunks.push(chunk);
      if (final) members.push({ name: file.name, bytes: Buffer.concat(chunks) });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch {
    fail("The archive is damaged and could not be read.");
  }
  if (failure) throw failure;
  return members;
}
