// What surrounds an entity in the corpus: the entities mentioned in the same articles (with the number
// of articles they share) and a timeline of its mentions by the articles' publication dates, at their
// precision: an article dated only "2024" counts in 2024, not in January.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { entityParam, mentionsOf } from "@/lib/entities/mention-sql";
import { Prisma } from "@/lib/generated/prisma/client";

const CO_MENTIONS = 20;

export type CoMention = { id: string; name: string; typeKey: string; color: string; articles: number };
// month is null for the articles dated to the year only; year is null for undated articles.
export type TimelineBucket = { year: number | null; month: number | null; mentions: number; articles: number };
export type EntityContext = { coMentions: CoMention[]; timeline: TimelineBucket[] };

export async function getEntityContext(actor: CurrentUser, entityId: string): Promise<EntityContext> {
  assertCan(actor, "entity.read");
  const sql = plainSql(db);
  const mentions = mentionsOf(entityParam(entityId));
  // The articles' entity lists are kept by the annotation triggers with the same idea of a mention.
  const [coMentions, timeline] = await Promise.all([
    sql.query<CoMention>(Prisma.sql`
      SELECT e.id, e."canonicalName" AS name, t.key AS "typeKey", t.color, count(*)::int AS articles
        FROM (SELECT DISTINCT an."articleId" FROM ${mentions}) mine
        JOIN articles ar ON ar.id = mine."articleId"
        CROSS JOIN LATERAL unnest(ar."entityIds") other(id)
        JOIN entities e ON e.id = other.id AND e."deletedAt" IS NULL
        JOIN entity_types t ON t.id = e."typeId"
       WHERE other.id <> ${entityId}::uuid
       GROUP BY e.id, t.key, t.color
       ORDER BY articles DESC, name
       LIMIT ${CO_MENTIONS}`),
    sql.query<TimelineBucket>(Prisma.sql`
      SELECT extract(year FROM ar."publishedOn")::int AS year,
             CASE WHEN ar."publishedPrecision" = 'YEAR' THEN NULL ELSE extract(month FROM ar."publishedOn")::int END AS month,
             count(*)::int AS mentions, count(DISTINCT ar.id)::int AS articles
        FROM ${mentions}
       GROUP BY 1, 2
       ORDER BY 1 NULLS LAST, 2 NULLS FIRST`),
  ]);
  return { coMentions, timeline };
}
