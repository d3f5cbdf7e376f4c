// Batches: every item gets a result (created, duplicate or failed with its reason), the progress
// counts them all, a failure does not stop the others, and only the author (or an admin) follows it;
// an interrupted batch is completed with the same files.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getImportBatch, listInterruptedImports, resumeImportBatch, runImportBatch, startImportBatch } from "@/lib/ingest/import-batch";
import { importBatchEntry, type BatchEntry } from "@/lib/ingest/import-batch-entry";
import { pastedDocument } from "@/lib/ingest/pasted-document";
import { actorOf, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let editor: CurrentUser;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
});

const article = (label: string): Extract<BatchEntry, { ok: true }> => ({
  ok: true,
  ...pastedDocument({
    text: `${label} ${randomUUID()} : la coopération militaire entre le Maroc et les États-Unis s'est renforcée lors de l'exercice African Lion.\n\nLes forces armées royales ont accueilli plusieurs milliers de soldats pour des manœuvres conjointes dans le sud du pays.`,
  }),
  filename: `${label}.txt`,
});

describe("import batches", () => {
  it("records each item's outcome in order and finishes with done = total", async () => {
    const first = article("first");
    const entries: BatchEntry[] = [first, { ok: false, filename: "empty.txt", reason: "The file is empty." }, { ...first, filename: "first-again.txt" }, article("second")];
    const batch = await startImportBatch(editor, entries.length);
    await runImportBatch(editor, batch.id, entries);

    const view = await getImportBatch(editor, batch.id);
    expect(view.status).toBe("DONE");
    expect(view.done).toBe(4);
    expect(view.total).toBe(4);
    expect(view.items.map((item) => [item.filename, item.status])).toEqual([
      ["first.txt", "CREATED"],
      ["empty.txt", "FAILED"],
      ["first-again.txt", "DUPLICATE"],
      ["second.txt", "CREATED"],
    ]);
    expect(view.items[1]?.reason).toBe("The file is empty.");
    expect(view.items[2]?.duplicateOf?.id).toBe(view.items[0]?.article?.id);
  });

  it("turns an item's error into its reason and goes on with the next", async () => {
    const entries: BatchEntry[] = [{ ...article("furniture"), text: "Publicité\n\nEn savoir plus" }, article("fine")];
    const batch = await startImportBatch(editor, entries.length);
    await runImportBatch(editor, batch.id, entries);
    const view = await getImportBatch(editor, batch.id);
    expect(view.items.map((item) => item.status)).toEqual(["FAILED", "CREATED"]);
    expect(view.items[0]?.reason).toMatch(/No text was left/);
  });

  it("is visible to its author and admins only", async () => {
    const batch = await startImportBatch(editor, 0);
    await expectAppError(getImportBatch(actorOf(await createTestUser("EDITOR")), batch.id), "NOT_FOUND");
    expect((await getImportBatch(actorOf(await createTestUser("ADMIN")), batch.id)).id).toBe(batch.id);
    await expectAppError(startImportBatch(actorOf(await createTestUser("ANALYST")), 1), "FORBIDDEN");
  });

  it("shows a batch whose process died as interrupted, and the same files again complete it without importing twice", async () => {
    const entries = [article("one"), article("two"), article("three")];
    const batch = await startImportBatch(editor, entries.length);
    // The first item saved, then the server died: its runner no longer exists on this host.
    await importBatchEntry(db, entries[0] as BatchEntry, { batchId: batch.id, position: 0 }, editor.id, undefined, {});
    await db.importBatch.update({ where: { id: batch.id }, data: { runner: `${hostname()}:4194305` } });
    expect((await getImportBatch(editor, batch.id)).status).toBe("INTERRUPTED");
    expect((await listInterruptedImports(editor)).map((item) => item.id)).toContain(batch.id);

    await expectAppError(resumeImportBatch(editor, batch.id, entries.slice(0, 2)), "INVALID");
    await expectAppError(resumeImportBatch(editor, batch.id, [article("other"), ...entries.slice(1)]), "INVALID");
    await expectAppError(resumeImportBatch(actorOf(await createTestUser("EDITOR")), batch.id, entries), "NOT_FOUND");

    const resumed = await resumeImportBatch(editor, batch.id, entries);
    await expectAppError(resumeImportBatch(editor, batch.id, entries), "CONFLICT");
    await resumed.run();
    const view = await getImportBatch(editor, batch.id);
    expect(view.status).toBe("DONE");
    expect(view.items.map((item) => [item.filename, item.status])).toEqual([
      ["one.txt", "CREATED"],
      ["two.txt", "CREATED"],
      ["three.txt", "CREATED"],
    ]);
    expect(await db.article.count({ where: { importBatchId: batch.id } })).toBe(3);
    expect((await listInterruptedImports(editor)).map((item) => item.id)).not.toContain(batch.id);
  });
});

