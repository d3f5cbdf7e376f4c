// The demo entity register (prisma/demo/register.json): read and checked, for the demo seed and for
// the suggestion quality test, which measures suggestions with and without it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
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
