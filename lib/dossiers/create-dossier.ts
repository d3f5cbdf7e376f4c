// A new dossier: the analyst's draft, with a stable address (slug) made from its title and a first
// section to put items in.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { slugify } from "@/lib/dossiers/slugify";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { createDossierSchema } from "@/lib/validations/dossier";
import type { z } from "zod";

export async function createDossier(actor: CurrentUser, input: z.infer<typeof createDossierSchema>, firstSectionTitle: string): Promise<{ slug: string }> {
  assertCan(actor, "dossier.create");
  return db.$transaction(async (tx) => {
    const slug = await freeSlug(tx, slugify(input.title));
    const dossier = await tx.dossier.create({
      data: { slug, title: input.title, summary: input.summary, ownerId: actor.id, sections: { create: { title: firstSectionTitle, position: 0 } } },
      select: { id: true, slug: true },
    });
    await recordAudit({ actorId: actor.id, action: "dossier.create", targetType: "dossier", targetId: dossier.id, after: { slug, title: input.title } }, tx);
    return { slug: dossier.slug };
  });
}

// The title's slug, or the first of slug-2, slug-3 … not taken (deleted dossiers keep theirs).
async function freeSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set((await tx.dossier.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
