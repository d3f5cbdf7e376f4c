// The wrappers for route handlers: same-origin check on state changes (CSRF), authentication, the
// permission table, zod parsing of params, query and body, and safe error mapping.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { ZodType } from "zod";
import { errorResponse } from "@/lib/api/errors";
import type { Action } from "@/lib/auth/permissions";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/session";
import { forbidden, invalid, unauthenticated } from "@/lib/errors";

const MAX_JSON_BYTES = 1_000_000;

type Schemas<P, Q, B> = { params?: ZodType<P>; query?: ZodType<Q>; body?: ZodType<B> };
type Context<P, Q, B, U> = { request: NextRequest; user: U; params: P; query: Q; body: B };
type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteHandler = (request: NextRequest, context: RouteContext) => Promise<NextResponse>;

/** An endpoint for signed-in users holding `permission`. */
export function apiRoute<P = undefined, Q = undefined, B = undefined>(
  options: Schemas<P, Q, B> & { permission: Action },
  handler: (context: Context<P, Q, B, CurrentUser>) => Promise<unknown>,
): RouteHandler {
  return (request, context) =>
    respond(request, async () => {
      const user = await getCurrentUser();
      if (!user) throw unauthenticated();
      assertCan(user, options.permission);
      return handler({ request, user, ...(await parseInput(options, request, context)) });
    });
}

/** An endpoint anyone may call (the language switch on the sign-in page); the user may be null. */
export function publicApiRoute<P = undefined, Q = undefined, B = undefined>(
  options: Schemas<P, Q, B>,
  handler: (context: Context<P, Q, B, CurrentUser | null>) => Promise<unknown>,
): RouteHandler {
  return (request, context) =>
    respond(request, async () => handler({ request, user: await getCurrentUser(), ...(await parseInput(options, request, context)) }));
}

async function respond(request: NextRequest, run: () => Promise<unknown>): Promise<NextResponse> {
  try {
    if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
    const result = await run();
    if (result instanceof NextResponse) return result;
    return NextResponse.json(result ?? { ok: true }, { status: request.method === "POST" ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}

async function parseInput<P, Q, B>(schemas: Schemas<P, Q, B>, request: NextRequest, context: RouteContext) {
  return {
    params: (schemas.params ? schemas.params.parse(await context.params) : undefined) as P,
    query: (schemas.query ? schemas.query.parse(searchParamsObject(request.nextUrl.searchParams)) : undefined) as Q,
    body: (schemas.body ? schemas.body.parse(await readJson(request)) : undefined) as B,
  };
}

// A repeated parameter (`?source=a&source=b`) becomes a list; a single one stays a string.
function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return result;
}

// Browsers send Origin on every cross-site state-changing request; refuse any that is not ours.
function assertSameOrigin(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (!origin) return; // scripts and server-to-server calls carry no ambient browser cookies
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (new URL(origin).host !== host) throw forbidden("Cross-site request refused.");
}

async function readJson(request: NextRequest): Promise<unknown> {
  const tooLarge = () => invalid("The request body is too large (1 MB at most).");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw tooLarge();
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw tooLarge();
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}
