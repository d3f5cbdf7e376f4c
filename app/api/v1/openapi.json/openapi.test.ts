// The OpenAPI document and the route handlers agree: every handler of /api/v1 is in the document and
// nothing else is, each was built with apiRoute/publicApiRoute (so it carries its schemas), each
// operation's parameters and body are the ones its zod schemas imply, path parameters match the URL,
// and the document itself is well formed (OpenAPI 3.1.0, unique operationIds, every $ref resolves)
// and valid against the official OpenAPI 3.1 JSON schema.
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { discoverRouteHandlers } from "@/e2e/support/discover-endpoints";
import { buildOpenApiDocument, httpMethods, openApiPath, operationFor, routeName, routeParameterNames, toJsonSchema, type Operation } from "@/lib/api/openapi/build-document";
import { routeSpecOf } from "@/lib/api/route-spec";
import { apiRoutes } from "./api-routes";
import { GET } from "./route";

const listFile = "app/api/v1/openapi.json/api-routes.ts";
const ownRoute = "/api/v1/openapi.json";
const allRoutes = [...apiRoutes, { route: ownRoute, module: { GET } as Record<string, unknown> }];
const modules = new Map(allRoutes.map(({ route, module }) => [route, module]));
const discovered = discoverRouteHandlers().filter(({ route }) => route.startsWith("/api/v1/"));

// As route.ts builds it, through JSON as a client receives it.
async function fetchDocument() {
  return JSON.parse(JSON.stringify(buildOpenApiDocument(allRoutes))) as { openapi: string; paths: Record<string, Record<string, Operation>> };
}

function importName(route: string): string {
  const name = routeName(route);
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function objectKeys(schema: unknown): string[] | "not an object" {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape).sort() : "not an object";
}

describe("the OpenAPI document and the route handlers", () => {
  it(`lists every route.ts of /api/v1 in ${listFile}`, () => {
    const files = [...new Set(discovered.map(({ route }) => route))].filter((route) => route !== ownRoute).sort();
    const missing = files.filter((route) => !modules.has(route));
    const stale = [...modules.keys()].filter((route) => route !== ownRoute && !files.includes(route));
    const advice = missing.map((route) => `  import * as ${importName(route)} from "@/app${route}/route";\n  { route: "${route}", module: ${importName(route)} },`);
    expect(missing, `Add these route modules to ${listFile} (an import and an entry of apiRoutes each):\n${advice.join("\n")}`).toEqual([]);
    expect(stale, `Remove these routes from ${listFile}: their route.ts no longer exists.`).toEqual([]);
  });

  it("finds every handler built with apiRoute or publicApiRoute, carrying its schemas", () => {
    const bare = discovered
      .filter(({ route, method }) => modules.has(route) && !routeSpecOf(modules.get(route)?.[method]))
      .map(({ route, method }) => `${method} ${route}`);
    expect(bare, "Build these handlers with apiRoute or publicApiRoute (lib/api/handler.ts), so they are authenticated, validated and documented.").toEqual([]);
  });

  it("documents exactly the handlers that exist", async () => {
    const document = await fetchDocument();
    const documented = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
    // Routes missing from the list are reported by the first test.
    const existing = discovered.filter(({ route }) => modules.has(route)).map(({ route, method }) => `${method} ${openApiPath(route)}`);
    expect(documented.sort()).toEqual(existing.sort());
  });

  it("describes each operation exactly as its handler's schemas imply", async () => {
    const document = await fetchDocument();
    for (const { route, method } of discovered) {
      const spec = routeSpecOf(modules.get(route)?.[method]);
      if (!spec) continue; // reported above
      const operation = document.paths[openApiPath(route)]?.[method.toLowerCase()];
      const label = `${method} ${route}`;
      expect(operation, label).toEqual(JSON.parse(JSON.stringify(operationFor(method, route, spec))));

      // The same facts read straight from the zod schemas, independently of the builder.
      const names = (where: string) => (operation?.parameters ?? []).filter((parameter) => parameter.in === where).map((parameter) => parameter.name as string);
      expect(names("path").sort(), `${label}: path parameters`).toEqual(spec.params ? objectKeys(spec.params) : []);
      expect(names("query").sort(), `${label}: query parameters`).toEqual(spec.query ? objectKeys(spec.query) : []);
      if (spec.body) expect(operation?.requestBody, `${label}: body`).toMatchObject({ content: { "application/json": { schema: toJsonSchema(spec.body) } } });
      else if (!spec.docs?.requestBody) expect(operation?.requestBody, `${label}: no body`).toBeUndefined();
      expect(operation?.["x-permission"], `${label}: permission`).toBe(spec.permission ?? "public");
    }
  });

  it("validates exactly the path parameters the URL has", () => {
    const mismatched = discovered.flatMap(({ route, method }) => {
      const spec = routeSpecOf(modules.get(route)?.[method]);
      if (!spec) return [];
      const inUrl = routeParameterNames(route).sort();
      const inSchema = spec.params ? objectKeys(spec.params) : [];
      return JSON.stringify(inUrl) === JSON.stringify(inSchema) ? [] : [`${method} ${route}: the URL has [${inUrl.join(", ")}], the params schema ${JSON.stringify(inSchema)}`];
    });
    expect(mismatched, "Give each handler a params z.object with exactly the URL's parameters.").toEqual([]);
  });

  it("is a well-formed OpenAPI 3.1 document", async () => {
    const document = await fetchDocument();
    expect(document.openapi).toBe("3.1.0");
    const operations = Object.values(document.paths).flatMap((byMethod) => Object.values(byMethod));
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index), "operationIds are unique").toEqual([]);
    for (const [path, byMethod] of Object.entries(document.paths)) {
      expect(Object.keys(byMethod).every((method) => (httpMethods as readonly string[]).includes(method.toUpperCase())), path).toBe(true);
      const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(byMethod)) {
        const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
        expect(declared.sort(), `${operation.operationId}: path parameters`).toEqual(templated.sort());
        expect(Object.keys(operation.responses as object).length, operation.operationId).toBeGreaterThan(1);
      }
    }
    const refs: string[] = [];
    JSON.stringify(document, (key, value: unknown) => {
      if (key === "$ref" && typeof value === "string") refs.push(value);
      return value;
    });
    expect(refs.length).toBeGreaterThan(0);
    const unresolved = refs.filter((ref) => {
      if (!ref.startsWith("#/")) return true;
      let node: unknown = document;
      for (const part of ref.slice(2).split("/")) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
      return node === undefined;
    });
    expect(unresolved, "every $ref resolves inside the document").toEqual([]);
  });

  it("validates against the official OpenAPI 3.1 schema", async () => {
    const result = await new Validator().validate(await fetchDocument());
    expect(result.errors ?? [], "errors against the OpenAPI 3.1 JSON schema").toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("tells scripts which token scope each operation needs", async () => {
    const document = await fetchDocument();
    expect(document.paths["/api/v1/articles"]?.get?.security).toEqual([{ session: [] }, { accessToken: ["read"] }]);
    expect(document.paths["/api/v1/entities"]?.post?.security).toEqual([{ session: [] }, { accessToken: ["write"] }]);
    expect(document.paths["/api/v1/account/tokens"]?.post?.security).toEqual([{ session: [] }]);
    expect(document.paths["/api/v1/articles/{id}"]?.get?.parameters).toEqual([{ name: "id", in: "path", required: true, schema: expect.objectContaining({ type: "string", format: "uuid" }) }]);
  });
});
