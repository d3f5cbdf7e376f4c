// What suggestions are computed from, loaded from the database once per process and kept in memory:
// the register as an Aho–Corasick index (every live alias of every live entity), the rejected forms,
// and the theme model learned from accepted theme evidence. Each request reads two version numbers
// (kept by triggers, prisma/migrations/20261124000200_suggestions) and rebuilds only what moved, so a
// register of 50,000 aliases is built once, not per article.
import "server-only";
import type { Database } from "@/lib/db/client";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildAliasIndex, type AliasEntry, type AliasIndex } from "@/lib/suggestions/alias-index";
import { trainThemeModel, type ThemeExample, type ThemeModel } from "@/lib/suggestions/find-themes";
import { rejectionKey } from "@/lib/suggestions/types";

export type SuggestionSources = { register: AliasIndex; rejections: Set<string>; themeModel: ThemeModel };

type Versions = { register: string; themes: string };
type Cached = { versions: Versions; sources: SuggestionSources };

// Per database client (the app's, a benchmark's, a test's), and the load in flight so concurrent
// requests share it.
const cache = new WeakMap<Database, Promise<Cached>>();

export async function getSuggestionSources(client: Database): Promise<SuggestionSources> {
  const sql = plainSql(client);
  const [versions] = await sql.query<Versions>(Prisma.sql`SELECT register::text, themes::text FROM suggestion_source_versions WHERE id = 1`);
  if (!versions) throw new Error("suggestion_source_versions has no row: the suggestions migration did not run.");
  const previous = await cache.get(client)?.catch(() => undefined);
  if (previous && previous.versions.register === versions.register && previous.versions.themes === versions.themes) return previous.sources;
  const loading = load(client, versions, previous);
  cache.set(client, loading);
  return (await loading).sources;
}

async function load(client: Database, versions: Versions, previous: Cached | undefined): Promise<Cached> {
  const sql = plainSql(client);
  const registerMoved = previous?.versions.register !== versions.register;
  const [register, rejections] = registerMoved ? await Promise.all([loadRegister(client), loadRejections(client)]) : [previous.sources.register, previous.sources.rejections];
  const themeModel = previous?.versions.themes === versions.themes ? previous.sources.themeModel : trainThemeModel(await sql.query<ThemeExample>(Prisma.sql`
    SELECT t.slug, a.quote AS text FROM annotations a JOIN themes t ON t.id = a."themeId"
     WHERE a.kind = 'THEME' AND a.status = 'ACCEPTED' AND a.scope = 'SPAN' AND a."deletedAt" IS NULL AND t."deletedAt" IS NULL`));
  return { versions, sources: { register, rejections, themeModel } };
}

async function loadRegister(client: Database): Promise<AliasIndex> {
  const entries = await plainSql(client).query<AliasEntry>(Prisma.sql`
    SELECT a.name AS alias, e."canonicalName" AS name, t.key AS type, e.id AS "entityId"
      FROM entity_aliases a
      JOIN entities e ON e.id = a."entityId" AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
      JOIN entity_types t ON t.id = e."typeId" AND t."deletedAt" IS NULL
     WHERE a."deletedAt" IS NULL`);
  return buildAliasIndex(entries);
}

async function loadRejections(client: Database): Promise<Set<string>> {
  const rows = await plainSql(client).query<{ normalized: string; type: string | null; entityId: string | null }>(Prisma.sql`
    SELECT r.normalized, t.key AS type, r."entityId" FROM suggestion_rejections r LEFT JOIN entity_types t ON t.id = r."entityTypeId"`);
  const keys = new Set<string>();
  for (const row of rows) {
    if (row.type) keys.add(rejectionKey(row.type, row.normalized));
    if (row.entityId) keys.add(rejectionKey(row.entityId, row.normalized));
  }
  return keys;
}
