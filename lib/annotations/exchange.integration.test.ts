// Export and import of annotations against PostgreSQL: the JSON Lines export imports back to the same
// annotations, twice changes nothing, a corrected text gets its spans re-anchored, bad lines are
// reported without stopping the others; the W3C and CoNLL exports carry the same spans.
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { exportAnnotations } from "@/lib/annotations/export-annotations";
import { importAnnotations } from "@/lib/annotations/import-annotations";
import { correctArticleText } from "@/lib/articles/correct-article-text";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";
import { createAnnotationSchema, type CreateAnnotationInput } from "@/lib/validations/annotation";

const text = "Le général Régis Colcombet a rencontré ses homologues marocains dimanche 5 mars à Rabat. La coopération militaire se renforce.";
const spanOf = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });

let editor: CurrentUser;
let reader: CurrentUser;
let themeId: string;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  reader = actorOf(await createTestUser("READER"));
  themeId = (await db.theme.findUniqueOrThrow({ where: { slug: "military-cooperation" } })).id;
});

async function annotatedArticle() {
  const article = await createTestArticle("Échange", [text]);
  const create = (input: unknown) => createAnnotation(editor, article.id, createAnnotationSchema.parse(input) as CreateAnnotationInput);
  await create({ kind: "ENTITY", ...spanOf("Régis Colcombet"), newEntity: { name: "Régis Colcombet", typeKey: "PERSON" } });
  await create({ kind: "DATE", ...spanOf("dimanche 5 mars"), date: { start: "2023-03-05", end: "2023-03-05", precision: "DAY" } });
  await create({ kind: "THEME", scope: "DOCUMENT", themeId, evidence: [spanOf("La coopération militaire se renforce.")] });
  return article;
}

async function exported(articleId: string, format: "jsonl" | "w3c" | "conll" = "jsonl"): Promise<string> {
  const { body } = await exportAnnotations(editor, format, articleId);
  return typeof body === "string" ? body : new Response(body).text();
}

const withoutVolatile = (jsonl: string) => jsonl.replace(/"revisionId":"[^"]+"/g, "");

describe("JSON Lines round trip", () => {
  it("imports an export back to the same annotations, and a second import changes nothing", async () => {
    const article = await annotatedArticle();
    const file = await exported(article.id);
    expect(file.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(file)).toMatchObject({ id: article.id, text, label: expect.arrayContaining([[11, 26, "PERSON"]]) });

    await db.annotation.deleteMany({ where: { articleId: article.id, supportsId: { not: null } } });
    await db.annotation.deleteMany({ where: { articleId: article.id } });
    expect(await importAnnotations(editor, file)).toEqual({ articles: 1, created: 4, existing: 0, problems: [] });
    expect(await exported(article.id)).toBe(file);
    expect(await importAnnotations(editor, file)).toEqual({ articles: 1, created: 0, existing: 4, problems: [] });
  });

  it("re-anchors the spans onto a corrected text", async () => {
    const article = await annotatedArticle();
    const file = await exported(article.id);
    await db.annotation.deleteMany({ where: { articleId: article.id, supportsId: { not: null } } });
    await db.annotation.deleteMany({ where: { articleId: article.id } });
    const corrected = `RABAT – ${text}`;
    await correctArticleText(editor, article.id, { version: 1, text: corrected });
    expect(await importAnnotations(editor, file)).toMatchObject({ created: 4, problems: [] });
    const spans = await db.annotation.findMany({ where: { articleId: article.id, scope: "SPAN" }, select: { start: true, end: true, quote: true } });
    for (const span of spans) expect(corrected.slice(span.start as number, span.end as number)).toBe(span.quote);
    expect(withoutVolatile(await exported(article.id))).not.toBe(withoutVolatile(file));
  });

  it("reports bad lines and unknown articles, and imports the rest", async () => {
    const article = await annotatedArticle();
    const good = await exported(article.id);
    await db.annotation.deleteMany({ where: { articleId: article.id, supportsId: { not: null } } });
    await db.annotation.deleteMany({ where: { articleId: article.id } });
    const unknown = good.replaceAll(article.id, "00000000-0000-4000-8000-00000000beef").replace(/"text":"Le général/, '"text":"Un autre texte, le général');
    const result = await importAnnotations(editor, ["{not json", good.trim(), unknown.trim()].join("\n"));
    expect(result.created).toBe(4);
    expect(result.problems[0]).toMatch(/^line 1: /);
    expect(result.problems.length).toBeGreaterThanOrEqual(2);
    await expectAppError(importAnnotations(reader, good), "FORBIDDEN");
  });
});

describe("W3C and CoNLL exports", () => {
  it("carry the same spans", async () => {
    const article = await annotatedArticle();
    const collection = JSON.parse(await exported(article.id, "w3c")) as { first: { items: { target: { selector?: { type: string; exact?: string; start?: number }[] } }[] } };
    const quotes = collection.first.items.flatMap((item) => item.target.selector?.filter((selector) => selector.type === "TextQuoteSelector").map((selector) => selector.exact) ?? []);
    expect(quotes.sort()).toEqual(["La coopération militaire se renforce.", "Régis Colcombet", "dimanche 5 mars"].sort());
    const conll = await exported(article.id, "conll");
    expect(conll).toContain("Régis\tB-PERSON\nColcombet\tI-PERSON");
    await expectAppError(exportAnnotations(reader, "jsonl", article.id), "FORBIDDEN");
  });
});
