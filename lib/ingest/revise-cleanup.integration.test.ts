// Undoing a clean-up step makes a new revision with the raw text back at that spot; it can be applied
// again; stale versions and hand-corrected texts are refused. Metadata edits settle proposed dates.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { updateArticle } from "@/lib/articles/update-article";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readCleanupReport } from "@/lib/ingest/cleanup-report";
import { importArticle } from "@/lib/ingest/import-article";
import { pastedDocument } from "@/lib/ingest/pasted-document";
import { reviseCleanup } from "@/lib/ingest/revise-cleanup";
import { actorOf, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let editor: CurrentUser;
let articleId: string;

async function current() {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { currentRevision: true } });
  return { article, text: article.currentRevision?.text ?? "", report: readCleanupReport(article.currentRevision?.report) };
}

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  const esper = await readFile(path.join(process.cwd(), "prisma/demo/articles/004_326b10c8a0079c95.txt"), "utf8");
  // A distinct first paragraph keeps it from being an exact duplicate of the demo article.
  const outcome = await importArticle(editor, pastedDocument({ text: `Cette dépêche (${randomUUID()}) reprend un article de la presse tunisienne.\n\n${esper}` }));
  if (outcome.status !== "created") throw new Error("expected a new article");
  articleId = outcome.id;
});

describe("reviseCleanup", () => {
  it("restores one removed paragraph in a new revision, and removes it again on request", async () => {
    const before = await current();
    const repeated = before.report?.changes.filter((change) => change.rule === "repeated-paragraph") ?? [];
    expect(repeated).toHaveLength(17);
    const target = repeated[3];
    if (!target) throw new Error("expected repeated paragraphs");
    const paragraph = target.before.trim();
    expect(before.text.split(paragraph)).toHaveLength(2);

    const restored = await reviseCleanup(editor, articleId, { version: before.article.version, kept: [target.id] });
    const after = await current();
    expect(after.article.version).toBe(restored.version);
    expect(after.text.split(paragraph)).toHaveLength(3);
    expect(after.report?.changes).toHaveLength((before.report?.changes.length ?? 0) - 1);
    expect(after.report?.restored.map((change) => change.id)).toEqual([target.id]);
    expect(after.article.currentRevisionId).not.toBe(before.article.currentRevisionId);
    const revisions = await db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "asc" }, select: { kind: true } });
    expect(revisions.map((revision) => revision.kind)).toEqual(["RAW", "CLEANED", "CLEANED"]);

    await reviseCleanup(editor, articleId, { version: restored.version, kept: [] });
    const reapplied = await current();
    expect(reapplied.text).toBe(before.text);
    expect(reapplied.report?.restored).toEqual([]);
  });

  it("refuses a stale version and analysts", async () => {
    const { article } = await current();
    await expectAppError(reviseCleanup(editor, articleId, { version: article.version - 1, kept: [] }), "CONFLICT");
    await expectAppError(reviseCleanup(actorOf(await createTestUser("ANALYST")), articleId, { version: article.version, kept: [] }), "FORBIDDEN");
  });
});

describe("updateArticle", () => {
  it("sets the date with the precision its form states and clears the proposal", async () => {
    const { article } = await current();
    await db.article.update({ where: { id: articleId }, data: { proposedPublishedOn: new Date("2020-10-01"), proposedPublishedPrecision: "MONTH" } });
    const saved = await updateArticle(editor, articleId, { version: article.version, published: "2020-10", title: "Mark Esper au Maghreb" });
    const updated = await db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(updated.version).toBe(saved.version);
    expect(updated.title).toBe("Mark Esper au Maghreb");
    expect(updated.publishedOn?.toISOString().slice(0, 10)).toBe("2020-10-01");
    expect(updated.publishedPrecision).toBe("MONTH");
    expect(updated.proposedPublishedOn).toBeNull();
    await expectAppError(updateArticle(editor, articleId, { version: article.version, title: "Stale" }), "CONFLICT");
    await expectAppError(updateArticle(editor, articleId, { version: saved.version, published: "2020-02-30" }), "INVALID");
  });
});
