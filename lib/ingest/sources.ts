// Outlets are found or created by name while importing. ON CONFLICT DO NOTHING rather than an upsert:
// it neither fails when two imports create the same outlet nor locks the existing row, so imports
// from the same outlet do not queue behind each other.
import type { Prisma } from "@/lib/generated/prisma/client";

export async function findOrCreateSource(tx: Prisma.TransactionClient, name: string | undefined, language: string | undefined): Promise<string | null> {
  const trimmed = name?.trim().slice(0, 200);
  if (!trimmed) return null;
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO sources (name, language, "updatedAt") VALUES (${trimmed}, ${language ?? null}, now())
    ON CONFLICT (name) DO NOTHING
    RETURNING id`;
  if (created) return created.id;
  const existing = await tx.source.findUniqueOrThrow({ where: { name: trimmed }, select: { id: true } });
  return existing.id;
}
