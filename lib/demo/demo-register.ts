// The demo entity register (prisma/demo/register.json): read and checked, seeded before the demo
// articles, and used by the suggestion quality test, which measures suggestions with and without it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { normalizeName } from "@/lib/entities/normalize-name";
import type { AliasKind } from "@/lib/generated/prisma/enums";
import type { AliasEntry } from "@/lib/suggestions/alias-index";

const registerSchema = z.object({
  entities: z.array(
    z.object({
      type: z.enum(["PERSON", "ORG", "LOCATION"]),
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).default([]),
      description: z.string().optional(),
    }),
  ),
});

export type DemoEntity = z.infer<typeof registerSchema>["entities"][number];

export function readDemoRegister(): DemoEntity[] {
  const file = path.join(process.cwd(), "prisma", "demo", "register.json");
  return registerSchema.parse(JSON.parse(readFileSync(file, "utf8"))).entities;
}

/** The demo register as alias entries, each entity under a stand-in id, for tests without a database. */
export function demoRegisterEntries(): AliasEntry[] {
  return readDemoRegister().flatMap((entity, index) =>
    [entity.name, ...entity.aliases].map((alias) => ({ alias, name: entity.name, type: entity.type, entityId: `demo-${index}` })),
  );
}

/** Adds the demo register's entities that are not in the database yet (matched by type and name). */
export async function seedDemoRegister(db: Database): Promise<void> {
  const types = new Map((await db.entityType.findMany({ select: { id: true, key: true } })).map((type) => [type.key, type.id]));
  for (const entity of readDemoRegister()) {
    const typeId = types.get(entity.type);
    if (!typeId) continue;
    const normalized = normalizeName(entity.name);
    const known = await db.entity.findFirst({ where: { typeId, deletedAt: null, aliases: { some: { normalized, deletedAt: null } } }, select: { id: true } });
    if (known) continue;
    const aliases = new Map<string, { name: string; normalized: string; kind: AliasKind }>([[normalized, { name: entity.name, normalized, kind: "CANONICAL" }]]);
    for (const alias of entity.aliases) {
      const key = normalizeName(alias);
      if (!aliases.has(key)) aliases.set(key, { name: alias, normalized: key, kind: /^[\p{Lu}\d-]+$/u.test(alias) ? "ACRONYM" : "VARIANT" });
    }
    await db.entity.create({ data: { typeId, canonicalName: entity.name, description: entity.description ?? null, aliases: { create: [...aliases.values()] } } });
  }
}
