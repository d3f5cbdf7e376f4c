// Dossiers against PostgreSQL: an analyst compiles a draft from articles, excerpts, entities, dated
// events and commentary; the workflow and its four-eyes rule; immutable published versions that later
// edits never change, stale citations, scheduling, unpublishing, and what readers may see.
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { correctArticleText } from "@/lib/articles/correct-article-text";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createDossier } from "@/lib/dossiers/create-dossier";
import { addItem, deleteItem, restoreItem, updateItem } from "@/lib/dossiers/dossier-items";
import { addSection } from "@/lib/dossiers/dossier-sections";
import { diffDossierVersions } from "@/lib/dossiers/dossier-versions";
import { runWorkflow } from "@/lib/dossiers/dossier-workflow";
import { exportDossier } from "@/lib/dossiers/export-dossier";
import { getDossierDraft } from "@/lib/dossiers/get-dossier-draft";
import { listPublishedDossiers } from "@/lib/dossiers/published-dossiers";
import { getPublishedDossier } from "@/lib/dossiers/published-dossiers";
import { listWorkingDossiers } from "@/lib/dossiers/list-working-dossiers";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { createAnnotationSchema, type CreateAnnotationInput } from "@/lib/validations/annotation";
import { publishedListQuery, type NewDossierItem } from "@/lib/validations/dossier";

const text = "Le général Régis Colcombet a rencontré ses homologues marocains dimanche 5 mars 2023 à Rabat.\nLa coopération militaire entre Paris et Rabat se renforce après la visite.";
const spanOf = (quote: string) => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, quote };
};

let analyst: CurrentUser;
let otherAnalyst: CurrentUser;
let editor: CurrentUser;
let reader: CurrentUser;

beforeAll(async () => {
  analyst = actorOf(await createTestUser("ANALYST"));
  otherAnalyst = actorOf(await createTestUser("ANALYST", "other"));
  editor = actorOf(await createTestUser("EDITOR"));
  reader = actorOf(await createTestUser("READER"));
});

const annotate = async (articleId: string, input: unknown) => (await createAnnotation(editor, articleId, createAnnotationSchema.parse(input) as CreateAnnotationInput))[0]!;
const accept = (annotation: { id: string; version: number }) => updateAnnotation(editor, annotation.id, { version: annotation.version, status: "ACCEPTED" });

/** A draft with an article, an excerpt, an entity card, an event and a commentary, and its version. */
async function compiledDossier(title = `Coopération ${Math.random().toString(36).slice(2, 8)}`) {
  const article = await createTestArticle("Colcombet à Rabat", [text]);
  const revisionId = article.revisionIds[0]!;
  const person = await annotate(article.id, { kind: "ENTITY", ...spanOf("Régis Colcombet"), newEntity: { name: "Régis Colcombet", typeKey: "PERSON" } });
  const place = await annotate(article.id, { kind: "ENTITY", ...spanOf("Rabat"), newEntity: { name: "Rabat", typeKey: "LOCATION" } });
  const date = await annotate(article.id, { kind: "DATE", ...spanOf("dimanche 5 mars 2023"), date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" } });
  await accept(person);
  await accept(place);
  const { slug } = await createDossier(analyst, { title, summary: "Synthèse" }, "Contexte");
  let version = 1;
  const sectionId = (await getDossierDraft(analyst, slug)).sections[0]!.id;
  const add = async (item: NewDossierItem) => {
    const added = await addItem(analyst, slug, version, sectionId, item);
    version = added.version;
    return added.result.id;
  };
  await add({ kind: "ARTICLE", articleId: article.id });
  await add({ kind: "EXCERPT", articleId: article.id, revisionId, ...spanOf("La coopération militaire entre Paris et Rabat se renforce") });
  await add({ kind: "ENTITY", entityId: person.entity!.id });
  const eventId = await add({ kind: "EVENT", annotationId: date.id });
  const commentaryId = await add({ kind: "COMMENTARY", body: "Une **visite** qui compte. <script>alert(1)</script> [lien](javascript:alert(1))" });
  return { slug, article, date, person, eventId, commentaryId, sectionId, version: () => version, setVersion: (next: number) => (version = next) };
}

describe("compiling a dossier", () => {
  it("numbers citations, builds the panels and reports what blocks publication", async () => {
    const { slug, date, person } = await compiledDossier();
    const draft = await getDossierDraft(analyst, slug);
    expect(draft.sections[0]!.items.map((item) => item.block?.kind)).toEqual(["ARTICLE", "EXCERPT", "ENTITY", "EVENT", "COMMENTARY"]);
    // The event cites a date still suggested: shown, but it blocks publication until reviewed.
    expect(draft.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/still a suggestion/) })]);
    // Numbered as a reader meets them: the entity card's mention before the event after it.
    expect(draft.citations.map((citation) => [citation.n, citation.kind])).toEqual([
      [1, "ARTICLE"],
      [2, "EXCERPT"],
      [3, "ANNOTATION"],
      [4, "ANNOTATION"],
    ]);
    expect(draft.citations[1]!.passage.quote).toBe("La coopération militaire entre Paris et Rabat se renforce");
    expect(draft.citations[2]!.annotationId).toBe(person.id);
    const entityBlock = draft.sections[0]!.items[2]!.block;
    expect(entityBlock).toMatchObject({ kind: "ENTITY", mentions: 1, citations: [3] });
    expect(draft.panels.entities.map((entity) => [entity.name, entity.count])).toEqual([
      ["Rabat", 1],
      ["Régis Colcombet", 1],
    ]);
    expect(draft.panels.network.edges).toHaveLength(1);
    // The commentary is rendered without the script or the javascript: link.
    const commentary = draft.sections[0]!.items[4]!.block;
    expect(commentary?.kind === "COMMENTARY" && commentary.html).toMatch(/<strong>visite<\/strong>/);
    expect(commentary?.kind === "COMMENTARY" && commentary.html).not.toMatch(/<script|href="javascript/);

    await accept(date);
    const ready = await getDossierDraft(analyst, slug);
    expect(ready.problems).toEqual([]);
    expect(ready.panels.timeline).toEqual([{ date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" }, text: expect.stringContaining("dimanche 5 mars 2023"), citation: 4 }]);
  });

  it("refuses a stale version (409), an excerpt that is not the text, and a deleted article", async () => {
    const { slug, article, sectionId, version } = await compiledDossier();
    await expectAppError(addItem(analyst, slug, version() - 1, sectionId, { kind: "COMMENTARY", body: "x" }), "CONFLICT");
    const wrong = await expectAppError(addItem(analyst, slug, version(), sectionId, { kind: "EXCERPT", articleId: article.id, revisionId: article.revisionIds[0]!, start: 0, end: 9, quote: "Le colonel" }), "INVALID");
    expect(wrong.message).toMatch(/the text there is “Le généra”/);
    await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    await expectAppError(addItem(analyst, slug, version(), sectionId, { kind: "ARTICLE", articleId: article.id }), "INVALID");
    const draft = await getDossierDraft(analyst, slug);
    expect(draft.problems.some((problem) => /deleted/.test(problem.message))).toBe(true);
  });

  it("deletes items softly and restores them; only the author or an editor changes a draft", async () => {
    const { slug, commentaryId, version, setVersion } = await compiledDossier();
    setVersion((await deleteItem(analyst, slug, commentaryId, version())).version);
    expect((await getDossierDraft(analyst, slug)).sections[0]!.items.map((item) => item.id)).not.toContain(commentaryId);
    setVersion((await restoreItem(analyst, slug, commentaryId, version())).version);
    setVersion((await updateItem(analyst, slug, commentaryId, { version: version(), position: 0 })).version);
    expect((await getDossierDraft(analyst, slug)).sections[0]!.items[0]!.id).toBe(commentaryId);
    // Another analyst does not even see the draft; an editor may change it.
    await expectAppError(getDossierDraft(otherAnalyst, slug), "NOT_FOUND");
    await expectAppError(addSection(otherAnalyst, slug, version(), "Intrus"), "NOT_FOUND");
    await expectAppError(getDossierDraft(reader, slug), "FORBIDDEN");
    expect((await addSection(editor, slug, version(), "Analyse")).version).toBe(version() + 1);
    expect((await listWorkingDossiers(otherAnalyst)).map((dossier) => dossier.slug)).not.toContain(slug);
  });
});

describe("reviewing and publishing", () => {
  it("publishes an immutable version that later edits never change, and shows stale citations", async () => {
    const { slug, date, article, version } = await compiledDossier();
    await accept(date);
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version: version() });
    // Four eyes: the author cannot publish, nor can an analyst.
    await expectAppError(runWorkflow(analyst, slug, { action: "publish", version: submitted.version }), "FORBIDDEN");
    const published = await runWorkflow(editor, slug, { action: "publish", version: submitted.version });
    expect(published).toMatchObject({ status: "PUBLISHED", number: 1 });

    const before = await getPublishedDossier(reader, slug);
    expect(before.snapshot.citations).toHaveLength(4);
    // The article is corrected and the event's annotation edited: version 1 stays word for word.
    await correctArticleText(editor, article.id, { version: (await db.article.findUniqueOrThrow({ where: { id: article.id } })).version, text: text.replace("Le général", "Le général d'armée") });
    const after = await getPublishedDossier(reader, slug);
    expect(after.snapshot).toEqual(before.snapshot);
    const draft = await getDossierDraft(analyst, slug);
    // The article was corrected: every citation of it in version 1 is listed as changed.
    expect(draft.staleCitations.map((citation) => citation.reason)).toContain("changed");
    expect(draft.staleCitations.map((citation) => citation.n)).toEqual(expect.arrayContaining([1, 2]));
    // The excerpt and the dated annotation follow their words onto the corrected text.
    expect(draft.problems).toEqual([]);
    expect(draft.citations.find((citation) => citation.kind === "EXCERPT")?.passage.quote).toBe("La coopération militaire entre Paris et Rabat se renforce");
    expect(draft.panels.timeline[0]?.text).toContain("Le général d'armée Régis Colcombet");
  });

  it("sends a dossier back with the reviewer's comment, and refuses edits while in review", async () => {
    const { slug, sectionId, version } = await compiledDossier();
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version: version() });
    await expectAppError(addItem(analyst, slug, submitted.version, sectionId, { kind: "COMMENTARY", body: "x" }), "INVALID");
    const error = await expectAppError(runWorkflow(editor, slug, { action: "publish", version: submitted.version }), "INVALID");
    expect(error.message).toMatch(/still a suggestion/);
    const back = await runWorkflow(editor, slug, { action: "request_changes", version: submitted.version, comment: "Acceptez la date d'abord." });
    expect(back.status).toBe("DRAFT");
    expect((await getDossierDraft(analyst, slug)).dossier.reviewComment).toBe("Acceptez la date d'abord.");
    await expectAppError(runWorkflow(editor, slug, { action: "publish", version: back.version - 1 }), "CONFLICT");
  });

  it("schedules a publication (not in the past), hides it until then, and unpublishes", async () => {
    const { slug, date, version } = await compiledDossier();
    await accept(date);
    const submitted = await runWorkflow(analyst, slug, { action: "submit", version: version() });
    await expectAppError(runWorkflow(editor, slug, { action: "publish", version: submitted.version, scheduledAt: new Date(Date.now() - 60_000) }), "INVALID");
    const scheduled = await runWorkflow(editor, slug, { action: "publish", version: submitted.version, scheduledAt: new Date(Date.now() + 3_600_000) });
    expect(scheduled.status).toBe("SCHEDULED");
    await expectAppError(getPublishedDossier(reader, slug), "NOT_FOUND");
    const cancelled = await runWorkflow(editor, slug, { action: "unpublish", version: scheduled.version });
    expect(cancelled.status).toBe("DRAFT");
    expect(await db.dossierVersion.count({ where: { dossier: { slug } } })).toBe(0);

    const again = await runWorkflow(analyst, slug, { action: "submit", version: cancelled.version });
    const live = await runWorkflow(editor, slug, { action: "publish", version: again.version });
    expect((await getPublishedDossier(reader, slug)).number).toBe(1);
    await runWorkflow(editor, slug, { action: "unpublish", version: live.version });
    await expectAppError(getPublishedDossier(reader, slug), "NOT_FOUND");
  });

  it("lists published dossiers for readers with search and filters, diffs versions and exports them", async () => {
    const title = `Renseignement ${Math.random().toString(36).slice(2, 8)}`;
    const { slug, date, version, sectionId } = await compiledDossier(title);
    await accept(date);
    let step = await runWorkflow(analyst, slug, { action: "submit", version: version() });
    step = await runWorkflow(editor, slug, { action: "publish", version: step.version });
    const added = await addItem(analyst, slug, step.version, sectionId, { kind: "COMMENTARY", body: "Un ajout après la première version." });
    step = await runWorkflow(analyst, slug, { action: "submit", version: added.version });
    step = await runWorkflow(editor, slug, { action: "publish", version: step.version });
    expect(step.number).toBe(2);

    const found = await listPublishedDossiers(reader, publishedListQuery.parse({ q: title.toLowerCase().replace("renseignement", "RENSEIGNEMENT") }));
    expect(found.items.map((item) => [item.slug, item.number])).toEqual([[slug, 2]]);
    const byPeriod = await listPublishedDossiers(reader, publishedListQuery.parse({ q: title, from: "2023-03-01", to: "2023-03-31" }));
    expect(byPeriod.total).toBe(1);
    const outside = await listPublishedDossiers(reader, publishedListQuery.parse({ q: title, from: "2024-01-01" }));
    expect(outside.total).toBe(0);

    const diff = await diffDossierVersions(editor, slug, 1, 2);
    expect(diff.lines.filter((line) => line.change === "added").map((line) => line.text)).toContain("Un ajout après la première version.");
    const markdown = await exportDossier(reader, slug, 1, "md");
    expect(markdown.body).toContain(`# ${title}`);
    expect(markdown.body).not.toContain("Un ajout");
    const pdf = await exportDossier(reader, slug, 2, "pdf");
    expect(pdf.contentType).toBe("application/pdf");
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe("%PDF-");
    // The version cannot change, so its PDF is laid out once: the next download is the same file.
    expect((await exportDossier(reader, slug, 2, "pdf")).body).toBe(pdf.body);
    expect((await exportDossier(reader, slug, 1, "pdf")).body).not.toBe(pdf.body);
    // Readers see published versions only, never the working copy.
    await expectAppError(getDossierDraft(reader, slug), "FORBIDDEN");
  });
});
