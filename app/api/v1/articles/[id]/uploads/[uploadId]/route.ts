// GET /api/v1/articles/{id}/uploads/{uploadId}: downloads the original file exactly as it was imported.
// Always as an attachment in a sandbox: an uploaded HTML page must never run in the app's origin.
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiRoute } from "@/lib/api/handler";
import type { RouteDocs } from "@/lib/api/route-spec";
import { getUpload } from "@/lib/articles/get-upload";

const params = z.object({ id: z.string().uuid("Not a valid id."), uploadId: z.string().uuid("Not a valid id.") });

const docs: RouteDocs = { response: { contentTypes: ["application/octet-stream"], description: "The original file, in its own media type, as an attachment." } };

export const GET = apiRoute({ permission: "article.read", params, docs }, async ({ user, params }) => {
  const upload = await getUpload(user, params.id, params.uploadId);
  return new NextResponse(new Uint8Array(upload.bytes), {
    headers: {
      "Content-Type": upload.mediaType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(upload.filename)}`,
      "Content-Security-Policy": "sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
