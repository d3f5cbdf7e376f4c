// Search over the demo corpus and over articles made for each case: French stemming without accents,
// other languages, weighted titles, snippets, disjunctive facets, filters, sorting, paging, deleted
// articles, readers, and input that must not break the query.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { searchArticles } from "@/lib/articles/search-articles";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { listArticlesQuerySchema, type ListArticlesParams } from "@/lib/validations/article";

let analyst: CurrentUser;
let reader: CurrentUser;

// A made-up word, different in each run, so the other test files' articles never interfere.
const tag = `zorg${randomUUID().replace(/[^a-f]/g, "").slice(0, 8)}`;

const search = (params: ListArticlesParams, actor = analyst) => searchArticles(actor, listArticlesQuerySchema.parse(params));
const titles = async (params: ListArticlesParams) => (await search(params)).items.map((item) => item.title);

type Fixture = { title: string; text: string; language?: string; source?: string; published?: string; status?: "TO_ANNOTATE" | "IN_PROGRESS" | "REVIEWED" };

async function createArticle({ title, text, language = "fr", source, published, status }: Fixture) {
  const { id, revisionIds } = await createTestArticle(title, [text]);
  const sourceId = source ? (await db.source.upsert({ where: { name: source }, create: { name: source }, update: {} })).id : null;
  await db.article.update({
    where: { id },
    data: { language, sourceId, status, publishedOn: published ? new Date(`${published}T00:00:00Z`) : null, publishedPrecision: published ? "DAY" : null },
  });
  return { id, revisionId: revisionIds[0] as string };
}

let rabat: { id: string; revisionId: string };
let sahel: { id: string; revisionId: string };
let themeId: string;
let entityId: string;

beforeAll(async () => {
  analyst = actorOf(await createTestUser("ANALYST"));
  reader = actorOf(await createTestUser("READER"));
  rabat = await createArticle({
    title: `Coopération ${tag} à Rabat`,
    text: `La coopération sécuritaire ${tag} entre la France et le Maroc se renforce, selon les ministres réunis à Rabat.`,
    source: `Le Desk ${tag}`,
    published: "2023-03-05",
    status: "REVIEWED",
  });
  await createArticle({
    title: "Defense studies in Washington",
    text: `The ministers discussed ${tag} military studies and the training of officers in Washington.`,
    language: "en",
    source: `Le Desk ${tag}`,
    published: "2024-06-10",
  });
  sahel = await createArticle({
    title: "Le Sahel",
    text: `Au Sahel, les armées partagent le renseignement ${tag} et coordonnent leurs opérations depuis Niamey.`,
    source: `Jeune Afrique ${tag}`,
  });
  themeId = (await db.theme.findUniqueOrThrow({ where: { slug: "intelligence" } })).id;
  const type = await db.entityType.findUniqueOrThrow({ where: { key: "LOCATION" } });
  entityId = (await db.entity.create({ data: { typeId: type.id, canonicalName: `Niamey ${tag}` } })).id;
  await db.annotation.createMany({
    data: [
      { articleId: sahel.id, revisionId: sahel.revisionId, kind: "THEME", start: 0, end: 8, quote: "Au Sahel", themeId, status: "ACCEPTED" },
      { articleId: sahel.id, revisionId: sahel.revisionId, kind: "ENTITY", start: 0, end: 8, quote: "Au Sahel", entityId, status: "SUGGESTED" },
      // A rejected suggestion does not make the Rabat article about intelligence.
      { articleId: rabat.id, revisionId: rabat.revisionId, kind: "THEME", start: 0, end: 2, quote: "La", themeId, status: "REJECTED" },
    ],
  });
});

describe("searchArticles", () => {
  it("finds demo article 004 with `securite maroc`, accents and case aside, with a highlighted snippet", async () => {
    const { items, sort } = await search({ q: "securite maroc", pageSize: 100 });
    expect(sort).toBe("relevance");
    const esper = items.find((item) => item.title.startsWith("Mark Esper"));
    expect(esper).toBeDefined();
    const matches = esper?.snippet?.filter((part) => part.match).map((part) => part.text.toLowerCase()) ?? [];
    expect(matches.some((word) => word === "sécurité" || word === "maroc")).toBe(true);
    expect(esper?.snippet?.map((part) => part.text).join("")).not.toMatch(/[\uE000\uE001]/);
  });

  it("cuts the snippet around the first word, found with its accents and case far into the text", async () => {
    const filler = "Les ministres ont poursuivi leurs échanges sur des sujets variés. ".repeat(30);
    // A word of its own: the other tests count the articles with the tag.
    const word = `${tag}note`;
    await createArticle({ title: `Note ${word}`, text: `${filler}La SÉCURITÉ ${word} des manœuvres navales reste une priorité.` });
    const [note] = (await search({ q: `securite manoeuvre ${word}` })).items;
    expect(note?.title).toBe(`Note ${word}`);
    expect(note?.snippet?.filter((part) => part.match).map((part) => part.text)).toEqual(["SÉCURITÉ", word, "manœuvres"]);
  });

  it("stems French: `coopérations` and `cooperation` find `coopération`", async () => {
    expect(await titles({ q: `coopérations ${tag}` })).toEqual([`Coopération ${tag} à Rabat`]);
    expect(await titles({ q: `COOPERATION ${tag}` })).toEqual([`Coopération ${tag} à Rabat`]);
  });

  it("stems an English article as English: `study` finds `studies`", async () => {
    expect(await titles({ q: `study ${tag}` })).toEqual(["Defense studies in Washington"]);
  });

  it("understands quotes, OR and exclusion, as web search boxes do", async () => {
    expect(await titles({ q: `"partagent le renseignement" ${tag}` })).toEqual(["Le Sahel"]);
    expect(await titles({ q: `"renseignement partagent" ${tag}` })).toEqual([]);
    // No parentheses in this syntax: AND binds tighter than OR, so the test's articles are picked by source.
    const sources = [await sourceId(`Le Desk ${tag}`), await sourceId(`Jeune Afrique ${tag}`)];
    expect((await titles({ q: "Niamey OR Washington", source: sources })).sort()).toEqual(["Defense studies in Washington", "Le Sahel"]);
    expect((await titles({ q: `${tag} -Sahel` })).sort()).toEqual([`Coopération ${tag} à Rabat`, "Defense studies in Washington"]);
  });

  it("ranks a title match above a text match", async () => {
    const { items } = await search({ q: `Sahel ${tag}` });
    expect(items.map((item) => item.title)).toEqual(["Le Sahel"]);
    await createArticle({ title: "Brève", text: `Le Sahel ${tag} revient dans l'actualité : Sahel, encore le Sahel.` });
    expect(await titles({ q: `Sahel ${tag}` })).toEqual(["Le Sahel", "Brève"]);
  });

  it("counts facets disjunctively: a filter narrows the hits and the other facets, not its own facet", async () => {
    const all = await search({ q: tag });
    expect(all.total).toBeGreaterThanOrEqual(3);
    const desk = all.facets.source.find((bucket) => bucket.label === `Le Desk ${tag}`);
    expect(desk?.count).toBe(2);
    expect(all.facets.source.find((bucket) => bucket.label === `Jeune Afrique ${tag}`)?.count).toBe(1);

    const filtered = await search({ q: tag, source: desk?.value });
    expect(filtered.items.map((item) => item.title).sort()).toEqual([`Coopération ${tag} à Rabat`, "Defense studies in Washington"]);
    expect(filtered.total).toBe(2);
    expect(filtered.facets.source.map((bucket) => bucket.count).sort()).toEqual([1, 2]);
    expect(filtered.facets.language).toEqual([
      { value: "en", count: 1 },
      { value: "fr", count: 1 },
    ]);
    expect(filtered.facets.year).toEqual([
      { value: 2024, count: 1 },
      { value: 2023, count: 1 },
    ]);
    expect(filtered.facets.status).toEqual([
      { value: "TO_ANNOTATE", count: 1 },
      { value: "REVIEWED", count: 1 },
    ]);
  });

  it("filters by language, date range, status, theme and entity, counting live annotations only", async () => {
    expect(await titles({ q: tag, language: "en" })).toEqual(["Defense studies in Washington"]);
    expect(await titles({ q: tag, from: "2024" })).toEqual(["Defense studies in Washington"]);
    expect(await titles({ q: tag, from: "2023-03", to: "2023-03" })).toEqual([`Coopération ${tag} à Rabat`]);
    expect(await titles({ q: tag, status: ["REVIEWED", "IN_PROGRESS"] })).toEqual([`Coopération ${tag} à Rabat`]);
    expect(await titles({ q: tag, theme: themeId })).toEqual(["Le Sahel"]);
    expect(await titles({ q: tag, entity: entityId })).toEqual(["Le Sahel"]);

    const { facets } = await search({ q: tag });
    expect(facets.theme.find((bucket) => bucket.value === themeId)).toMatchObject({ slug: "intelligence", count: 1 });
    expect(facets.entity).toContainEqual({ value: entityId, label: `Niamey ${tag}`, type: "LOCATION", count: 1 });
  });

  it("sorts by date either way and pages through the hits", async () => {
    expect(await titles({ q: tag, sort: "newest", source: (await sourceId(`Le Desk ${tag}`)) })).toEqual([
      "Defense studies in Washington",
      `Coopération ${tag} à Rabat`,
    ]);
    const oldest = await search({ q: tag, sort: "oldest", pageSize: 1, page: 2 });
    expect(oldest.items.map((item) => item.title)).toEqual(["Defense studies in Washington"]);
    expect(oldest.total).toBeGreaterThanOrEqual(3);
  });

  it("lists every article without a query, newest first, with facets and no snippet", async () => {
    const { items, total, sort, facets } = await search({ pageSize: 100 });
    expect(sort).toBe("newest");
    expect(total).toBeGreaterThanOrEqual(5);
    expect(items.every((item) => item.snippet === null)).toBe(true);
    expect(facets.language.find((bucket) => bucket.value === "fr")?.count).toBeGreaterThanOrEqual(5);
  });

  it("follows the current revision and the title, and never finds a deleted article", async () => {
    const article = await createArticle({ title: `Ancien ${tag}`, text: `Texte premier ${tag} quetzal.` });
    const revision = await db.articleRevision.create({ data: { articleId: article.id, number: 2, kind: "EDITED", text: `Texte corrigé ${tag} ocelot.` } });
    await db.article.update({ where: { id: article.id }, data: { currentRevisionId: revision.id, title: `Nouveau ${tag}` } });
    expect(await titles({ q: `ocelot ${tag}` })).toEqual([`Nouveau ${tag}`]);
    expect(await titles({ q: `quetzal ${tag}` })).toEqual([]);
    expect(await titles({ q: `ancien ${tag}` })).toEqual([]);

    await db.article.update({ where: { id: article.id }, data: { deletedAt: new Date() } });
    expect(await titles({ q: `ocelot ${tag}` })).toEqual([]);
    expect((await search({ q: tag, pageSize: 100 })).items.map((item) => item.id)).not.toContain(article.id);
  });

  it("keeps theme and entity facets in step with annotations: a deleted or rejected annotation no longer counts", async () => {
    await db.annotation.updateMany({ where: { articleId: sahel.id, kind: "THEME" }, data: { deletedAt: new Date() } });
    expect(await titles({ q: tag, theme: themeId })).toEqual([]);
    expect(await titles({ q: tag, entity: entityId })).toEqual(["Le Sahel"]);
    await db.annotation.updateMany({ where: { articleId: sahel.id, kind: "ENTITY" }, data: { status: "REJECTED" } });
    expect(await titles({ q: tag, entity: entityId })).toEqual([]);
    await db.annotation.updateMany({ where: { articleId: sahel.id }, data: { deletedAt: null, status: "ACCEPTED" } });
    expect(await titles({ q: tag, theme: themeId, entity: entityId })).toEqual(["Le Sahel"]);
  });

  it("returns each hit's fields as the article record has them", async () => {
    for (const params of [{ q: tag }, { q: tag, sort: "newest" as const }]) {
      for (const page of [await search(params), await searchArticles(analyst, listArticlesQuerySchema.parse(params), { exactLimit: -1 })]) {
        const records = await db.article.findMany({
          where: { id: { in: page.items.map((item) => item.id) } },
          select: { id: true, title: true, language: true, publishedOn: true, publishedPrecision: true, status: true, createdAt: true, copyOfId: true, source: { select: { id: true, name: true } } },
        });
        expect(page.items.length).toBeGreaterThan(0);
        expect(page.items.map(({ snippet: _snippet, ...item }) => item)).toEqual(page.items.map((item) => records.find((record) => record.id === item.id)));
      }
    }
  });

  it("answers a large result set from a sample and index-ordered reads: same page, same counts when the sample is everything", async () => {
    // exactLimit -1 takes the large-result path; on a small database its sample is every article (scale 1).
    const sampled = (params: ListArticlesParams, pageRead: "date" | "text" | "estimate" = "estimate") =>
      searchArticles(analyst, listArticlesQuerySchema.parse(params), { exactLimit: -1, pageRead });
    const filtered = { q: tag, status: ["REVIEWED" as const], from: "2020" };
    const excluding = { q: `${tag} -Niamey` };
    for (const params of [{ q: tag }, { q: tag, sort: "newest" as const }, { q: tag, sort: "oldest" as const }, { q: tag, source: await sourceId(`Le Desk ${tag}`) }, filtered, excluding, { pageSize: 3, page: 2 }] as ListArticlesParams[]) {
      const exact = await search(params);
      const large = await sampled(params);
      expect(large.approximate, JSON.stringify(params)).toBe(true);
      expect(exact.approximate).toBe(false);
      expect(large.total, JSON.stringify(params)).toBe(exact.total);
      expect(large.facets, JSON.stringify(params)).toEqual(exact.facets);
      if (params.sort) expect(large.items.map((item) => item.id), JSON.stringify(params)).toEqual(exact.items.map((item) => item.id));
      // Along the date index or through the text indexes, the same page.
      const ids = large.items.map((item) => item.id);
      expect((await sampled(params, "date")).items.map((item) => item.id), JSON.stringify(params)).toEqual(ids);
      expect((await sampled(params, "text")).items.map((item) => item.id), JSON.stringify(params)).toEqual(ids);
    }
    // Relevance on a large set: articles with all the words in their title first, then the others, newest first.
    await createArticle({ title: `Rapport ${tag} sur Niamey`, text: `Le rapport ${tag} décrit la situation à Niamey.`, published: "2019-01-01" });
    await createArticle({ title: "Autre brève", text: `Niamey ${tag} : une brève plus récente.`, published: "2024-01-01" });
    const { items } = await sampled({ q: `Niamey ${tag}` });
    expect(items.map((item) => item.title)).toEqual([`Rapport ${tag} sur Niamey`, "Autre brève", "Le Sahel"]);
    expect(items[0]?.snippet?.some((part) => part.match)).toBe(true);
  });

  it("is forbidden to a reader", async () => {
    await expectAppError(search({ q: "maroc" }, reader), "FORBIDDEN");
  });

  it("treats hostile or odd input as words: no error, no injection", async () => {
    for (const q of ["'); DROP TABLE articles; --", "!!! & | <-> :* ()", "\u0000\u0001 maroc", "\uE000maroc\uE001", "le la les", "a".repeat(500), "مرحبا المغرب"]) {
      await expect(search({ q }), q.slice(0, 20)).resolves.toMatchObject({ page: 1 });
    }
    expect(await db.article.count()).toBeGreaterThan(0);
  });
});

async function sourceId(name: string): Promise<string> {
  return (await db.source.findUniqueOrThrow({ where: { name } })).id;
}
