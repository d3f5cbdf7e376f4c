// What suggestions are computed from, loaded from the database once per process and kept in memory:
// the register as an Aho–Corasick index (every live alias of every live entity), the rejected forms,
// and the theme model learned from accepted theme evidence in live articles. Each request reads two version numbers
// (kept by triggers, prisma/migrations/20261124000200_suggestions) and refreshes only what moved, so a
// register of 50,000 aliases is built once, not per article, and names added since are searched apart.
import "server-only";
import type { Database } from "@/lib/db/client";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildAliasIndex, combineAliasIndexes, type AliasEntry, type AliasIndex } from "@/lib/suggestions/alias-index";
import { trainThemeModel, type ThemeExample, type ThemeModel } from "@/lib/suggestions/find-themes";
import { rejectionKey } from "@/lib/suggestions/types";

export type SuggestionSources = { register: AliasIndex; rejections: Set<string>; themeModel: ThemeModel };

type Versions = { register: string; themes: string; now: string };

/**
 * The register as a large index built from everything, plus a small one of the names added since:
 * imports keep adding entities, and rebuilding 50,000 aliases for each would cost seconds. Any other
 * change (an entity edited, merged or deleted, a name removed, a type changed) rebuilds it all.
 */
type RegisterState = { base: AliasIndex; added: AliasEntry[]; index: AliasIndex; checkedAt: string };
type Cached = { versions: Versions; register: RegisterState; sources: SuggestionSources };

// Rows are stamped with their transaction's start: one that committed after a check may carry an
// older time. Looking this far back (and ignoring what is already known) catches them.
const LOOK_BACK = "1 minute";
// Past this many added names, one rebuild is cheaper than searching two indexes.
const MAX_ADDED = 5_000;

// Per database client (the app's, a benchmark's, a test's), and the load in flight so concurrent
// requests share it.
const cache = new WeakMap<Database, Promise<Cached>>();

export async function getSuggestionSources(client: Database): Promise<SuggestionSources> {
  const [versions] = await plainSql(client).query<Versions>(Prisma.sql`
    SELECT register::text, themes::text, now()::text AS now FROM suggestion_source_versions WHERE id = 1`);
  if (!versions) throw new Error("suggestion_source_versions has no row: the suggestions migration did not run.");
  const pending = cache.get(client);
  const previous = await pending?.catch(() => undefined);
  if (previous && previous.versions.register === versions.register && previous.versions.themes === versions.themes) return previous.sources;
  // Another request may have started the same refresh: share it.
  if (pending !== cache.get(client)) return getSuggestionSources(client);
  const loading = load(client, versions, previous);
  cache.set(client, loading);
  return (await loading).sources;
}

async function load(client: Database, versions: Versions, previous: Cached | undefined): Promise<Cached> {
  const sql = plainSql(client);
  const registerMoved = previous?.versions.register !== versions.register;
  const register = !registerMoved ? previous.register : ((previous && (await refreshRegister(client, previous.register, versions.now))) ?? (await loadRegister(client, versions.now)));
  const rejections = registerMoved ? await loadRejections(client) : previous.sources.rejections;
  const themeModel = previous?.versions.themes === versions.themes ? previous.sources.themeModel : trainThemeModel(await sql.query<ThemeExample>(Prisma.sql`
    SELECT t.slug, a.quote AS text FROM annotations a JOIN themes t ON t.id = a."themeId"
      JOIN articles ar ON ar.id = a."articleId" AND ar."deletedAt" IS NULL
     WHERE a.kind = 'THEME' AND a.status = 'ACCEPTED' AND a.scope = 'SPAN' AND a."deletedAt" IS NULL AND t."deletedAt" IS NULL`));
  return { versions, register, sources: { register: register.index, rejections, themeModel } };
}

const liveAliases = Prisma.sql`
  SELECT a.name AS alias, e."canonicalName" AS name, t.key AS type, e.id AS "entityId"
    FROM entity_aliases a
    JOIN entities e ON e.id = a."entityId" AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
    JOIN entity_types t ON t.id = e."typeId" AND t."deletedAt" IS NULL
   WHERE a."deletedAt" IS NULL`;

async function loadRegister(client: Database, now: string): Promise<RegisterState> {
  const base = buildAliasIndex(await plainSql(client).query<AliasEntry>(liveAliases));
  return { base, added: [], index: base, checkedAt: now };
}

/** The register with the names added since the last check, or null when something else changed. */
async function refreshRegister(client: Database, state: RegisterState, now: string): Promise<RegisterState | null> {
  const since = Prisma.sql`${state.checkedAt}::timestamptz - ${LOOK_BACK}::interval`;
  const sql = plainSql(client);
  const [changed] = await sql.query<{ other: boolean }>(Prisma.sql`
    SELECT EXISTS (SELECT 1 FROM entities WHERE "updatedAt" > ${since} AND "createdAt" <= ${since})
        OR EXISTS (SELECT 1 FROM entity_aliases WHERE "deletedAt" > ${since})
        OR EXISTS (SELECT 1 FROM entity_types WHERE "updatedAt" > ${since}) AS other`);
  if (changed?.other) return null;
  const known = new Set(state.added.map((entry) => `${entry.entityId}|${entry.alias}`));
  const fresh = (await sql.query<AliasEntry>(Prisma.sql`${liveAliases} AND a."createdAt" > ${since}`)).filter((entry) => !known.has(`${entry.entityId}|${entry.alias}`));
  const added = [...state.added, ...fresh];
  if (added.length > MAX_ADDED) return null;
  return { base: state.base, added, index: added.length ? combineAliasIndexes(state.base, buildAliasIndex(added)) : state.base, checkedAt: now };
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
