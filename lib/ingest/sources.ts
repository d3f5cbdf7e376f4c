// Outlets are found or created by name while importing. ON CONFLICT DO NOTHING rather than an upsert:
// it neither fails when two imports create the same outlet nor locks the existing row, so imports
// from the same outlet do not queue behind each other.
import type { SqlClient } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";

export async function findOrCreateSource(sql: SqlClient, name: string | undefined, language: string | undefined): Promise<string | null> {
  const trimmed = name?.trim().slice(0, 200);
  if (!trimmed) return null;
  // One round trip in the usual cases (new outlet, known outlet); the fallback covers an outlet that
  // another import created after this statement's snapshot was taken.
  const [found] = await sql.query<{ id: string }>(Prisma.sql`
    WITH created AS (
      INSERT INTO sources (name, language, "updatedAt") VALUES (${trimmed}, ${language ?? null}, now())
      ON CONFLICT (name) DO NOTHING
      RETURNING id
    )
    SELECT id FROM created UNION ALL SELECT id FROM sources WHERE name = ${trimmed} LIMIT 1`);
  if (found) return found.id;
  const [existing] = await sql.query<{ id: string }>(Prisma.sql`SELECT id FROM sources WHERE name = ${trimmed}`);
  if (!existing) throw new Error(`The source ${trimmed} was neither created nor found.`);
  return existing.id;
}
