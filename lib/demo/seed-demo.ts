// Demo data: four accounts (password `demo-password`), the demo entity register and the five seed
// articles in prisma/demo/, with their suggestions.
// Only run by the demo seed: `npm run dev` on an empty database, `npm run db:seed`, or SEED_DEMO=1.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";
import { seedDemoRegister } from "@/lib/demo/demo-register";
import { seedDemoDossier } from "@/lib/demo/seed-demo-dossier";
import { importTrustedDocument } from "@/lib/ingest/import-article";

export const DEMO_PASSWORD = "demo-password";
export const demoAccounts = [
  { email: "admin@demo.local", name: "Amina Admin", role: "ADMIN" },
  { email: "editor@demo.local", name: "Élise Éditrice", role: "EDITOR" },
  { email: "analyst@demo.local", name: "Antoine Analyste", role: "ANALYST" },
  { email: "reader@demo.local", name: "Rachid Lecteur", role: "READER" },
] as const;

const manifestSchema = z.array(
  z.object({
    file: z.string(),
    title: z.string(),
    // The seed texts name no outlet: left empty rather than guessed.
    source: z.string().optional(),
    publishedOn: z.string().date(),
    precision: z.enum(["YEAR", "MONTH", "DAY"]),
    language: z.string(),
  }),
);

const demoDir = path.join(process.cwd(), "prisma", "demo");
const dateLength = { YEAR: 4, MONTH: 7, DAY: 10 } as const;

/** Seeds the demo once: does nothing when the database already has users. */
export async function seedDemoIfEmpty(db: Database): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  await seedDemo(db);
  return true;
}

export async function seedDemo(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of demoAccounts) {
    await db.user.upsert({ where: { email: account.email }, update: {}, create: { ...account, passwordHash } });
  }
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.local" }, select: { id: true } });
  // The register first, so the articles' suggestions link to its entities.
  await seedDemoRegister(db);
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(demoDir, "articles.json"), "utf8")));
  // Through the real import pipeline, so the demo shows clean-up reports; the manifest's editorial
  // title and date win over what the text yields. Importing twice reports duplicates: idempotent.
  for (const entry of manifest) {
    const bytes = await readFile(path.join(demoDir, "articles", entry.file));
    await importTrustedDocument(db, {
      filename: entry.file,
      mediaType: "text/plain; charset=utf-8",
      bytes,
      text: bytes.toString("utf8"),
      title: entry.title,
      source: entry.source,
      published: entry.publishedOn.slice(0, dateLength[entry.precision]),
      language: entry.language,
    }, editor.id);
  }
  await seedDemoDossier(db);
}
