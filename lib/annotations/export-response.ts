// An export as a download: the right media type and a file name saying what it holds.
import "server-only";
import { NextResponse } from "next/server";
import type { AnnotationExport } from "@/lib/annotations/export-annotations";

export function exportResponse({ body, contentType, extension }: AnnotationExport, name: string): NextResponse {
  return new NextResponse(body, { headers: { "content-type": contentType, "content-disposition": `attachment; filename="${name}.${extension}"`, "cache-control": "no-store" } });
}
