// How well each recommender does: of the suggestions people decided, the share they accepted, by kind.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export type RecommenderStats = { recommender: string; kind: "ENTITY" | "DATE" | "THEME"; accepted: number; rejected: number; pending: number; acceptanceRate: number | null };

export async function getRecommenderStats(actor: CurrentUser): Promise<RecommenderStats[]> {
  assertCan(actor, "suggestion.monitor");
  // Evidence spans follow their theme's decision: counted once, through the theme.
  const rows = await plainSql(db).query<Omit<RecommenderStats, "acceptanceRate">>(Prisma.sql`
    SELECT recommender, kind,
           count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
           count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
           count(*) FILTER (WHERE status = 'SUGGESTED')::int AS pending
      FROM annotations
     WHERE origin = 'SUGGESTION' AND "deletedAt" IS NULL AND "supportsId" IS NULL AND recommender IS NOT NULL
     GROUP BY recommender, kind
     ORDER BY recommender, kind`);
  return rows.map((row) => ({ ...row, acceptanceRate: row.accepted + row.rejected > 0 ? row.accepted / (row.accepted + row.rejected) : null }));
}
