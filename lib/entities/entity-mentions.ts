// Every mention of an entity across articles, newest article first, with the quoted span and its
// context for a snippet; a page at a time.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { entityParam, mentionsOf } from "@/lib/entities/mention-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorState, AnnotationStatus, DatePrecision } from "@/lib/generated/prisma/enums";

const PAGE_SIZE = 50;

export type EntityMention = {
  id: string;
  version: number;
  quote: string;
  prefix: string;
  suffix: string;
  status: AnnotationStatus;
  anchorState: AnchorState;
  article: { id: string; title: string; publishedOn: string | null; publishedPrecision: DatePrecision | null };
};
export type EntityMentionPage = { items: EntityMention[]; total: number; page: number; pageSize: number };

type Row = Omit<EntityMention, "article"> & { articleId: string; title: string; publishedOn: Date | null; publishedPrecision: DatePrecision | null; total: number };

export async function listEntityMentions(actor: CurrentUser, entityId: string, page: number): Promise<EntityMentionPage> {
  assertCan(actor, "entity.read");
  const rows = await plainSql(db).query<Row>(Prisma.sql`
    SELECT an.id, an.version, an.quote, an.prefix, an.suffix, an.status, an."anchorState", ar.id AS "articleId", ar.title,
           ar."publishedOn", ar."publishedPrecision", count(*) OVER ()::int AS total
      FROM ${mentionsOf(entityParam(entityId))}
     ORDER BY ar."publishedOn" DESC NULLS LAST, ar.title, ar.id, an.start NULLS FIRST, an.id
     LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);
  return {
    items: rows.map(({ articleId, title, publishedOn, publishedPrecision, total: _total, ...mention }) => ({
      ...mention,
      article: { id: articleId, title, publishedOn: publishedOn?.toISOString().slice(0, 10) ?? null, publishedPrecision },
    })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize: PAGE_SIZE,
  };
}
