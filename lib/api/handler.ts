// The one wrapper for route handlers: same-origin check on state changes (CSRF), authentication,
// the permission table, zod parsing of params, query and body, and safe error mapping.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { ZodType } from "zod";
import { errorResponse } from "@/lib/api/errors";
import type { Action } from "@/lib/auth/permissions";
import { assertCan, getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { forbidden, invalid, unauthenticated } from "@/lib/errors";

const MAX_JSON_BYTES = 1_000_000;

type Schemas<P, Q, B> = { params?: ZodType<P>; query?: ZodType<Q>; body?: ZodType<B> };

type Context<P, Q, B, U> = { request: NextRequest; user: U; params: P; query: Q; body: B };

type RouteContext = { params: Promise<Record<string, string | string[]>> };

// `permission: null` marks a public endpoint: the user may be null.
type Options<P, Q, B> = Schemas<P, Q, B> & ({ permission: Action } | { permission: null });

export function apiRoute<P = undefined, Q = undefined, B = undefined>(
  options: Schemas<P, Q, B> & { permission: Action },
  handler: (context: Context<P, Q, B, CurrentUser>) => Promise<unknown>,
): (request: NextRequest, context: RouteContext) => Promise<NextResponse>;
export function apiRoute<P = undefined, Q = undefined, B = undefined>(
  options: Schemas<P, Q, B> & { permission: null },
  handler: (context: Context<P, Q, B, CurrentUser | null>) => Promise<unknown>,
): (request: NextRequest, context: RouteContext) => Promise<NextResponse>;
export function apiRoute<P, Q, B>(options: Options<P, Q, B>, handler: (context: Context<P, Q, B, CurrentUser | null>) => Promise<unknown>) {
  return async (request: NextRequest, context: RouteContext): Promise<NextResponse> => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD") assertSameOrigin(request);
      const user = await getCurrentUser();
      if (options.permission) {
        if (!user) throw unauthenticated();
        assertCan(user, options.permission);
      }
      const params = (options.params ? options.params.parse(await context.params) : undefined) as P;
      const query = (options.query ? options.query.parse(Object.fromEntries(request.nextUrl.searchParams)) : undefined) as Q;
      const body = (options.body ? options.body.parse(await readJson(request)) : undefined) as B;
      const result = await handler({ request, user, params, query, body });
      if (result instanceof NextResponse) return result;
      return NextResponse.json(result ?? { ok: true }, { status: request.method === "POST" ? 201 : 200 });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

// Browsers send Origin on every cross-site state-changing request; refuse any that is not ours.
function assertSameOrigin(request: NextRequest) {
  const origin = request.headers.get("origin");
  if (!origin) return; // scripts and server-to-server calls; cookies alone cannot be forged cross-site without it
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (new URL(origin).host !== host) throw forbidden("Cross-site request refused.");
}

async function readJson(request: NextRequest): Promise<unknown> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_JSON_BYTES) throw invalid("The request body is too large (1 MB at most).");
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw invalid("The request body is too large (1 MB at most).");
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
}

