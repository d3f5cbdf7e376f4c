// The workspace's article list and reading view on the seeded demo data: readers are kept out,
// soft-deleted articles disappear, and the text shown is the current revision's.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getArticle } from "@/lib/articles/get-article";
import { searchArticles } from "@/lib/articles/search-articles";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { listArticlesQuerySchema, type ListArticlesParams } from "@/lib/validations/article";

type DemoEntry = { file: string; title: string; publishedOn: string; precision: string };

const demoDir = path.join(process.cwd(), "prisma", "demo");
const everything = { page: 1, pageSize: 100 };
const listArticles = (actor: CurrentUser, params: ListArticlesParams) => searchArticles(actor, listArticlesQuerySchema.parse(params));

let analyst: CurrentUser;
let reader: CurrentUser;
let demo: DemoEntry[];

beforeAll(async () => {
  analyst = actorOf(await createTestUser("ANALYST"));
  reader = actorOf(await createTestUser("READER"));
  demo = JSON.parse(await readFile(path.join(demoDir, "articles.json"), "utf8")) as DemoEntry[];
});

const day = (date: Date | null) => date?.toISOString().slice(0, 10);

describe("searchArticles without a query", () => {
  it("lists the 5 demo articles for an analyst, with their dates and precisions, newest first", async () => {
    const { items, total, page, pageSize } = await listArticles(analyst, everything);
    expect(demo).toHaveLength(5);
    expect({ page, pageSize }).toEqual(everything);
    expect(total).toBe(items.length);

    const listed = items.filter((item) => demo.some((entry) => entry.title === item.title));
    const expected = [...demo].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
    expect(listed.map((item) => ({ title: item.title, publishedOn: day(item.publishedOn), precision: item.publishedPrecision }))).toEqual(
      expected.map((entry) => ({ title: entry.title, publishedOn: entry.publishedOn, precision: entry.precision })),
    );
  });

  it("pages through the list", async () => {
    const { items: firstTwo, total } = await listArticles(analyst, { page: 1, pageSize: 2 });
    const { items: next } = await listArticles(analyst, { page: 2, pageSize: 2 });
    expect(total).toBeGreaterThanOrEqual(5);
    expect(firstTwo).toHaveLength(2);
    expect(next).toHaveLength(2);
    expect(next.map((item) => item.id)).not.toContain(firstTwo[0]?.id);
  });

  it("is forbidden to a reader", async () => {
    await expectAppError(listArticles(reader, everything), "FORBIDDEN");
  });
});

describe("getArticle", () => {
  it("returns a demo article with its cleaned text as current revision, the upload kept as it was", async () => {
    const entry = demo[0] as DemoEntry;
    const { id } = await db.article.findFirstOrThrow({ where: { title: entry.title }, select: { id: true } });
    const uploaded = await readFile(path.join(demoDir, "articles", entry.file));

    const article = await getArticle(analyst, id);

    expect(article).toMatchObject({ id, title: entry.title, publishedPrecision: entry.precision, currentRevision: { number: 2, kind: "CLEANED" } });
    // Seed 000 starts with the ` date 2023-03 ` prefix, which the clean-up moved to the date.
    expect(uploaded.toString("utf8").startsWith(" date 2023-03 ")).toBe(true);
    expect(article.currentRevision?.text.startsWith("En plein contexte")).toBe(true);
    expect(article.revisions.map((revision) => revision.kind)).toEqual(["RAW", "CLEANED"]);
    const stored = await db.articleUpload.findFirstOrThrow({ where: { articleId: id } });
    expect(Buffer.from(stored.bytes).equals(uploaded)).toBe(true);
    expect(article.uploads).toMatchObject([{ filename: entry.file, size: uploaded.length }]);
  });

  it("shows the current revision, not the first one", async () => {
    const { id, revisionIds } = await createTestArticle("Corrected article", ["Texte brut avec une coquille.", "Texte corrigé."]);
    const article = await getArticle(analyst, id);
    expect(article.currentRevision).toMatchObject({ id: revisionIds[1], number: 2, text: "Texte corrigé." });
  });

  it("is forbidden to a reader, and NOT_FOUND for an unknown id", async () => {
    const { id } = await createTestArticle("Not for readers", ["Texte."]);
    await expectAppError(getArticle(reader, id), "FORBIDDEN");
    await expectAppError(getArticle(analyst, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
  });
});

describe("a soft-deleted article", () => {
  it("is NOT_FOUND and absent from the list", async () => {
    const { id } = await createTestArticle("Soon deleted", ["Texte éphémère."]);
    expect((await listArticles(analyst, everything)).items.map((item) => item.id)).toContain(id);

    await db.article.update({ where: { id }, data: { deletedAt: new Date() } });

    await expectAppError(getArticle(analyst, id), "NOT_FOUND");
    const { items, total } = await listArticles(analyst, everything);
    expect(items.map((item) => item.id)).not.toContain(id);
    expect(total).toBe(items.length);
  });
});
