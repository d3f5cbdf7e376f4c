// A plain-text request body (a JSON Lines file), refused past `limit` bytes before and while reading.
import "server-only";
import type { NextRequest } from "next/server";
import { readBodyBytes } from "@/lib/api/read-body";
import { invalid } from "@/lib/errors";

export async function readTextBody(request: NextRequest, limit: number): Promise<string> {
  const bytes = await readBodyBytes(request, limit, "The file");
  if (bytes.byteLength === 0) throw invalid("The file is empty.");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("The file is not UTF-8 text.");
  }
}
