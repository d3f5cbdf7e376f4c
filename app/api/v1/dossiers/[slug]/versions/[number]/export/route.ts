// GET /api/v1/dossiers/{slug}/versions/{number}/export?format=pdf|md|json: a published version as a file.
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import type { RouteDocs } from "@/lib/api/route-spec";
import { exportDossier } from "@/lib/dossiers/export-dossier";
import { exportQuery, versionParams } from "@/lib/validations/dossier";

const docs: RouteDocs = { response: { contentTypes: ["application/pdf", "text/markdown", "application/json"], description: "The published version as a PDF, Markdown or JSON file." } };

export const GET = apiRoute({ permission: "dossier.read_published", params: versionParams, query: exportQuery, docs }, async ({ user, params, query }) => {
  const file = await exportDossier(user, params.slug, params.number, query.format);
  return new NextResponse(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: { "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"`, "Cache-Control": "private, max-age=3600" },
  });
});
