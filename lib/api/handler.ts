// The wrappers for route handlers: who calls (a personal access token, else the browser session),
// same-origin check on a session's state changes (CSRF), the permission table, zod parsing of params,
// query and body, and safe error mapping. Each handler carries its declaration for the OpenAPI document.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { ZodType } from "zod";
import { errorResponse } from "@/lib/api/errors";
import { readBodyBytes } from "@/lib/api/read-body";
import { withRouteSpec, type RouteDocs } from "@/lib/api/route-spec";
import { withRequestIp } from "@/lib/audit/request-context";
import { clientIp } from "@/lib/auth/client-ip";
import type { Action } from "@/lib/auth/permissions";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/session";
import { forbidden, invalid, unauthenticated } from "@/lib/errors";
import { authenticateToken } from "@/lib/tokens/authenticate-token";
import { bearerSecret } from "@/lib/tokens/token-secret";

const MAX_JSON_BYTES = 1_000_000;

// maxBodyBytes: a larger JSON body for the routes that take whole texts (1 MB otherwise).
type Schemas<P, Q, B> = { params?: ZodType<P>; query?: ZodType<Q>; body?: ZodType<B>; docs?: RouteDocs; maxBodyBytes?: number };
type Context<P, Q, B, U> = { request: NextRequest; user: U; params: P; query: Q; body: B };
type RouteContext = { params: Promise<Record<string, string | string[]>> };
type RouteHandler = (request: NextRequest, context: RouteContext) => Promise<NextResponse>;

/** An endpoint for signed-in users (or their tokens) holding `permission`. */
export function apiRoute<P = undefined, Q = undefined, B = undefined>(
  options: Schemas<P, Q, B> & { permission: Action; sessionOnly?: boolean },
  handler: (context: Context<P, Q, B, CurrentUser>) => Promise<unknown>,
): RouteHandler {
  const route: RouteHandler = (request, context) =>
    respond(request, async (user, viaToken) => {
      if (!user) throw unauthenticated();
      if (viaToken && options.sessionOnly) throw forbidden("An access token cannot do this: sign in to the application in a browser.");
      assertCan(user, options.permission);
      return handler({ request, user, ...(await parseInput(options, request, context)) });
    });
  return withRouteSpec(route, options);
}

/** An endpoint anyone may call (the language switch on the sign-in page); the user may be null. */
export function publicApiRoute<P = undefined, Q = undefined, B = undefined>(
  options: Schemas<P, Q, B>,
  handler: (context: Context<P, Q, B, CurrentUser | null>) => Promise<unknown>,
): RouteHandler {
  const route: RouteHandler = (request, context) =>
    respond(request, async (user) => handler({ request, user, ...(await parseInput(options, request, context)) }));
  return withRouteSpec(route, { ...options, permission: null });
}

async function respond(request: NextRequest, run: (user: CurrentUser | null, viaToken: boolean) => Promise<unknown>): Promise<NextResponse> {
  try {
    // Every change the handler records in the audit log carries the caller's address.
    const result = await withRequestIp(clientIp(request.headers), async () => run(...(await caller(request))));
    if (result instanceof NextResponse) return result;
    return NextResponse.json(result ?? { ok: true }, { status: request.method === "POST" ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}

// A request with an Authorization header is the token's, whatever cookies it also carries: the session
// is then ignored, never mixed in, and an unusable token is refused rather than falling back to it.
// Token requests skip the same-origin check because browsers never add that header on their own, so a
// forged cross-site request cannot carry it (and no CORS policy lets another site set it).
async function caller(request: NextRequest): Promise<[CurrentUser | null, boolean]> {
  const secret = bearerSecret(request.headers.get("authorization"));
  if (secret === "malformed") throw unauthenticated("The Authorization header must be `Bearer dcms_…` with a personal access token.");
  if (secret) return [await authenticateToken(secret, request), true];
  if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
  return [await getCurrentUser(), false];
}

async function parseInput<P, Q, B>(schemas: Schemas<P, Q, B>, request: NextRequest, context: RouteContext) {
  return {
    params: (schemas.params ? schemas.params.parse(await context.params) : undefined) as P,
    query: (schemas.query ? schemas.query.parse(searchParamsObject(request.nextUrl.searchParams)) : undefined) as Q,
    body: (schemas.body ? schemas.body.parse(await readJson(request, schemas.maxBodyBytes ?? MAX_JSON_BYTES)) : undefined) as B,
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

// Browsers send Origin on every cross-site state-changing request (and Sec-Fetch-Site when they know
// it); refuse any that is not ours, an opaque "null" origin included.
function assertSameOrigin(request: NextRequest) {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") throw forbidden("Cross-site request refused.");
  const origin = request.headers.get("origin");
  if (!origin) return; // scripts and server-to-server calls carry no ambient browser cookies
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!URL.canParse(origin) || new URL(origin).host !== host) throw forbidden("Cross-site request refused.");
}

async function readJson(request: NextRequest, limit: number): Promise<unknown> {
  const bytes = await readBodyBytes(request, limit);
  const text = new TextDecoder().decode(bytes);
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}
