// GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API, built once from the route
// handlers' own zod schemas. Public: it describes the API and holds no data.
import { NextResponse } from "next/server";
import { publicApiRoute } from "@/lib/api/handler";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/openapi/build-document";
import { apiRoutes } from "./api-routes";

let document: OpenApiDocument | undefined;

export const GET = publicApiRoute({ docs: { summary: "This document." } }, async () => {
  document ??= buildOpenApiDocument([...apiRoutes, { route: "/api/v1/openapi.json", module: { GET } }]);
  return NextResponse.json(document, { headers: { "Cache-Control": "public, max-age=300" } });
});
