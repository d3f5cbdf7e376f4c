// Suggestions stored on import and on demand, and what decisions on them teach: the seeds' spelling
// variants become entities of their own, nothing is proposed twice, an accepted form becomes a name of
// its entity, a rejected one is not proposed again (and an entity only proposed goes), accepted themes
// teach the theme model, and a change of the register reaches the next suggestion at once.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { reviewAnnotations } from "@/lib/annotations/review-annotations";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/entities/create-entity";
import { importTrustedDocument } from "@/lib/ingest/import-article";
import { actorOf, createTestArticle, createTestUser, type TestUser } from "@/lib/testing/fixtures";
import { suggestForArticle } from "@/lib/suggestions/suggest-article";
import { ensureStarterTaxonomy } from "@/lib/taxonomy/starter-taxonomy";
import { deleteArticle, restoreArticle } from "@/lib/trash/article-trash";

let analyst: TestUser;

// Names the rules read as one word: letters only.
const letters = () => randomUUID().replace(/[^a-f]/g, "").slice(0, 6).padEnd(6, "q");

beforeAll(async () => {
  await ensureStarterTaxonomy(db);
  analyst = await createTestUser("ANALYST");
});

const suggestionsOf = (articleId: string) =>
  db.annotation.findMany({
    where: { articleId, origin: "SUGGESTION", deletedAt: null, supportsId: null },
    select: { id: true, kind: true, quote: true, status: true, version: true, recommender: true, confidence: true, entityId: true, scope: true, dateStart: true, datePrecision: true, theme: { select: { slug: true } } },
    orderBy: { start: "asc" },
  });

async function importSeed(file: string, published: string): Promise<string> {
  // A marker line of its own, so the seed is new to this database whatever other tests imported.
  const text = `${await readFile(path.join(process.cwd(), "prisma", "demo", "articles", file), "utf8")}\n\nRéf. ${randomUUID()}`;
  const outcome = await importTrustedDocument(db, { filename: file, mediaType: "text/plain", bytes: new TextEncoder().encode(text), text, published, language: "fr" }, analyst.id);
  if (outcome.status !== "created") throw new Error(`${file} was not imported`);
  return outcome.id;
}

describe("suggestions on import", () => {
  it("propose the seeds' people, places, dates and themes, and put both spellings of a name in the register", async () => {
    const nasser = await importSeed("001_c896d8f6e04a56be.txt", "2024");
    const nacer = await importSeed("004_326b10c8a0079c95.txt", "2020-10");
    const suggestions = await suggestionsOf(nacer);
    expect(suggestions.every((item) => item.status === "SUGGESTED" && item.recommender && item.confidence)).toBe(true);
    expect(suggestions.filter((item) => item.kind === "ENTITY").map((item) => item.quote)).toEqual(expect.arrayContaining(["Pentagone", "Abdeltif Loudyi", "Nacer Bourita", "Bourita", "Mali"]));
    expect(suggestions.find((item) => item.quote === "vendredi 2 octobre")).toMatchObject({ kind: "DATE", dateStart: new Date("2020-10-02T00:00:00Z"), datePrecision: "DAY" });
    expect(suggestions.some((item) => item.kind === "THEME" && item.scope === "DOCUMENT")).toBe(true);
    // The last name alone is the same entity as the full name.
    const nacerMentions = suggestions.filter((item) => item.quote === "Nacer Bourita" || item.quote === "Bourita");
    expect(new Set(nacerMentions.map((item) => item.entityId)).size).toBe(1);

    const people = await db.entity.findMany({
      where: { deletedAt: null, mergedIntoId: null, type: { key: "PERSON" }, aliases: { some: { normalized: { in: ["nacer bourita", "nasser bourita"] } } } },
      select: { canonicalName: true },
    });
    expect(people.map((person) => person.canonicalName)).toEqual(expect.arrayContaining(["Nacer Bourita", "Nasser Bourita"]));
    expect((await suggestionsOf(nasser)).some((item) => item.quote === "Nasser Bourita")).toBe(true);
  });

  it("never proposes twice: running them again on the same text adds nothing", async () => {
    const { id } = await createTestArticle("Relance", [`Le ministre a reçu à Rabat, le 3 mai 2022, le général Alain ${randomUUID().slice(0, 6)}.`]);
    const first = await suggestForArticle(actorOf(analyst), id);
    expect(first).toMatchObject({ entities: 2, dates: 1 });
    expect(await suggestForArticle(actorOf(analyst), id)).toEqual({ entities: 0, dates: 0, themes: 0, newEntities: 0 });
  });
});

describe("feedback", () => {
  it("accepting a suggestion names the entity with the words of the text and confirms a proposed entity", async () => {
    const surname = `Zorglub${letters()}`;
    const { id } = await createTestArticle("Acceptée", [`Le colonel Xavier ${surname} est arrivé. Plus tard, ${surname.toUpperCase()} a parlé.`]);
    await suggestForArticle(actorOf(analyst), id);
    const mentions = (await suggestionsOf(id)).filter((item) => item.kind === "ENTITY");
    expect(mentions.map((item) => item.quote)).toEqual([`Xavier ${surname}`, surname.toUpperCase()]);
    const entityId = mentions[0]?.entityId as string;
    expect(await db.entity.findUniqueOrThrow({ where: { id: entityId }, select: { proposedBy: true } })).toEqual({ proposedBy: "rules" });

    await reviewAnnotations(actorOf(analyst), { decision: "ACCEPTED", items: mentions.map(({ id: annotationId, version }) => ({ id: annotationId, version })) });
    const entity = await db.entity.findUniqueOrThrow({ where: { id: entityId }, select: { proposedBy: true, aliases: { select: { name: true } } } });
    expect(entity.proposedBy).toBeNull();
    expect(entity.aliases.map((alias) => alias.name).sort()).toEqual([surname.toUpperCase(), `Xavier ${surname}`].sort());
  });

  it("a rejected form is not proposed again, and an entity that was only proposed goes", async () => {
    const name = `Qwerty${letters()}`;
    const first = await createTestArticle("Rejetée", [`Selon M. ${name}, la réunion a eu lieu.`]);
    await suggestForArticle(actorOf(analyst), first.id);
    const [mention] = (await suggestionsOf(first.id)).filter((item) => item.kind === "ENTITY");
    expect(mention?.quote).toBe(name);
    await updateAnnotation(actorOf(analyst), mention?.id as string, { version: mention?.version as number, status: "REJECTED" });
    expect(await db.entity.findUniqueOrThrow({ where: { id: mention?.entityId as string }, select: { deletedAt: true } })).not.toMatchObject({ deletedAt: null });
    expect(await db.suggestionRejection.count({ where: { normalized: name.toLowerCase(), entityType: { key: "PERSON" } } })).toBe(1);

    const second = await createTestArticle("Encore", [`M. ${name} est revenu à Rabat.`]);
    await suggestForArticle(actorOf(analyst), second.id);
    expect((await suggestionsOf(second.id)).map((item) => item.quote)).toEqual(["Rabat"]);
  });

  it("a person's mark on a suggested span replaces the suggestion", async () => {
    const text = "La délégation est arrivée à Tanger le 4 juin 2021.";
    const { id } = await createTestArticle("Remplacée", [text]);
    await suggestForArticle(actorOf(analyst), id);
    const start = text.indexOf("Tanger");
    await createAnnotation(actorOf(analyst), id, { kind: "ENTITY", start, end: start + 6, quote: "Tanger", newEntity: { name: "Tanger", typeKey: "LOCATION" } });
    const live = await db.annotation.findMany({ where: { articleId: id, deletedAt: null }, select: { quote: true, origin: true }, orderBy: { start: "asc" } });
    expect(live).toEqual([
      { quote: "Tanger", origin: "MANUAL" },
      { quote: "le 4 juin 2021", origin: "SUGGESTION" },
    ]);
  });

  it("a change of the register reaches the next suggestion at once", async () => {
    const name = `Opération Vortex${randomUUID().slice(0, 6)}`;
    const { id } = await createTestArticle("Registre", [`Les forces ont conduit l'${name} en mer.`]);
    await createEntity(actorOf(analyst), { name, typeKey: "ORG" });
    await suggestForArticle(actorOf(analyst), id);
    expect((await suggestionsOf(id)).map((item) => [item.quote, item.recommender])).toEqual([[name, "register"]]);
  });

  it("accepted themes teach the theme model, as long as their articles are not in the trash", async () => {
    const [word, other] = [`kraxol${letters()}`, `vormid${letters()}`];
    const text = `Les ${word}s et les ${other}s de nuit inquiètent. Un ${word} a été saisi.`;
    const before = await createTestArticle("Avant", [text]);
    await suggestForArticle(actorOf(analyst), before.id);
    expect((await suggestionsOf(before.id)).filter((item) => item.kind === "THEME")).toEqual([]);

    const cyber = await db.theme.findUniqueOrThrow({ where: { slug: "cyber" }, select: { id: true } });
    const examples: string[] = [];
    for (const sentence of [`Un ${word} et un ${other} de la banque`, `Le ${word} des serveurs, un ${other}`, `Des ${other}s et des ${word}s`]) {
      const { id } = await createTestArticle("Exemple", [sentence]);
      examples.push(id);
      const created = await createAnnotation(actorOf(analyst), id, { kind: "THEME", scope: "DOCUMENT", themeId: cyber.id, evidence: [{ start: 0, end: sentence.length, quote: sentence }] });
      const theme = created.find((annotation) => annotation.scope === "DOCUMENT");
      await reviewAnnotations(actorOf(analyst), { decision: "ACCEPTED", items: [{ id: theme?.id as string, version: theme?.version as number }] });
    }
    const learnedThemes = async () => {
      const { id } = await createTestArticle("Après", [text]);
      await suggestForArticle(actorOf(analyst), id);
      return (await suggestionsOf(id)).filter((item) => item.kind === "THEME").map((item) => [item.theme?.slug, item.recommender]);
    };
    expect(await learnedThemes()).toEqual([["cyber", "theme-model"]]);

    const editor = actorOf(await createTestUser("EDITOR"));
    const versionOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
    for (const id of examples) await deleteArticle(editor, id, await versionOf(id));
    expect(await learnedThemes()).toEqual([]);
    for (const id of examples) await restoreArticle(editor, id, await versionOf(id));
    expect(await learnedThemes()).toEqual([["cyber", "theme-model"]]);
  });
});
