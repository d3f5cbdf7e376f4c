// A request body read chunk by chunk and refused (413) as soon as it passes `limit` bytes, whatever
// Content-Length claimed or whether it was sent at all (chunked uploads).
import "server-only";
import type { NextRequest } from "next/server";
import { tooLarge } from "@/lib/errors";

export async function readBodyBytes(request: NextRequest, limit: number, what = "The request body"): Promise<Uint8Array> {
  const refuse = () => tooLarge(`${what} is too large (${formatBytes(limit)} at most).`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw refuse();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw refuse();
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${Math.round(bytes / 1_000_000)} MB` : `${Math.round(bytes / 1000)} KB`;
}
