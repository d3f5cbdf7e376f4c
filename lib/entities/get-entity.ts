// One entity of the register as its page shows it: name, type, description, identifiers in other
// registers, every live name (alias), its number of mentions, and the merges into it that can be
// undone. A merged entity is returned with `mergedIntoId` so callers can send people to the one kept.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { entityParam, mentionsOf } from "@/lib/entities/mention-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { externalIdsSchema } from "@/lib/validations/entity";

const entityFields = {
  id: true,
  canonicalName: true,
  description: true,
  externalIds: true,
  mergedIntoId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  type: { select: { key: true, labelFr: true, labelEn: true, color: true } },
  aliases: { where: { deletedAt: null }, orderBy: [{ kind: "asc" }, { name: "asc" }], select: { id: true, name: true, kind: true, language: true } },
  mergesAsTarget: {
    where: { undoneAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, movedAliasIds: true, movedAnnotationIds: true, source: { select: { id: true, canonicalName: true } }, mergedBy: { select: { name: true } } },
  },
} satisfies Prisma.EntitySelect;

export async function getEntity(actor: CurrentUser, id: string) {
  assertCan(actor, "entity.read");
  const [entity, [counts]] = await Promise.all([
    db.entity.findFirst({ where: { id, deletedAt: null }, select: entityFields }),
    plainSql(db).query<{ mentions: number; articles: number }>(Prisma.sql`SELECT count(*)::int AS mentions, count(DISTINCT ar.id)::int AS articles FROM ${mentionsOf(entityParam(id))}`),
  ]);
  if (!entity) throw notFound("This entity");
  const { mergesAsTarget, externalIds, createdAt, updatedAt, ...rest } = entity;
  return {
    ...rest,
    // Written through the API's schema; anything else (a hand-edited row) shows as no identifiers.
    externalIds: externalIdsSchema.catch({}).parse(externalIds),
    mentionCount: counts?.mentions ?? 0,
    articleCount: counts?.articles ?? 0,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    merges: mergesAsTarget.map(({ movedAliasIds, movedAnnotationIds, createdAt: mergedAt, source, mergedBy, id: mergeId }) => ({
      id: mergeId,
      source: { id: source.id, name: source.canonicalName },
      mergedBy: mergedBy.name,
      mergedAt: mergedAt.toISOString(),
      movedAliases: movedAliasIds.length,
      movedMentions: movedAnnotationIds.length,
    })),
  };
}

export type EntityDetail = Awaited<ReturnType<typeof getEntity>>;
