// Demo data: four accounts (password `demo-password`) and the five seed articles in prisma/demo/.
// Only run by the demo seed: `npm run dev` on an empty database, `npm run db:seed`, or SEED_DEMO=1.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db/client";

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
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@demo.local" } });
  const manifest = manifestSchema.parse(JSON.parse(await readFile(path.join(demoDir, "articles.json"), "utf8")));

  for (const entry of manifest) {
    const bytes = await readFile(path.join(demoDir, "articles", entry.file));
    const text = bytes.toString("utf8").normalize("NFC");
    const contentHash = createHash("sha256").update(text).digest("hex");
    if (await db.article.findFirst({ where: { contentHash }, select: { id: true } })) continue;

    await db.$transaction(async (tx) => {
      const source = entry.source
        ? await tx.source.upsert({ where: { name: entry.source }, update: {}, create: { name: entry.source, language: entry.language } })
        : null;
      const article = await tx.article.create({
        data: {
          title: entry.title,
          sourceId: source?.id ?? null,
          language: entry.language,
          publishedOn: new Date(`${entry.publishedOn}T00:00:00Z`),
          publishedPrecision: entry.precision,
          contentHash,
          createdById: editor.id,
          uploads: {
            create: {
              filename: entry.file,
              mediaType: "text/plain; charset=utf-8",
              bytes,
              size: bytes.length,
              sha256: createHash("sha256").update(bytes).digest("hex"),
            },
          },
        },
      });
      const revision = await tx.articleRevision.create({
        data: { articleId: article.id, number: 1, kind: "RAW", text, createdById: editor.id },
      });
      await tx.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id } });
    });
  }
}
