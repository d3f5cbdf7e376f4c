// The trash against PostgreSQL: deleting and restoring articles, entities and dossiers (rights,
// ownership, stale versions), what a deletion hides, what a restore brings back, and the purge after
// 30 days (only what is due, dry run, snapshots and drafts that cited a purged article still readable).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { readAnnotationViews } from "@/lib/annotations/read-annotation-views";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { getArticle } from "@/lib/articles/get-article";
import { searchArticles } from "@/lib/articles/search-articles";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createDossier } from "@/lib/dossiers/create-dossier";
import { addItem } from "@/lib/dossiers/dossier-items";
import { runWorkflow } from "@/lib/dossiers/dossier-workflow";
import { getDossierDraft } from "@/lib/dossiers/get-dossier-draft";
import { listWorkingDossiers } from "@/lib/dossiers/list-working-dossiers";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { listEntityMentions } from "@/lib/entities/entity-mentions";
import { importTrustedDocument } from "@/lib/ingest/import-article";
import { getEntity } from "@/lib/entities/get-entity";
import { searchEntities } from "@/lib/entities/search-entities";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { deleteArticle, restoreArticle } from "@/lib/trash/article-trash";
import { deleteDossier, restoreDossier } from "@/lib/trash/dossier-trash";
import { deleteEntity, restoreEntity } from "@/lib/trash/entity-trash";
import { listTrash } from "@/lib/trash/list-trash";
import { purgeTrash } from "@/lib/trash/purge-trash";
import { TRASH_RETENTION_DAYS } from "@/lib/trash/retention";
import { createAnnotationSchema, type CreateAnnotationInput } from "@/lib/validations/annotation";
import { listArticlesQuerySchema } from "@/lib/validations/article";

let editor: CurrentUser;
let analyst: CurrentUser;
let otherAnalyst: CurrentUser;
let reader: CurrentUser;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  analyst = actorOf(await createTestUser("ANALYST"));
  otherAnalyst = actorOf(await createTestUser("ANALYST", "other"));
  reader = actorOf(await createTestUser("READER"));
});

const DAY_MS = 24 * 60 * 60 * 1000;
const word = () => `zq${randomUUID().replaceAll("-", "").slice(0, 10).replace(/[0-9]/g, "x")}`;

/** An article naming a new person (an accepted mention) and a date, findable by its own word. */
async function annotatedArticle() {
  const marker = word();
  const person = `Karim ${word().slice(0, 6).replace(/^./, (c) => c.toUpperCase())}`;
  const text = `${person} a rencontré ses homologues à Rabat le 5 mars 2023 (${marker}).`;
  const article = await createTestArticle(`Article ${marker}`, [text]);
  const span = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });
  const annotate = async (input: unknown) => (await createAnnotation(editor, article.id, createAnnotationSchema.parse(input) as CreateAnnotationInput))[0]!;
  const mention = await annotate({ kind: "ENTITY", ...span(person), newEntity: { name: person, typeKey: "PERSON" } });
  await updateAnnotation(editor, mention.id, { version: mention.version, status: "ACCEPTED" });
  await annotate({ kind: "DATE", ...span("5 mars 2023"), date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" } });
  return { ...article, marker, person, entityId: mention.entity!.id, mentionId: mention.id, revisionId: article.revisionIds[0]! };
}

const versionOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const entityVersion = async (id: string) => (await db.entity.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const search = (actor: CurrentUser, q: string) => searchArticles(actor, listArticlesQuerySchema.parse({ q }));

describe("deleting and restoring an article", () => {
  it("hides it from its page, search and entity mentions; the trash lists it; a restore brings it back with its annotations", async () => {
    const article = await annotatedArticle();
    const annotationsBefore = await readAnnotationViews(article.id, article.revisionId);
    expect(annotationsBefore).toHaveLength(2);
    expect((await search(editor, article.marker)).items.map((item) => item.id)).toEqual([article.id]);

    const { version } = await deleteArticle(editor, article.id, await versionOf(article.id));

    await expectAppError(getArticle(editor, article.id), "NOT_FOUND");
    expect((await search(editor, article.marker)).total).toBe(0);
    expect((await listEntityMentions(editor, article.entityId, 1)).total).toBe(0);
    const row = (await listTrash(editor, "article")).find((item) => item.id === article.id);
    expect(row).toMatchObject({ kind: "article", label: `Article ${article.marker}`, version, deletedBy: editor.name });
    expect(row!.purgeOn.getTime() - row!.deletedAt.getTime()).toBe(TRASH_RETENTION_DAYS * DAY_MS);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.delete", targetId: article.id } });
    expect(audit).toMatchObject({ actorId: editor.id, before: { deletedAt: null }, after: { deletedAt: row!.deletedAt.toISOString() } });

    await restoreArticle(editor, article.id, version);

    expect((await getArticle(editor, article.id)).id).toBe(article.id);
    expect(await readAnnotationViews(article.id, article.revisionId)).toEqual(annotationsBefore);
    expect((await search(editor, article.marker)).items.map((item) => item.id)).toEqual([article.id]);
    expect((await listEntityMentions(editor, article.entityId, 1)).total).toBe(1);
    expect((await listTrash(editor)).some((item) => item.id === article.id)).toBe(false);
  });

  it("is not restored while the same text, imported again meanwhile, is live (409 naming the copy)", async () => {
    const text = `Un texte importé deux fois ${word()}.`;
    const document = { filename: "deux-fois.txt", mediaType: "text/plain", bytes: new TextEncoder().encode(text), text, language: "fr" };
    const first = await importTrustedDocument(db, { ...document, title: "Première importation" }, editor.id);
    if (first.status !== "created") throw new Error("not imported");
    const { version } = await deleteArticle(editor, first.id, await versionOf(first.id));
    const second = await importTrustedDocument(db, { ...document, title: "Seconde importation" }, editor.id);
    expect(second.status).toBe("created");
    const error = await expectAppError(restoreArticle(editor, first.id, version), "CONFLICT");
    expect(error.message).toContain("Seconde importation");
    if (second.status === "created") await deleteArticle(editor, second.id, await versionOf(second.id));
    await restoreArticle(editor, first.id, version);
    expect((await getArticle(editor, first.id)).title).toBe("Première importation");
  });

  it("is refused to analysts and readers, and on a stale version (409)", async () => {
    const { id } = await createTestArticle(`Article ${word()}`, ["Un texte."]);
    await expectAppError(deleteArticle(analyst, id, 1), "FORBIDDEN");
    await expectAppError(deleteArticle(reader, id, 1), "FORBIDDEN");
    const current = await versionOf(id);
    await expectAppError(deleteArticle(editor, id, current + 1), "CONFLICT");
    const { version } = await deleteArticle(editor, id, current);
    await expectAppError(deleteArticle(editor, id, version), "NOT_FOUND");
    await expectAppError(restoreArticle(analyst, id, version), "FORBIDDEN");
    await expectAppError(restoreArticle(editor, id, version - 1), "CONFLICT");
    expect((await listTrash(analyst)).some((item) => item.kind === "article")).toBe(false);
  });

  it("leaves a draft citing it unpublishable, the citation shown as unavailable, until it is restored", async () => {
    const article = await annotatedArticle();
    const { slug } = await createDossier(analyst, { title: `Dossier ${word()}`, summary: "" }, "Contexte");
    const draft = await getDossierDraft(analyst, slug);
    const { version } = await addItem(analyst, slug, draft.dossier.version, draft.sections[0]!.id, { kind: "ARTICLE", articleId: article.id });
    const deleted = await deleteArticle(editor, article.id, await versionOf(article.id));

    const withDeleted = await getDossierDraft(analyst, slug);
    expect(withDeleted.sections[0]!.items[0]!.problem).toMatch(/deleted/);
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version });
    const refused = await expectAppError(runWorkflow(editor, slug, { action: "publish", version: submitted.version }), "INVALID");
    expect(refused.message).toMatch(/source article was deleted/);

    await restoreArticle(editor, article.id, deleted.version);
    expect((await getDossierDraft(analyst, slug)).problems).toEqual([]);
  });
});

describe("deleting and restoring an entity", () => {
  it("is refused while an article mentions it, then hides it from the register and brings back its names", async () => {
    const article = await annotatedArticle();
    await expectAppError(deleteEntity(editor, article.entityId, await entityVersion(article.entityId)), "INVALID");

    const mention = await db.annotation.findUniqueOrThrow({ where: { id: article.mentionId }, select: { version: true } });
    await deleteAnnotation(editor, article.mentionId, mention.version);
    const before = await getEntity(editor, article.entityId);
    await expectAppError(deleteEntity(reader, article.entityId, before.version), "FORBIDDEN");
    await expectAppError(deleteEntity(analyst, article.entityId, before.version + 1), "CONFLICT");
    const { version } = await deleteEntity(analyst, article.entityId, before.version);

    await expectAppError(getEntity(editor, article.entityId), "NOT_FOUND");
    expect((await searchEntities(editor, article.person)).some((match) => match.id === article.entityId)).toBe(false);
    expect((await listTrash(analyst, "entity")).find((item) => item.id === article.entityId)).toMatchObject({ label: article.person, deletedBy: analyst.name });

    await restoreEntity(editor, article.entityId, version);
    const after = await getEntity(editor, article.entityId);
    expect(after.aliases).toEqual(before.aliases);
    expect((await searchEntities(editor, article.person)).some((match) => match.id === article.entityId)).toBe(true);
  });
});

describe("deleting and restoring a dossier", () => {
  it("lets an analyst delete and restore their own draft, never another analyst's; editors see it in their trash", async () => {
    const { slug } = await createDossier(analyst, { title: `Dossier ${word()}`, summary: "" }, "Contexte");
    const draft = await getDossierDraft(analyst, slug);
    await expectAppError(deleteDossier(otherAnalyst, slug, draft.dossier.version), "NOT_FOUND");
    await expectAppError(deleteDossier(analyst, slug, draft.dossier.version + 1), "CONFLICT");
    const { version } = await deleteDossier(analyst, slug, draft.dossier.version);

    expect((await listWorkingDossiers(analyst)).some((dossier) => dossier.slug === slug)).toBe(false);
    await expectAppError(getDossierDraft(analyst, slug), "NOT_FOUND");
    expect((await listTrash(otherAnalyst, "dossier")).some((item) => item.ref === slug)).toBe(false);
    expect((await listTrash(editor, "dossier")).some((item) => item.ref === slug)).toBe(true);
    await expectAppError(restoreDossier(otherAnalyst, slug, version), "NOT_FOUND");

    await restoreDossier(analyst, slug, version);
    const restored = await getDossierDraft(analyst, slug);
    expect(restored.sections.map((section) => section.title)).toEqual(draft.sections.map((section) => section.title));
  });

  it("refuses to delete a dossier readers can read until an editor unpublishes it", async () => {
    const article = await annotatedArticle();
    const { slug } = await createDossier(analyst, { title: `Dossier ${word()}`, summary: "" }, "Contexte");
    const draft = await getDossierDraft(analyst, slug);
    const added = await addItem(analyst, slug, draft.dossier.version, draft.sections[0]!.id, { kind: "ARTICLE", articleId: article.id });
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version: added.version });
    await expectAppError(deleteDossier(analyst, slug, submitted.version), "INVALID");
    const published = await runWorkflow(editor, slug, { action: "publish", version: submitted.version });
    await expectAppError(deleteDossier(editor, slug, published.version), "INVALID");
    const unpublished = await runWorkflow(editor, slug, { action: "unpublish", version: published.version });
    await deleteDossier(analyst, slug, unpublished.version);
    await expectAppError(getPublishedDossier(reader, slug), "NOT_FOUND");
  });
});

describe("purging the trash", () => {
  const backdate = (table: "article" | "entity" | "dossier", id: string, days: number) =>
    db.$executeRawUnsafe(`UPDATE ${table === "entity" ? "entities" : `${table}s`} SET "deletedAt" = now() - make_interval(days => ${days}) WHERE id = $1::uuid`, id);

  it("removes only what was deleted more than 30 days ago; published snapshots and drafts citing a purged article stay readable", async () => {
    const old = await annotatedArticle();
    const recent = await createTestArticle(`Article ${word()}`, ["Récent."]);
    // A published dossier and a draft, both citing the article purged below.
    const { slug } = await createDossier(analyst, { title: `Dossier ${word()}`, summary: "" }, "Contexte");
    const draft = await getDossierDraft(analyst, slug);
    const added = await addItem(analyst, slug, draft.dossier.version, draft.sections[0]!.id, { kind: "EXCERPT", articleId: old.id, revisionId: old.revisionId, start: 0, end: old.person.length, quote: old.person });
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version: added.version });
    await runWorkflow(editor, slug, { action: "publish", version: submitted.version });
    const snapshotBefore = await getPublishedDossier(reader, slug);

    await deleteArticle(editor, old.id, await versionOf(old.id));
    await deleteArticle(editor, recent.id, await versionOf(recent.id));
    await backdate("article", old.id, TRASH_RETENTION_DAYS + 1);
    await backdate("article", recent.id, TRASH_RETENTION_DAYS - 1);

    const dryRun = await purgeTrash(db, { dryRun: true });
    expect(dryRun.purged.map((item) => item.id)).toContain(old.id);
    expect(dryRun.purged.map((item) => item.id)).not.toContain(recent.id);
    expect(await db.article.count({ where: { id: old.id } })).toBe(1);

    const report = await purgeTrash(db);
    expect(report.purged.map((item) => item.id)).toContain(old.id);
    expect(await db.article.count({ where: { id: old.id } })).toBe(0);
    expect(await db.annotation.count({ where: { articleId: old.id } })).toBe(0);
    expect(await db.articleRevision.count({ where: { articleId: old.id } })).toBe(0);
    expect(await db.article.count({ where: { id: recent.id } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { action: "article.purge", targetId: old.id } })).toMatchObject({ actorId: null, before: { title: `Article ${old.marker}` } });
    // The audit entries about the purged article are all still there.
    expect(await db.auditLog.count({ where: { action: "article.delete", targetId: old.id } })).toBe(1);

    expect((await getPublishedDossier(reader, slug)).snapshot).toEqual(snapshotBefore.snapshot);
    const after = await getDossierDraft(analyst, slug);
    expect(after.sections[0]!.items[0]!.problem).toMatch(/deleted/);
  });

  it("purges a deleted entity, and a deleted dossier with its sections", async () => {
    const entity = await db.entity.create({ data: { canonicalName: `Entité ${word()}`, type: { connect: { key: "ORG" } } }, select: { id: true, version: true } });
    await deleteEntity(editor, entity.id, entity.version);
    const { slug } = await createDossier(analyst, { title: `Dossier ${word()}`, summary: "" }, "Contexte");
    const dossier = await db.dossier.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
    await deleteDossier(analyst, slug, dossier.version);
    await backdate("entity", entity.id, TRASH_RETENTION_DAYS + 2);
    await backdate("dossier", dossier.id, TRASH_RETENTION_DAYS + 2);

    const report = await purgeTrash(db);
    expect(report.purged.map((item) => item.id)).toEqual(expect.arrayContaining([entity.id, dossier.id]));
    expect(await db.entity.count({ where: { id: entity.id } })).toBe(0);
    expect(await db.dossier.count({ where: { id: dossier.id } })).toBe(0);
    expect(await db.dossierSection.count({ where: { dossierId: dossier.id } })).toBe(0);
  });
});
