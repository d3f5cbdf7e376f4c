// The OpenAPI 3.1 document of /api/v1, built from what each route handler declared to apiRoute: its
// permission, and the very zod schemas that validate its params, query and body (JSON Schema 2020-12,
// the dialect OpenAPI 3.1 uses). Nothing is written by hand but the few bodies handlers read themselves.
import { z, type ZodType } from "zod";
import { apiErrorBodySchema, statusByCode } from "@/lib/api/errors";
import { routeSpecOf, type RouteSpec } from "@/lib/api/route-spec";
import type { AppErrorCode } from "@/lib/errors";
import { tokenScopeFor } from "@/lib/validations/token";

export const httpMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** A route module as Next.js sees it: its file-system route (`/api/v1/articles/[id]`) and its exports. */
export type RouteModule = { route: string; module: Record<string, unknown> };

type JsonSchema = Record<string, unknown>;
export type Operation = Record<string, unknown> & { operationId: string; parameters?: JsonSchema[]; requestBody?: JsonSchema };

export function toJsonSchema(schema: ZodType): JsonSchema {
  // The input side: what a client sends (before coercions, defaults and transforms).
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any", reused: "inline" });
  return json;
}

/** `/api/v1/articles/[id]` → `/api/v1/articles/{id}`. */
export function openApiPath(route: string): string {
  return route.replace(/\[([^\]]+)\]/g, "{$1}");
}

/** The names of the path parameters of a file-system route. */
export function routeParameterNames(route: string): string[] {
  return [...route.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1] as string);
}

/** `/api/v1/articles/[id]/annotations` → `ArticlesByIdAnnotations`: operationIds, and names of route modules. */
export function routeName(route: string): string {
  return route
    .replace(/^\/api\/v1\//, "")
    .split("/")
    .map((segment) => segment.replace(/^\[(.+)\]$/, "by-$1"))
    .flatMap((segment) => segment.split(/[-_.]/))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

function parametersOf(schema: ZodType | undefined, location: "path" | "query"): JsonSchema[] {
  if (!schema) return [];
  const json = toJsonSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  // A parameter is optional when leaving it out parses: JSON Schema cannot tell that of a preprocessed
  // list (`?source=` repeated or absent), zod can.
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, ZodType>) : undefined;
  const required = (name: string) => (shape?.[name] ? !shape[name].safeParse(undefined).success : (json.required ?? []).includes(name));
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === "path" || required(name),
    ...(typeof property.description === "string" && { description: property.description }),
    schema: property,
  }));
}

function requestBodyOf(spec: RouteSpec): JsonSchema | undefined {
  if (spec.body) return { required: true, content: { "application/json": { schema: toJsonSchema(spec.body) } } };
  const documented = spec.docs?.requestBody;
  if (documented) return { required: true, description: documented.description, content: { [documented.contentType]: { schema: documented.schema ?? {} } } };
  return undefined;
}

// One description per error code: a code added to lib/errors.ts without one here does not compile.
const errorDescriptions: Record<AppErrorCode, string> = {
  INVALID: "The request is not valid: `error.details` names each field and what is wrong with it.",
  UNAUTHENTICATED: "Not signed in, or the access token is unknown, revoked, expired or its account disabled.",
  FORBIDDEN: "The role (or the token's scopes) does not allow this.",
  NOT_FOUND: "The record does not exist or the caller may not see it.",
  CONFLICT: "Someone changed the record meanwhile (stale `version`).",
  TOO_LARGE: "The request body is larger than this operation accepts.",
  RATE_LIMITED: "Too many attempts: try again later.",
};

const errorStatuses: Record<string, string> = {
  ...Object.fromEntries(Object.entries(errorDescriptions).map(([code, description]) => [String(statusByCode[code as AppErrorCode]), description])),
  "500": "An unexpected error on the server (never with details).",
};

export function operationFor(method: string, route: string, spec: RouteSpec): Operation {
  const success = method === "POST" ? "201" : "200";
  const response = spec.docs?.response;
  const security = spec.permission === null ? [{}, { session: [] }, { accessToken: [] }] : [{ session: [] }, ...(spec.sessionOnly ? [] : [{ accessToken: [tokenScopeFor(method)] }])];
  const parameters = [...parametersOf(spec.params, "path"), ...parametersOf(spec.query, "query")];
  const requestBody = requestBodyOf(spec);
  return {
    operationId: method.toLowerCase() + routeName(route),
    tags: [route.split("/")[3] ?? "api"],
    ...(spec.docs?.summary && { summary: spec.docs.summary }),
    "x-permission": spec.permission ?? "public",
    security,
    ...(parameters.length > 0 && { parameters }),
    ...(requestBody && { requestBody }),
    responses: {
      [success]: response
        ? { description: response.description, content: Object.fromEntries(response.contentTypes.map((type) => [type, {}])) }
        : { description: "Success (JSON).", content: { "application/json": {} } },
      ...Object.fromEntries(Object.keys(errorStatuses).map((status) => [status, { $ref: `#/components/responses/Error${status}` }])),
    },
  };
}

export function buildOpenApiDocument(routes: RouteModule[]) {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const { route, module } of [...routes].sort((a, b) => a.route.localeCompare(b.route))) {
    for (const method of httpMethods) {
      const spec = routeSpecOf(module[method]);
      if (spec) (paths[openApiPath(route)] ??= {})[method.toLowerCase()] = operationFor(method, route, spec);
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Dossier CMS API",
      version: "1",
      description:
        "The REST API of Dossier CMS. Scripts authenticate with a personal access token (`Authorization: Bearer dcms_…`, created on the account page): `read` allows GET, `write` allows requests that change data, and a token never exceeds its owner's role (`x-permission` names the permission each operation needs). In the browser, the session cookie authenticates instead.",
    },
    servers: [{ url: "/" }],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The browser session (state changes must come from the app's own origin)." },
        accessToken: { type: "http", scheme: "bearer", bearerFormat: "dcms_ and 43 base64url characters", description: "A personal access token; its scopes (read, write) are listed per operation." },
      },
      schemas: { ApiError: toJsonSchema(apiErrorBodySchema) },
      responses: Object.fromEntries(
        Object.entries(errorStatuses).map(([status, description]) => [
          `Error${status}`,
          { description, content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } } },
        ]),
      ),
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
