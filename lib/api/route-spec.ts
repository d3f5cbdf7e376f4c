// What a route handler built by apiRoute/publicApiRoute declares about itself (permission, zod schemas,
// documentation), attached to the handler so the OpenAPI document is built from what validates requests.
import type { ZodType } from "zod";
import type { Action } from "@/lib/auth/permissions";

export type RouteDocs = {
  summary?: string;
  /** A body the handler reads itself (files, JSON Lines), described for the document. */
  requestBody?: { contentType: string; description: string; schema?: Record<string, unknown> };
  /** A success answer that is not JSON (a file download), in each media type it may take. */
  response?: { contentTypes: string[]; description: string };
};

export type RouteSpec = {
  /** null: anyone may call it (the user may be anonymous). */
  permission: Action | null;
  params?: ZodType;
  query?: ZodType;
  body?: ZodType;
  /** Only a signed-in browser session may call it, never a personal access token. */
  sessionOnly?: boolean;
  docs?: RouteDocs;
};

// A global symbol, so a handler reached through another copy of this module is still recognised.
const specKey = Symbol.for("dossier-cms.route-spec");

export function withRouteSpec<T extends object>(handler: T, spec: RouteSpec): T {
  Object.defineProperty(handler, specKey, { value: spec, enumerable: false });
  return handler;
}

export function routeSpecOf(handler: unknown): RouteSpec | undefined {
  return typeof handler === "function" ? (handler as unknown as Record<symbol, RouteSpec | undefined>)[specKey] : undefined;
}
