// The annotation data layer against PostgreSQL: spans checked against the current text, entities
// created from a selection, dates that exist, themes with their evidence, soft delete and restore,
// version checks (409), review, and re-anchoring when the text is corrected.
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation, restoreAnnotation } from "@/lib/annotations/delete-annotation";
import { getAnnotationWorkspace } from "@/lib/annotations/get-annotation-workspace";
import { listReviewQueue, reviewAnnotations } from "@/lib/annotations/review-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { correctArticleText } from "@/lib/articles/correct-article-text";
import { setArticleStatus } from "@/lib/articles/set-article-status";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { searchEntities } from "@/lib/entities/search-entities";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { createAnnotationSchema, type CreateAnnotationInput } from "@/lib/validations/annotation";

const text = "Le général Régis Colcombet a rencontré ses homologues marocains dimanche 5 mars à Rabat. La coopération militaire se renforce.";
const spanOf = (quote: string, from = 0) => {
  const start = text.indexOf(quote, from);
  return { start, end: start + quote.length, quote };
};

let editor: CurrentUser;
let analyst: CurrentUser;
let reader: CurrentUser;
let militaryThemeId: string;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  analyst = actorOf(await createTestUser("ANALYST"));
  reader = actorOf(await createTestUser("READER"));
  militaryThemeId = (await db.theme.findUniqueOrThrow({ where: { slug: "military-cooperation" } })).id;
});

const create = (actor: CurrentUser, articleId: string, input: unknown) => createAnnotation(actor, articleId, createAnnotationSchema.parse(input) as CreateAnnotationInput);
const countOf = (articleId: string) => db.annotation.count({ where: { articleId } });

describe("creating annotations", () => {
  it("creates a person from the selection, links it, and moves the article to in progress", async () => {
    const article = await createTestArticle("Colcombet à Rabat", [text]);
    const [person] = await create(editor, article.id, { kind: "ENTITY", ...spanOf("Régis Colcombet"), newEntity: { name: "Régis Colcombet", typeKey: "PERSON" } });
    expect(person).toMatchObject({ kind: "ENTITY", status: "SUGGESTED", origin: "MANUAL", quote: "Régis Colcombet", prefix: "Le général ", entity: { name: "Régis Colcombet", typeKey: "PERSON" }, author: { id: editor.id } });
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).status).toBe("IN_PROGRESS");
    // The workspace reads its views in one SQL statement: the same views as the writes return.
    expect((await getAnnotationWorkspace(analyst, article.id)).annotations).toEqual([person]);

    const found = await searchEntities(analyst, "regis colc");
    expect(found.map((entity) => entity.id)).toContain(person?.entity?.id);
    // The same name again gives the same entity, not a twin.
    const [again] = await create(analyst, article.id, { kind: "ENTITY", ...spanOf("Régis Colcombet"), newEntity: { name: "régis  colcombet", typeKey: "PERSON" } });
    expect(again?.entity?.id).toBe(person?.entity?.id);
  });

  it("stores a date with its precision, and refuses a day that does not exist", async () => {
    const article = await createTestArticle("Date", [text]);
    const [date] = await create(editor, article.id, { kind: "DATE", ...spanOf("dimanche 5 mars"), date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" } });
    expect(date?.date).toEqual({ start: "2023-03-05", end: "2023-03-05", precision: "DAY" });
    const error = await expectAppError(create(editor, article.id, { kind: "DATE", ...spanOf("dimanche 5 mars"), date: { start: "2023-02-31", end: "2023-02-31", precision: "DAY" } }), "INVALID");
    expect(error.message).toMatch(/31 February 2023/);
  });

  it("refuses bad spans, unknown records and a stale revision, and changes nothing", async () => {
    const article = await createTestArticle("Bad input", [text]);
    const entity = { kind: "ENTITY", newEntity: { name: "Rabat", typeKey: "LOCATION" } };
    const cases: [unknown, RegExp][] = [
      [{ ...entity, start: 0, end: text.length + 5, quote: "x" }, /ends at \d+ but the text has \d+ characters/],
      [{ ...entity, ...spanOf("Rabat"), quote: "Casablanca" }, /does not match the text .*“Rabat”/],
      [{ kind: "ENTITY", ...spanOf("Rabat"), entityId: "00000000-0000-4000-8000-000000000000" }, /entity does not exist/],
      [{ kind: "THEME", ...spanOf("coopération militaire"), themeId: "00000000-0000-4000-8000-000000000000" }, /theme does not exist/],
    ];
    for (const [input, message] of cases) expect((await expectAppError(create(editor, article.id, input), "INVALID")).message).toMatch(message);
    expect(() => createAnnotationSchema.parse({ ...entity, start: 10, end: 4, quote: "x" })).not.toThrow();
    expect((await expectAppError(create(editor, article.id, { ...entity, start: 10, end: 4, quote: "x" }), "INVALID")).message).toMatch(/ends before it starts/);
    const stale = await expectAppError(create(editor, article.id, { ...entity, ...spanOf("Rabat"), revisionId: "00000000-0000-4000-8000-000000000000" }), "CONFLICT");
    expect(stale.message).toMatch(/changed since you opened it/);
    expect(await countOf(article.id)).toBe(0);
  });

  it("requires evidence for a theme of the whole article, and deletes and restores them together", async () => {
    const article = await createTestArticle("Theme", [text]);
    expect(() => createAnnotationSchema.parse({ kind: "THEME", scope: "DOCUMENT", themeId: militaryThemeId, evidence: [] })).toThrow(/at least one supporting span/);
    const [theme, evidence] = await create(editor, article.id, { kind: "THEME", scope: "DOCUMENT", themeId: militaryThemeId, evidence: [spanOf("La coopération militaire se renforce.")] });
    expect(theme).toMatchObject({ scope: "DOCUMENT", start: null, theme: { slug: "military-cooperation" } });
    expect(evidence).toMatchObject({ scope: "SPAN", supportsId: theme?.id, quote: "La coopération militaire se renforce." });

    const lastEvidence = await expectAppError(deleteAnnotation(editor, evidence!.id, evidence!.version), "CONFLICT");
    expect(lastEvidence.message).toMatch(/only evidence/);
    expect(await deleteAnnotation(editor, theme!.id, theme!.version)).toEqual({ deleted: [theme!.id, evidence!.id] });
    expect((await getAnnotationWorkspace(analyst, article.id)).annotations).toHaveLength(0);
    const restored = await restoreAnnotation(editor, theme!.id, theme!.version + 1);
    expect(restored.map((view) => view.id).sort()).toEqual([theme!.id, evidence!.id].sort());
  });

  it("is refused to a reader, by the data layer", async () => {
    const article = await createTestArticle("Reader", [text]);
    await expectAppError(create(reader, article.id, { kind: "ENTITY", ...spanOf("Rabat"), newEntity: { name: "Rabat", typeKey: "LOCATION" } }), "FORBIDDEN");
    await expectAppError(getAnnotationWorkspace(reader, article.id), "FORBIDDEN");
    await expectAppError(listReviewQueue(reader, { page: 1 }), "FORBIDDEN");
  });
});

describe("editing and reviewing", () => {
  it("refuses a change based on a stale version (409) and keeps the newer one", async () => {
    const article = await createTestArticle("Versions", [text]);
    const [date] = await create(editor, article.id, { kind: "DATE", ...spanOf("dimanche 5 mars"), date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" } });
    const first = await updateAnnotation(editor, date!.id, { version: date!.version, note: "vérifié" });
    await expectAppError(updateAnnotation(analyst, date!.id, { version: date!.version, note: "écrasé ?" }), "CONFLICT");
    expect((await getAnnotationWorkspace(analyst, article.id)).annotations[0]?.note).toBe("vérifié");
    const reviewed = await updateAnnotation(analyst, date!.id, { version: first.version, status: "ACCEPTED" });
    expect(reviewed).toMatchObject({ status: "ACCEPTED", reviewer: { id: analyst.id } });
    expect((await getAnnotationWorkspace(editor, article.id)).annotations).toEqual([reviewed]);
    expect((await expectAppError(updateAnnotation(editor, date!.id, { version: reviewed.version, themeId: militaryThemeId }), "INVALID")).message).toMatch(/Only theme annotations/);

    const [person] = await create(editor, article.id, { kind: "ENTITY", ...spanOf("Régis Colcombet"), newEntity: { name: "Régis Colcombet", typeKey: "PERSON" } });
    const relinked = await updateAnnotation(editor, person!.id, { version: person!.version, newEntity: { name: "Général Colcombet", typeKey: "PERSON" } });
    expect(relinked.entity).toMatchObject({ name: "Général Colcombet", typeKey: "PERSON" });
    expect(relinked.entity?.id).not.toBe(person!.entity?.id);
    const moved = await updateAnnotation(editor, date!.id, { version: reviewed.version, date: { start: "2023-03-01", end: "2023-03-31", precision: "MONTH" } });
    expect(moved.date).toEqual({ start: "2023-03-01", end: "2023-03-31", precision: "MONTH" });
  });

  it("lists pending annotations lowest confidence first and decides them in bulk, all or nothing", async () => {
    const article = await createTestArticle("Queue", [text]);
    const made = await Promise.all(
      [0.9, 0.2, 0.5].map(async (confidence, index) => {
        const [view] = await create(editor, article.id, { kind: "ENTITY", ...spanOf(["Rabat", "Régis", "marocains"][index] as string), newEntity: { name: `Queue ${index} ${article.id}`, typeKey: "ORG" } });
        await db.annotation.update({ where: { id: view!.id }, data: { confidence } });
        return { id: view!.id, version: view!.version };
      }),
    );
    // The queue is shared with every other test's annotations (and the demo's suggestions): read it all.
    const ours: Awaited<ReturnType<typeof listReviewQueue>>["items"] = [];
    for (let page = 1; ; page++) {
      const queue = await listReviewQueue(analyst, { page });
      ours.push(...queue.items.filter((item) => item.article.id === article.id));
      if (page * queue.pageSize >= queue.total) break;
    }
    expect(ours.map((item) => item.confidence)).toEqual([0.2, 0.5, 0.9]);

    const stale = [made[0]!, { ...made[1]!, version: made[1]!.version + 7 }];
    await expectAppError(reviewAnnotations(analyst, { decision: "ACCEPTED", items: stale }), "CONFLICT");
    expect(await db.annotation.count({ where: { articleId: article.id, status: "ACCEPTED" } })).toBe(0);

    await expectAppError(setArticleStatus(analyst, article.id, { version: 1, status: "REVIEWED" }), "CONFLICT");
    expect(await reviewAnnotations(analyst, { decision: "ACCEPTED", items: made.slice(0, 2) })).toEqual({ reviewed: 2 });
    expect(await reviewAnnotations(analyst, { decision: "REJECTED", items: made.slice(2) })).toEqual({ reviewed: 1 });
    expect(await setArticleStatus(analyst, article.id, { version: 1, status: "REVIEWED" })).toEqual({ version: 2, status: "REVIEWED" });
  });
  it("lists a theme of the whole article once, and its evidence follows the decision", async () => {
    const article = await createTestArticle("Theme review", [text]);
    const [theme, evidence] = await create(editor, article.id, { kind: "THEME", scope: "DOCUMENT", themeId: militaryThemeId, evidence: [spanOf("La coopération militaire se renforce.")] });
    const queued = (await listReviewQueue(analyst, { page: 1, kind: "THEME" })).items.filter((item) => item.article.id === article.id);
    expect(queued.map((item) => item.id)).toEqual([theme!.id]);
    await reviewAnnotations(analyst, { decision: "REJECTED", items: [{ id: theme!.id, version: theme!.version }] });
    const after = await db.annotation.findUniqueOrThrow({ where: { id: evidence!.id } });
    expect({ status: after.status, reviewerId: after.reviewerId }).toEqual({ status: "REJECTED", reviewerId: analyst.id });
  });
});

describe("correcting the text", () => {
  it("re-anchors the annotations and lists those that cannot be, for a person to re-attach", async () => {
    const article = await createTestArticle("Correction", [text]);
    const [person] = await create(editor, article.id, { kind: "ENTITY", ...spanOf("Régis Colcombet"), newEntity: { name: "Régis Colcombet", typeKey: "PERSON" } });
    const [place] = await create(editor, article.id, { kind: "ENTITY", ...spanOf("Rabat"), newEntity: { name: "Rabat", typeKey: "LOCATION" } });
    const corrected = `RABAT (AFP) – ${text.replace(" à Rabat", "")}`;
    const result = await correctArticleText(editor, article.id, { version: 1, text: corrected });
    expect(result).toMatchObject({ moved: 1, orphaned: 1 });

    const workspace = await getAnnotationWorkspace(editor, article.id);
    const moved = workspace.annotations.find((view) => view.id === person!.id);
    expect(moved).toMatchObject({ anchorState: "REANCHORED", revisionId: result.revisionId, quote: "Régis Colcombet" });
    expect(corrected.slice(moved!.start!, moved!.end!)).toBe("Régis Colcombet");
    expect(workspace.orphans.map((view) => view.id)).toEqual([place!.id]);

    const start = corrected.indexOf("RABAT");
    const reattached = await updateAnnotation(editor, place!.id, { version: workspace.orphans[0]!.version, span: { start, end: start + 5, quote: "RABAT" } });
    expect(reattached).toMatchObject({ anchorState: "ANCHORED", revisionId: result.revisionId, quote: "RABAT" });
    expect((await getAnnotationWorkspace(editor, article.id)).orphans).toHaveLength(0);
    await expectAppError(correctArticleText(editor, article.id, { version: 1, text: "stale" }), "CONFLICT");
  });
});
