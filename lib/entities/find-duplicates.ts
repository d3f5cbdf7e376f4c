// Likely duplicates in the register, with their evidence: the two names that matched and how closely,
// each entity's mentions, the articles mentioning both and the entities both are mentioned with. Pairs
// a person confirmed (merged) or dismissed are never proposed again.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { plainSql } from "@/lib/db/plain-sql";
import { findDuplicatePairs, pairKey, type DuplicatePair, type NamedEntity } from "@/lib/entities/duplicate-pairs";
import { mentionsOf } from "@/lib/entities/mention-sql";
import type { NameMatch } from "@/lib/entities/name-similarity";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DuplicatesQuery } from "@/lib/validations/entity";

const PAGE_SIZE = 20;
const SHARED_NEIGHBOURS = 5;

export type DuplicateSide = { id: string; name: string; version: number; typeKey: string; color: string; mentionCount: number; matchedName: string };
export type DuplicateProposal = NameMatch & { first: DuplicateSide; second: DuplicateSide; sharedArticles: number; sharedNeighbours: string[] };
export type DuplicatePage = { items: DuplicateProposal[]; total: number; page: number; pageSize: number };

export async function findDuplicates(actor: CurrentUser, { type, page }: DuplicatesQuery): Promise<DuplicatePage> {
  assertCan(actor, "entity.read");
  const sql = plainSql(db);
  const [pairsOfRegister, decisions] = await Promise.all([registerPairs(), sql.query<{ firstId: string; secondId: string }>(Prisma.sql`SELECT "firstId", "secondId" FROM entity_pair_decisions`)]);
  const decided = new Set(decisions.map((row) => pairKey(row.firstId, row.secondId)));
  const pairs = pairsOfRegister.filter((pair) => (!type || pair.group === type) && !decided.has(pairKey(pair.firstId, pair.secondId)));
  const shown = pairs.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (!shown.length) return { items: [], total: pairs.length, page, pageSize: PAGE_SIZE };

  const firsts = shown.map((pair) => pair.firstId);
  const seconds = shown.map((pair) => pair.secondId);
  const articlesOf = (entity: Prisma.Sql) => Prisma.sql`SELECT DISTINCT an."articleId" FROM ${mentionsOf(entity)}`;
  const neighboursOf = (entity: Prisma.Sql) => Prisma.sql`SELECT unnest(n."entityIds") FROM articles n WHERE n.id IN (${articlesOf(entity)})`;
  const [entities, evidence] = await Promise.all([
    sql.query<Omit<DuplicateSide, "matchedName">>(Prisma.sql`
      SELECT e.id, e."canonicalName" AS name, e.version, t.key AS "typeKey", t.color,
             (SELECT count(*)::int FROM ${mentionsOf(Prisma.sql`e.id`)}) AS "mentionCount"
        FROM entities e JOIN entity_types t ON t.id = e."typeId"
       WHERE e.id = ANY(${[...firsts, ...seconds]}::uuid[])`),
    sql.query<{ firstId: string; secondId: string; sharedArticles: number; sharedNeighbours: string[] }>(Prisma.sql`
      SELECT p."firstId", p."secondId",
             (SELECT count(*)::int FROM (${articlesOf(Prisma.sql`p."firstId"`)} INTERSECT ${articlesOf(Prisma.sql`p."secondId"`)}) shared) AS "sharedArticles",
             ARRAY(SELECT e."canonicalName" FROM entities e
                    WHERE e.id IN (${neighboursOf(Prisma.sql`p."firstId"`)} INTERSECT ${neighboursOf(Prisma.sql`p."secondId"`)})
                      AND e.id NOT IN (p."firstId", p."secondId") AND e."deletedAt" IS NULL
                    ORDER BY e."canonicalName" LIMIT ${SHARED_NEIGHBOURS}) AS "sharedNeighbours"
        FROM unnest(${firsts}::uuid[], ${seconds}::uuid[]) AS p("firstId", "secondId")`),
  ]);
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  const evidenceByPair = new Map(evidence.map((row) => [pairKey(row.firstId, row.secondId), row]));
  const items = shown.flatMap(({ firstId, secondId, score, reason, names: [firstName, secondName] }) => {
    const first = entityById.get(firstId);
    const second = entityById.get(secondId);
    const found = evidenceByPair.get(pairKey(firstId, secondId));
    // An entity merged or deleted between the two reads is simply left out of this page.
    if (!first || !second) return [];
    return [{ score, reason, first: { ...first, matchedName: firstName }, second: { ...second, matchedName: secondName }, sharedArticles: found?.sharedArticles ?? 0, sharedNeighbours: found?.sharedNeighbours ?? [] }];
  });
  return { items, total: pairs.length, page, pageSize: PAGE_SIZE };
}

// The pairs of the whole register are computed again only when the register changed: the triggers of
// the suggestion matcher keep its version (prisma/migrations/20261124000200_suggestions). Decisions are
// applied on each read. Per database client, with the computation in flight shared.
const cache = new WeakMap<Database, Promise<{ version: string; pairs: DuplicatePair[] }>>();

async function registerPairs(): Promise<DuplicatePair[]> {
  const sql = plainSql(db);
  const [current] = await sql.query<{ version: string }>(Prisma.sql`SELECT register::text AS version FROM suggestion_source_versions WHERE id = 1`);
  const pending = cache.get(db);
  const cached = await pending?.catch(() => undefined);
  if (cached && current && cached.version === current.version) return cached.pairs;
  if (pending !== cache.get(db)) return registerPairs();
  // Read before the names: a change in between only makes the next read compute again.
  const computing = (async () => ({ version: current?.version ?? "", pairs: findDuplicatePairs(await liveNames()) }))();
  cache.set(db, computing);
  return (await computing).pairs;
}

// Every name of every live entity, with its type. Two single-table reads joined here: a join in SQL
// was planned as nested loops while the statistics still described an empty register (a freshly
// imported one), and took 12 s instead of a fraction of one for 50,000 names.
async function liveNames(): Promise<NamedEntity[]> {
  const sql = plainSql(db);
  const [entities, aliases] = await Promise.all([
    sql.query<{ id: string; group: string }>(Prisma.sql`
      SELECT e.id, t.key AS "group" FROM entities e JOIN entity_types t ON t.id = e."typeId" WHERE e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL`),
    sql.query<{ entityId: string; name: string }>(Prisma.sql`SELECT "entityId", name FROM entity_aliases WHERE "deletedAt" IS NULL`),
  ]);
  const groupOf = new Map(entities.map((entity) => [entity.id, entity.group]));
  return aliases.flatMap(({ entityId, name }) => {
    const group = groupOf.get(entityId);
    return group ? [{ entityId, group, name }] : [];
  });
}
