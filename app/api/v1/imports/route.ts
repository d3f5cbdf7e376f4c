// POST /api/v1/imports (multipart/form-data, field `files`, and `resume` to continue an interrupted batch
// with the same files): starts a batch import and answers at once with its id and size;
// GET /api/v1/imports/{id} follows its progress; GET /api/v1/imports lists the caller's interrupted batches.
import { after } from "next/server";
import { apiRoute } from "@/lib/api/handler";
import type { RouteDocs } from "@/lib/api/route-spec";
import { invalid } from "@/lib/errors";
import { listInterruptedImports } from "@/lib/ingest/import-batch";
import { maxUploadBytes, startFileImport } from "@/lib/ingest/import-files";
import { resumeBatchSchema } from "@/lib/validations/import";

const docs: RouteDocs = {
  requestBody: {
    contentType: "multipart/form-data",
    description: "The files to import, in the field `files` (several allowed).",
    schema: {
      type: "object",
      properties: {
        files: { type: "array", items: { type: "string", contentMediaType: "application/octet-stream" } },
        resume: { type: "string", format: "uuid", description: "An interrupted batch (GET /api/v1/imports) these same files complete." },
      },
      required: ["files"],
    },
  },
};

export const POST = apiRoute({ permission: "article.import", docs }, async ({ request, user }) => {
  if (Number(request.headers.get("content-length") ?? 0) > maxUploadBytes()) {
    throw invalid(`An upload holds at most ${maxUploadBytes() / 1024 / 1024} MB; send the files in several uploads or use npm run import.`);
  }
  const form = await request.formData().catch(() => {
    throw invalid("Send the files as multipart/form-data in the field `files`.");
  });
  const files = await Promise.all(
    form
      .getAll("files")
      .filter((value): value is File => typeof value !== "string")
      .map(async (file) => ({ name: file.name, type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) })),
  );
  const resume = resumeBatchSchema.safeParse(form.get("resume") ?? undefined);
  if (!resume.success) throw invalid(resume.error.issues[0]?.message ?? "Not a valid import id.");
  const { run, ...batch } = await startFileImport(user, files, resume.data);
  after(run);
  return batch;
});

export const GET = apiRoute({ permission: "article.import" }, ({ user }) => listInterruptedImports(user));
