// Importing one document: everything saved in one transaction, originals kept byte for byte, exact
// duplicates refused even when two imports race, near-copies linked, dates given or proposed.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { importArticle, type ImportDocument } from "@/lib/ingest/import-article";
import { pastedDocument } from "@/lib/ingest/pasted-document";
import { actorOf, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let editor: CurrentUser;
let esper: string;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  esper = await readFile(path.join(process.cwd(), "prisma/demo/articles/004_326b10c8a0079c95.txt"), "utf8");
});

// A unique article body, long enough for the near-duplicate fingerprint to mean something.
function uniqueText(): string {
  const tag = randomUUID();
  return [
    `La coopération sécuritaire entre Rabat et Paris (${tag}) a franchi une nouvelle étape avec la visite du directeur de la police.`,
    `Les deux délégations ont évoqué la lutte contre le terrorisme, le renseignement et la formation des cadres ${tag.slice(0, 8)}.`,
    "Selon un communiqué publié à l'issue de la réunion, un accord portant sur les échanges de données a été signé par les ministres.",
    "Les observateurs soulignent que ce rapprochement intervient après plusieurs années de tensions diplomatiques entre les deux pays.",
  ].join("\n\n");
}

const paste = (text: string, extra: Partial<ImportDocument> = {}): ImportDocument => ({ ...pastedDocument({ text }), ...extra });

describe("importArticle", () => {
  it("saves the original bytes, the raw and cleaned revisions, the fingerprint and an audit entry", async () => {
    const text = ` date 2023-03 ${uniqueText()}\n\nPublicité\n`;
    const outcome = await importArticle(editor, paste(text, { filename: "note.txt" }));
    expect(outcome.status).toBe("created");
    if (outcome.status !== "created") return;

    const article = await db.article.findUniqueOrThrow({
      where: { id: outcome.id },
      include: { uploads: true, revisions: { orderBy: { number: "asc" } }, fingerprint: true, currentRevision: true },
    });
    expect(Buffer.from(article.uploads[0]?.bytes ?? []).toString("utf8")).toBe(text);
    expect(article.uploads[0]?.size).toBe(Buffer.byteLength(text));
    expect(article.revisions.map((revision) => revision.kind)).toEqual(["RAW", "CLEANED"]);
    expect(article.revisions[0]?.text).toBe(text);
    expect(article.currentRevision?.kind).toBe("CLEANED");
    expect(article.currentRevision?.text).not.toContain("Publicité");
    expect(article.currentRevision?.text.startsWith("La coopération")).toBe(true);
    expect(article.publishedOn?.toISOString().slice(0, 10)).toBe("2023-03-01");
    expect(article.publishedPrecision).toBe("MONTH");
    expect(article.language).toBe("fr");
    expect(article.fingerprint?.signature).toHaveLength(128);
    expect(article.fingerprint?.bands).toHaveLength(16);
    expect(await db.auditLog.count({ where: { action: "article.import", targetId: outcome.id, actorId: editor.id } })).toBe(1);
  });

  it("reports an exact duplicate (same text up to case, accents and spacing) instead of importing it twice", async () => {
    const text = uniqueText();
    const first = await importArticle(editor, paste(text));
    const again = await importArticle(editor, paste(`  ${text.toUpperCase().replaceAll(" ", "   ")}  `));
    expect(first.status).toBe("created");
    expect(again).toEqual({ status: "duplicate", duplicateOf: first.status === "created" ? first.id : "" });
  });

  it("creates one article when the same text is imported by several requests at once", async () => {
    const text = uniqueText();
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => importArticle(editor, paste(text))));
    expect(outcomes.filter((outcome) => outcome.status === "created")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "duplicate")).toHaveLength(3);
  });

  it("links a near-copy to its original with the similarity", async () => {
    const original = await importArticle(editor, paste(esper.replace("Esper", `Esper ${randomUUID()}`)));
    const sentences = esper.split(". ");
    const copyText = [...sentences.slice(0, 5), "Une dépêche reprise par plusieurs titres de la presse régionale", ...sentences.slice(6)].join(". ");
    const copy = await importArticle(editor, paste(copyText));
    expect(original.status).toBe("created");
    expect(copy.status).toBe("created");
    if (copy.status !== "created" || original.status !== "created") return;
    expect(copy.copyOf?.similarity).toBeGreaterThan(0.7);
    const stored = await db.article.findUniqueOrThrow({ where: { id: copy.id }, select: { copyOfId: true, copySimilarity: true } });
    expect(stored.copySimilarity).toBe(copy.copyOf?.similarity);
    // The seed itself is in the demo data: the copy links to whichever original it resembles most.
    expect(stored.copyOfId).not.toBeNull();
  });

  it("proposes a date found in the text when the source gives none, without setting it", async () => {
    const outcome = await importArticle(editor, paste(`${uniqueText()}\n\nLa réunion s'est tenue le 2 décembre 2024 à Rabat.`));
    if (outcome.status !== "created") throw new Error("expected a new article");
    const article = await db.article.findUniqueOrThrow({ where: { id: outcome.id } });
    expect(article.publishedOn).toBeNull();
    expect(article.proposedPublishedOn?.toISOString().slice(0, 10)).toBe("2024-12-02");
    expect(article.proposedPublishedPrecision).toBe("DAY");
    expect(article.proposedPublishedEvidence).toContain("2 décembre 2024");
  });

  it("keeps the date and outlet the source states", async () => {
    const outcome = await importArticle(editor, paste(uniqueText(), { published: "2024", source: `Le Test ${randomUUID().slice(0, 6)}` }));
    if (outcome.status !== "created") throw new Error("expected a new article");
    const article = await db.article.findUniqueOrThrow({ where: { id: outcome.id }, include: { source: true } });
    expect(article.publishedPrecision).toBe("YEAR");
    expect(article.proposedPublishedOn).toBeNull();
    expect(article.source?.name).toMatch(/^Le Test/);
  });

  it("saves nothing of an article whose transaction fails part-way", async () => {
    const title = `Half article ${randomUUID()}`;
    // PostgreSQL refuses NUL in text: the upload row fails after the article row was inserted.
    await expect(importArticle(editor, paste(uniqueText(), { title, filename: "bad\u0000name.txt" }))).rejects.toThrow();
    expect(await db.article.count({ where: { title } })).toBe(0);
  });

  it("refuses analysts and readers", async () => {
    for (const role of ["ANALYST", "READER"] as const) {
      await expectAppError(importArticle(actorOf(await createTestUser(role)), paste(uniqueText())), "FORBIDDEN");
    }
  });

  it("refuses a text that is nothing but page furniture", async () => {
    await expectAppError(importArticle(editor, paste("Publicité\n\nLire aussi\n\n")), "INVALID");
  });
});
