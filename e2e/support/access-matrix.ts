// Every route handler and server action of the app, with the permission it requires. The access
// spec calls each one as every role and as an anonymous caller, and fails when app/ has an endpoint
// this table does not list.
import type { Action } from "../../lib/auth/permissions";

export type Endpoint = {
  route: string; // the file-system route, e.g. /api/v1/users/[id]
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  access: Action | "public";
  // A concrete request; write requests carry bodies that are refused by validation or hit an unknown
  // id, so an allowed caller gets 400/404 without changing anything.
  path: string;
  body?: unknown;
};

const unknownId = "00000000-0000-4000-8000-000000000000";

export const endpoints: Endpoint[] = [
  { route: "/api/auth/[...nextauth]", method: "GET", access: "public", path: "/api/auth/csrf" },
  { route: "/api/auth/[...nextauth]", method: "POST", access: "public", path: "/api/auth/_log", body: {} },
  { route: "/api/v1/articles", method: "GET", access: "article.read", path: "/api/v1/articles" },
  { route: "/api/v1/articles/[id]", method: "GET", access: "article.read", path: `/api/v1/articles/${unknownId}` },
  { route: "/api/v1/articles/[id]", method: "PATCH", access: "article.edit", path: `/api/v1/articles/${unknownId}`, body: { version: 1, title: "x" } },
  { route: "/api/v1/articles/[id]", method: "DELETE", access: "article.delete", path: `/api/v1/articles/${unknownId}`, body: { version: 1 } },
  { route: "/api/v1/articles/[id]/restore", method: "POST", access: "article.delete", path: `/api/v1/articles/${unknownId}/restore`, body: { version: 1 } },
  { route: "/api/v1/articles/[id]/cleanup", method: "PUT", access: "article.edit", path: `/api/v1/articles/${unknownId}/cleanup`, body: { version: 1, kept: [] } },
  {
    route: "/api/v1/articles/[id]/uploads/[uploadId]",
    method: "GET",
    access: "article.read",
    path: `/api/v1/articles/${unknownId}/uploads/${unknownId}`,
  },
  { route: "/api/v1/articles/[id]/annotations", method: "GET", access: "annotation.read", path: `/api/v1/articles/${unknownId}/annotations` },
  { route: "/api/v1/articles/[id]/annotations", method: "POST", access: "annotation.create", path: `/api/v1/articles/${unknownId}/annotations`, body: { kind: "DATE" } },
  { route: "/api/v1/articles/[id]/status", method: "PUT", access: "annotation.create", path: `/api/v1/articles/${unknownId}/status`, body: { version: 1, status: "IN_PROGRESS" } },
  { route: "/api/v1/articles/[id]/suggestions", method: "POST", access: "annotation.create", path: `/api/v1/articles/${unknownId}/suggestions` },
  { route: "/api/v1/articles/[id]/text", method: "PUT", access: "article.edit", path: `/api/v1/articles/${unknownId}/text`, body: { version: 1, text: "x" } },
  { route: "/api/v1/annotations/[id]", method: "PATCH", access: "annotation.read", path: `/api/v1/annotations/${unknownId}`, body: { version: 1, note: "x" } },
  { route: "/api/v1/annotations/[id]", method: "DELETE", access: "annotation.create", path: `/api/v1/annotations/${unknownId}`, body: { version: 1 } },
  { route: "/api/v1/annotations/[id]/restore", method: "POST", access: "annotation.create", path: `/api/v1/annotations/${unknownId}/restore`, body: { version: 1 } },
  { route: "/api/v1/annotations/review", method: "GET", access: "annotation.review", path: "/api/v1/annotations/review" },
  { route: "/api/v1/annotations/review", method: "POST", access: "annotation.review", path: "/api/v1/annotations/review", body: { decision: "ACCEPTED", items: [] } },
  { route: "/api/v1/articles/[id]/annotations/export", method: "GET", access: "annotation.export", path: `/api/v1/articles/${unknownId}/annotations/export?format=jsonl` },
  { route: "/api/v1/annotations/export", method: "GET", access: "annotation.export", path: "/api/v1/annotations/export?format=w3c" },
  { route: "/api/v1/annotations/import", method: "POST", access: "annotation.create", path: "/api/v1/annotations/import", body: "" },
  { route: "/api/v1/entities", method: "GET", access: "entity.read", path: "/api/v1/entities?q=rabat" },
  { route: "/api/v1/entities", method: "POST", access: "entity.edit", path: "/api/v1/entities", body: { name: "" } },
  { route: "/api/v1/entities/[id]", method: "GET", access: "entity.read", path: `/api/v1/entities/${unknownId}` },
  { route: "/api/v1/entities/[id]", method: "PATCH", access: "entity.edit", path: `/api/v1/entities/${unknownId}`, body: { version: 1, description: "x" } },
  { route: "/api/v1/entities/[id]", method: "DELETE", access: "entity.delete", path: `/api/v1/entities/${unknownId}`, body: { version: 1 } },
  { route: "/api/v1/entities/[id]/restore", method: "POST", access: "entity.delete", path: `/api/v1/entities/${unknownId}/restore`, body: { version: 1 } },
  { route: "/api/v1/entities/[id]/mentions", method: "GET", access: "entity.read", path: `/api/v1/entities/${unknownId}/mentions` },
  { route: "/api/v1/entities/[id]/aliases", method: "POST", access: "entity.edit", path: `/api/v1/entities/${unknownId}/aliases`, body: { version: 1, name: "x" } },
  { route: "/api/v1/entities/[id]/aliases/[aliasId]", method: "DELETE", access: "entity.edit", path: `/api/v1/entities/${unknownId}/aliases/${unknownId}`, body: { version: 1 } },
  { route: "/api/v1/entities/[id]/split", method: "POST", access: "entity.merge", path: `/api/v1/entities/${unknownId}/split`, body: { version: 1, name: "x", aliasIds: [unknownId] } },
  { route: "/api/v1/entities/merges", method: "POST", access: "entity.merge", path: "/api/v1/entities/merges", body: { sourceId: unknownId, targetId: unknownId, sourceVersion: 1, targetVersion: 1 } },
  { route: "/api/v1/entities/merges/[id]/undo", method: "POST", access: "entity.merge", path: `/api/v1/entities/merges/${unknownId}/undo` },
  { route: "/api/v1/entities/duplicates", method: "GET", access: "entity.read", path: "/api/v1/entities/duplicates" },
  { route: "/api/v1/entities/duplicates/decisions", method: "POST", access: "entity.merge", path: "/api/v1/entities/duplicates/decisions", body: { decision: "DISMISSED", entityIds: [unknownId, unknownId] } },
  { route: "/api/v1/dossiers", method: "GET", access: "dossier.read_published", path: "/api/v1/dossiers" },
  { route: "/api/v1/dossiers", method: "POST", access: "dossier.create", path: "/api/v1/dossiers", body: { title: "" } },
  { route: "/api/v1/dossiers/[slug]", method: "GET", access: "dossier.read_published", path: "/api/v1/dossiers/unknown-dossier" },
  { route: "/api/v1/dossiers/[slug]", method: "DELETE", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier", body: { version: 1 } },
  { route: "/api/v1/dossiers/[slug]/restore", method: "POST", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/restore", body: { version: 1 } },
  { route: "/api/v1/dossiers/[slug]/draft", method: "GET", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/draft" },
  { route: "/api/v1/dossiers/[slug]/draft", method: "PATCH", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/draft", body: { version: 1, title: "x" } },
  { route: "/api/v1/dossiers/[slug]/sections", method: "POST", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/sections", body: { version: 1, title: "x" } },
  { route: "/api/v1/dossiers/[slug]/sections/[sectionId]", method: "PATCH", access: "workspace.access", path: `/api/v1/dossiers/unknown-dossier/sections/${unknownId}`, body: { version: 1, title: "x" } },
  { route: "/api/v1/dossiers/[slug]/sections/[sectionId]", method: "DELETE", access: "workspace.access", path: `/api/v1/dossiers/unknown-dossier/sections/${unknownId}`, body: { version: 1 } },
  { route: "/api/v1/dossiers/[slug]/sections/[sectionId]/restore", method: "POST", access: "workspace.access", path: `/api/v1/dossiers/unknown-dossier/sections/${unknownId}/restore`, body: { version: 1 } },
  { route: "/api/v1/dossiers/[slug]/items", method: "POST", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/items", body: { version: 1, sectionId: unknownId, item: { kind: "COMMENTARY", body: "x" } } },
  { route: "/api/v1/dossiers/[slug]/items/[itemId]", method: "PATCH", access: "workspace.access", path: `/api/v1/dossiers/unknown-dossier/items/${unknownId}`, body: { version: 1, body: "x" } },
  { route: "/api/v1/dossiers/[slug]/items/[itemId]", method: "DELETE", access: "workspace.access", path: `/api/v1/dossiers/unknown-dossier/items/${unknownId}`, body: { version: 1 } },
  { route: "/api/v1/dossiers/[slug]/items/[itemId]/restore", method: "POST", access: "workspace.access", path: `/api/v1/dossiers/unknown-dossier/items/${unknownId}/restore`, body: { version: 1 } },
  { route: "/api/v1/dossiers/[slug]/workflow", method: "POST", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/workflow", body: { action: "submit", version: 1 } },
  { route: "/api/v1/dossiers/[slug]/versions/[number]/export", method: "GET", access: "dossier.read_published", path: "/api/v1/dossiers/unknown-dossier/versions/1/export?format=md" },
  { route: "/api/v1/dossiers/[slug]/diff", method: "GET", access: "workspace.access", path: "/api/v1/dossiers/unknown-dossier/diff?from=1&to=2" },
  { route: "/api/v1/imports", method: "GET", access: "article.import", path: "/api/v1/imports" },
  { route: "/api/v1/imports", method: "POST", access: "article.import", path: "/api/v1/imports", body: {} },
  { route: "/api/v1/imports/[id]", method: "GET", access: "article.import", path: `/api/v1/imports/${unknownId}` },
  { route: "/api/v1/imports/text", method: "POST", access: "article.import", path: "/api/v1/imports/text", body: { text: "" } },
  { route: "/api/v1/imports/url", method: "POST", access: "article.import", path: "/api/v1/imports/url", body: { url: "not a url" } },
  { route: "/api/v1/trash", method: "GET", access: "workspace.access", path: "/api/v1/trash?kind=article" },
  { route: "/api/v1/users", method: "GET", access: "user.manage", path: "/api/v1/users" },
  { route: "/api/v1/users", method: "POST", access: "user.manage", path: "/api/v1/users", body: {} },
  { route: "/api/v1/users/[id]", method: "PATCH", access: "user.manage", path: `/api/v1/users/${unknownId}`, body: { version: 1, name: "x" } },
  { route: "/api/v1/users/[id]/revoke-sessions", method: "POST", access: "user.manage", path: `/api/v1/users/${unknownId}/revoke-sessions` },
  { route: "/api/v1/account", method: "GET", access: "account.manage", path: "/api/v1/account" },
  { route: "/api/v1/audit", method: "GET", access: "audit.read", path: "/api/v1/audit?action=auth." },
  { route: "/api/v1/account/password", method: "PUT", access: "account.manage", path: "/api/v1/account/password", body: {} },
  { route: "/api/v1/account/sign-out-everywhere", method: "POST", access: "account.manage", path: "/api/v1/account/sign-out-everywhere", body: {} },
  { route: "/api/v1/account/tokens", method: "GET", access: "account.manage", path: "/api/v1/account/tokens" },
  { route: "/api/v1/account/tokens", method: "POST", access: "account.manage", path: "/api/v1/account/tokens", body: { name: "" } },
  { route: "/api/v1/account/tokens/[id]", method: "DELETE", access: "account.manage", path: `/api/v1/account/tokens/${unknownId}` },
  { route: "/api/v1/openapi.json", method: "GET", access: "public", path: "/api/v1/openapi.json" },
  { route: "/api/v1/users/[id]/tokens", method: "GET", access: "user.manage", path: `/api/v1/users/${unknownId}/tokens` },
  { route: "/api/v1/locale", method: "PUT", access: "public", path: "/api/v1/locale", body: { locale: "fr" } },
];

// Files with a "use server" directive: none yet. List each exported action here when one is added.
export const serverActions: { file: string; export: string; access: Action }[] = [];
