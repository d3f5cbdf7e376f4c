// Turns any thrown error into a safe JSON response: coded errors keep their message, zod errors list
// the fields, anything else becomes a generic 500 (logged server-side, never sent to the client).
import { NextResponse } from "next/server";
import { z, ZodError } from "zod";
import { AppError, type AppErrorCode } from "@/lib/errors";

export const statusByCode: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
};

/** Every error answer of the API (described in the OpenAPI document from this schema). */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum([...(Object.keys(statusByCode) as AppErrorCode[]), "INTERNAL"]),
    message: z.string().describe("A sentence for people, safe to show."),
    details: z.record(z.string(), z.array(z.string())).optional().describe("For INVALID: the messages of each field, by its path."),
  }),
});

export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export function errorResponse(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: statusByCode[error.code] });
  }
  if (error instanceof ZodError) {
    return NextResponse.json({ error: { code: "INVALID", message: describeZodError(error), details: fieldErrors(error) } }, { status: 400 });
  }
  console.error("Unhandled error in a route handler:", error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong on our side. Try again; if it persists, tell an administrator." } }, { status: 500 });
}

export function fieldErrors(error: ZodError): Record<string, string[]> {
  const details: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (details[key] ??= []).push(issue.message);
  }
  return details;
}

function describeZodError(error: ZodError): string {
  const first = error.issues[0];
  if (!first) return "The request is not valid.";
  return first.path.length ? `${first.path.join(".")}: ${first.message}` : first.message;
}
