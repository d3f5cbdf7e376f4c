// A plain-text request body (a JSON Lines file), refused past `limit` bytes before and while reading.
import "server-only";
import type { NextRequest } from "next/server";
import { invalid } from "@/lib/errors";

export async function readTextBody(request: NextRequest, limit: number): Promise<string> {
  const tooLarge = () => invalid(`The file is too large (${Math.round(limit / 1_000_000)} MB at most).`);
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge();
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.byteLength > limit) throw tooLarge();
  if (bytes.byteLength === 0) throw invalid("The file is empty.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("The file is not UTF-8 text.");
  }
}
