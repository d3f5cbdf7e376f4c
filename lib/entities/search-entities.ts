// The entity register's list and type-ahead: names and every alias, accent- and case-insensitive,
// optionally of one type. Names that start with the typed text come first, then those containing it
// (without text: every entity by name); merged and deleted entities are left out.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { mentionsOf } from "@/lib/entities/mention-sql";
import { normalizeName } from "@/lib/entities/normalize-name";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityListQuery } from "@/lib/validations/entity";

export type EntityMatch = { id: string; name: string; typeKey: string; color: string; matchedAlias: string; aliasCount: number };
export type EntityRow = EntityMatch & { description: string | null; version: number; mentionCount: number };
export type EntityPage = { items: EntityRow[]; total: number; page: number; pageSize: number };

const PAGE_SIZE = 50;
const TYPE_AHEAD_SIZE = 20;

/** The type-ahead of the annotation form: the first matches of a typed name. */
export async function searchEntities(actor: CurrentUser, query: string, typeKey?: string): Promise<EntityMatch[]> {
  assertCan(actor, "entity.read");
  if (!normalizeName(query)) return [];
  return (await findEntities({ q: query, type: typeKey, page: 1 }, TYPE_AHEAD_SIZE)).items;
}

/** One page of the register, with each entity's number of names and of mentions. */
export async function listEntities(actor: CurrentUser, query: EntityListQuery): Promise<EntityPage> {
  assertCan(actor, "entity.read");
  return findEntities(query, PAGE_SIZE);
}

async function findEntities({ q, type, page }: EntityListQuery, pageSize: number): Promise<EntityPage> {
  const folded = normalizeName(q);
  const pattern = folded.replace(/[\\%_]/g, (character) => `\\${character}`);
  const typeKey = type ?? null;
  // Without text, every entity under its own name; with text, each entity once, under its best alias.
  const matches = folded
    ? Prisma.sql`
      SELECT DISTINCT ON (e.id) e.id, e."canonicalName" AS name, e.description, e.version, t.key AS "typeKey", t.color, a.name AS "matchedAlias",
             a.normalized LIKE ${pattern} || '%' AS prefix
        FROM entity_aliases a
        JOIN entities e ON e.id = a."entityId" AND e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL
        JOIN entity_types t ON t.id = e."typeId"
       WHERE a."deletedAt" IS NULL AND a.normalized LIKE '%' || ${pattern} || '%' AND (${typeKey}::text IS NULL OR t.key = ${typeKey})
       ORDER BY e.id, prefix DESC, length(a.name)`
    : Prisma.sql`
      SELECT e.id, e."canonicalName" AS name, e.description, e.version, t.key AS "typeKey", t.color, e."canonicalName" AS "matchedAlias", TRUE AS prefix
        FROM entities e JOIN entity_types t ON t.id = e."typeId"
       WHERE e."deletedAt" IS NULL AND e."mergedIntoId" IS NULL AND (${typeKey}::text IS NULL OR t.key = ${typeKey})`;
  // The counts are computed for the page only, after it is cut.
  const rows = await plainSql(db).query<EntityRow & { total: number }>(Prisma.sql`
    SELECT p.id, p.name, p.description, p.version, p."typeKey", p.color, p."matchedAlias", p.total,
           (SELECT count(*)::int FROM entity_aliases x WHERE x."entityId" = p.id AND x."deletedAt" IS NULL) AS "aliasCount",
           (SELECT count(*)::int FROM ${mentionsOf(Prisma.sql`p.id`)}) AS "mentionCount"
      FROM (SELECT m.*, count(*) OVER ()::int AS total FROM (${matches}) m
             ORDER BY m.prefix DESC, m.name, m.id LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}) p
     ORDER BY p.prefix DESC, p.name, p.id`);
  return { items: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0, page, pageSize };
}
