// The entity register against PostgreSQL: listing and search, the entity page's data (names, mentions,
// co-mentions, timeline), edits with version checks, merge and its undo, split, and who may do what.
// Entities here have a type of their own, so other files' entities never get in the way.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/entities/create-entity";
import { addAlias, removeAlias } from "@/lib/entities/entity-aliases";
import { getEntityContext } from "@/lib/entities/entity-context";
import { listEntityMentions } from "@/lib/entities/entity-mentions";
import { getEntity } from "@/lib/entities/get-entity";
import { mergeEntities, undoMerge } from "@/lib/entities/merge-entities";
import { listEntities, searchEntities } from "@/lib/entities/search-entities";
import { splitEntity } from "@/lib/entities/split-entity";
import { updateEntity } from "@/lib/entities/update-entity";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let editor: CurrentUser;
let analyst: CurrentUser;
let reader: CurrentUser;
let typeKey: string;

beforeAll(async () => {
  editor = actorOf(await createTestUser("EDITOR"));
  analyst = actorOf(await createTestUser("ANALYST"));
  reader = actorOf(await createTestUser("READER"));
  typeKey = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  await db.entityType.create({ data: { key: typeKey, labelFr: "Test", labelEn: "Test" } });
});

const entityNamed = async (name: string) => (await createEntity(editor, { name, typeKey })).id;
const versionOf = async (id: string) => (await db.entity.findUniqueOrThrow({ where: { id } })).version;

/** An article dated `published` mentioning each name once; the mentions are linked to the given entities. */
async function articleMentioning(published: { on: string; precision: "DAY" | "MONTH" | "YEAR" } | null, mentions: [string, string][]) {
  const text = mentions.map(([name]) => `Selon la presse, ${name} était présent.`).join(" ");
  const article = await createTestArticle(`Article ${randomUUID().slice(0, 6)}`, [text]);
  if (published) await db.article.update({ where: { id: article.id }, data: { publishedOn: new Date(`${published.on}T00:00:00Z`), publishedPrecision: published.precision } });
  const ids: string[] = [];
  let from = 0;
  for (const [name, entityId] of mentions) {
    const start = text.indexOf(name, from);
    from = start + name.length;
    const [view] = await createAnnotation(editor, article.id, { kind: "ENTITY", start, end: start + name.length, quote: name, entityId });
    ids.push(view!.id);
  }
  return { articleId: article.id, annotationIds: ids };
}

describe("the register list", () => {
  it("searches names and aliases without accents, filters by type, counts mentions and pages", async () => {
    const id = await entityNamed("Direction générale de la surveillance du territoire");
    await addAlias(editor, id, { version: 1, name: "DGST", kind: "ACRONYM" });
    await articleMentioning(null, [["DGST", id]]);

    const byAlias = await listEntities(analyst, { q: "dgst", type: typeKey, page: 1 });
    expect(byAlias.items).toEqual([expect.objectContaining({ id, matchedAlias: "DGST", aliasCount: 2, mentionCount: 1 })]);
    expect((await listEntities(analyst, { q: "GÉNÉRALE de la surv", type: typeKey, page: 1 })).items.map((row) => row.id)).toEqual([id]);
    expect((await listEntities(analyst, { q: "dgst", type: "PERSON", page: 1 })).items.map((row) => row.id)).not.toContain(id);
    expect((await searchEntities(analyst, "surveillance du terr")).map((row) => row.id)).toContain(id);

    for (let index = 0; index < 55; index++) await entityNamed(`Zz entité ${String(index).padStart(2, "0")}`);
    const first = await listEntities(analyst, { q: "", type: typeKey, page: 1 });
    const second = await listEntities(analyst, { q: "", type: typeKey, page: 2 });
    expect(first.total).toBe(56);
    expect(first.items).toHaveLength(50);
    expect(second.items).toHaveLength(6);
    expect(first.items[0]?.name).toBe("Direction générale de la surveillance du territoire");
  });
});

describe("the entity page's data", () => {
  it("lists every mention with its context, co-mentioned entities and a timeline at each date's precision", async () => {
    const loudiyi = await entityNamed("Abdellatif Loudiyi");
    const esper = await entityNamed("Mark Esper");
    const colcombet = await entityNamed("Régis Colcombet");
    await articleMentioning({ on: "2020-10-01", precision: "MONTH" }, [["Abdellatif Loudiyi", loudiyi], ["Mark Esper", esper], ["Abdellatif Loudiyi", loudiyi]]);
    await articleMentioning({ on: "2023-01-01", precision: "YEAR" }, [["Abdellatif Loudiyi", loudiyi], ["Régis Colcombet", colcombet]]);
    await articleMentioning({ on: "2023-03-05", precision: "DAY" }, [["Abdellatif Loudiyi", loudiyi], ["Mark Esper", esper]]);
    await articleMentioning(null, [["Abdellatif Loudiyi", loudiyi]]);

    const entity = await getEntity(analyst, loudiyi);
    expect(entity).toMatchObject({ canonicalName: "Abdellatif Loudiyi", mentionCount: 5, articleCount: 4, mergedIntoId: null, type: { key: typeKey } });
    const mentions = await listEntityMentions(analyst, loudiyi, 1);
    expect(mentions.total).toBe(5);
    expect(mentions.items[0]).toMatchObject({ quote: "Abdellatif Loudiyi", prefix: expect.stringContaining("Selon la presse"), suffix: expect.stringContaining("était présent"), article: { publishedOn: "2023-03-05", publishedPrecision: "DAY" } });
    expect(mentions.items.at(-1)?.article.publishedOn).toBeNull();

    const { coMentions, timeline } = await getEntityContext(analyst, loudiyi);
    expect(coMentions.map(({ name, articles }) => [name, articles])).toEqual([["Mark Esper", 2], ["Régis Colcombet", 1]]);
    expect(timeline).toEqual([
      { year: 2020, month: 10, mentions: 2, articles: 1 },
      { year: 2023, month: null, mentions: 1, articles: 1 },
      { year: 2023, month: 3, mentions: 1, articles: 1 },
      { year: null, month: null, mentions: 1, articles: 1 },
    ]);
  });
});

describe("editing an entity", () => {
  it("renames, describes and identifies it with the version read, and refuses a stale version (409)", async () => {
    const id = await entityNamed("Youssef Amrani");
    const saved = await updateEntity(editor, id, { version: 1, description: "Diplomate", externalIds: { wikidata: "Q3572183" } });
    expect(saved.version).toBe(2);
    await expectAppError(updateEntity(analyst, id, { version: 1, description: "écrasé ?" }), "CONFLICT");
    await updateEntity(analyst, id, { version: 2, canonicalName: "Youssef Amrani (diplomate)" });
    const entity = await getEntity(editor, id);
    expect(entity).toMatchObject({ canonicalName: "Youssef Amrani (diplomate)", description: "Diplomate", externalIds: { wikidata: "Q3572183" }, version: 3 });
    expect(entity.aliases.map(({ name, kind }) => [name, kind])).toEqual([
      ["Youssef Amrani (diplomate)", "CANONICAL"],
      ["Youssef Amrani", "VARIANT"],
    ]);
  });

  it("adds names in several scripts and removes them, but never the canonical name", async () => {
    const id = await entityNamed("Nasser Bourita ar");
    const { alias, version } = await addAlias(analyst, id, { version: 1, name: "ناصر بوريطة", kind: "TRANSLATION", language: "ar" });
    expect(alias).toMatchObject({ name: "ناصر بوريطة", kind: "TRANSLATION", language: "ar" });
    expect((await searchEntities(analyst, "بوريطة")).map((row) => row.id)).toContain(id);
    expect((await expectAppError(addAlias(analyst, id, { version, name: "ناصر  بوريطة", kind: "VARIANT" }), "INVALID")).message).toMatch(/already a name/);
    await expectAppError(addAlias(analyst, id, { version: 1, name: "Bourita", kind: "VARIANT" }), "CONFLICT");

    const canonical = (await getEntity(analyst, id)).aliases.find((row) => row.kind === "CANONICAL")!;
    expect((await expectAppError(removeAlias(analyst, id, canonical.id, version), "INVALID")).message).toMatch(/canonical name cannot be removed/);
    const removed = await removeAlias(analyst, id, alias.id, version);
    expect((await getEntity(analyst, id)).aliases.map((row) => row.name)).toEqual(["Nasser Bourita ar"]);
    // Added again, the removed name comes back.
    const again = await addAlias(analyst, id, { version: removed.version, name: "ناصر بوريطة", kind: "TRANSLATION", language: "ar" });
    expect(again.alias.id).toBe(alias.id);
  });
});

describe("merging and undoing", () => {
  it("moves names and mentions to the entity kept, shows both on it, and undoes exactly that", async () => {
    const nacer = await entityNamed("Nacer Bourita");
    const nasser = await entityNamed("Nasser Bourita");
    await addAlias(editor, nacer, { version: 1, name: "N. Bourita", kind: "VARIANT" });
    await addAlias(editor, nasser, { version: 1, name: "N. Bourita", kind: "VARIANT" });
    const first = await articleMentioning({ on: "2020-10-01", precision: "MONTH" }, [["Nacer Bourita", nacer], ["Nacer Bourita", nacer]]);
    const second = await articleMentioning({ on: "2024-01-01", precision: "YEAR" }, [["Nasser Bourita", nasser]]);

    await expectAppError(mergeEntities(analyst, { sourceId: nacer, targetId: nasser, sourceVersion: 1, targetVersion: 2 }), "CONFLICT");
    const merge = await mergeEntities(analyst, { sourceId: nacer, targetId: nasser, sourceVersion: 2, targetVersion: 2 });
    expect(merge).toMatchObject({ targetId: nasser, movedAliases: 1, movedMentions: 2 });

    const kept = await getEntity(analyst, nasser);
    expect(kept.mentionCount).toBe(3);
    expect(kept.aliases.map(({ name, kind }) => [name, kind]).sort()).toEqual([["N. Bourita", "VARIANT"], ["Nacer Bourita", "VARIANT"], ["Nasser Bourita", "CANONICAL"]]);
    expect(kept.merges).toEqual([expect.objectContaining({ id: merge.mergeId, source: { id: nacer, name: "Nacer Bourita" }, movedAliases: 1, movedMentions: 2 })]);
    expect((await listEntityMentions(analyst, nasser, 1)).items.map((mention) => mention.quote).sort()).toEqual(["Nacer Bourita", "Nacer Bourita", "Nasser Bourita"]);
    expect((await getEntity(analyst, nacer)).mergedIntoId).toBe(nasser);
    expect((await db.article.findUniqueOrThrow({ where: { id: first.articleId } })).entityIds).toEqual([nasser]);
    expect((await listEntities(analyst, { q: "nacer", type: typeKey, page: 1 })).items.map((row) => row.id)).toEqual([nasser]);
    // A merged entity cannot be changed any more; an annotation made on it lands on the entity kept.
    await expectAppError(updateEntity(editor, nacer, { version: 3, description: "x" }), "CONFLICT");
    const [late] = await createAnnotation(editor, second.articleId, { kind: "ENTITY", start: 17, end: 31, quote: "Nasser Bourita", entityId: nacer });
    expect(late?.entity?.id).toBe(nasser);

    expect(await undoMerge(analyst, merge.mergeId)).toEqual({ sourceId: nacer, targetId: nasser });
    const restored = await getEntity(analyst, nacer);
    expect(restored).toMatchObject({ mergedIntoId: null, mentionCount: 2 });
    expect(restored.aliases.map(({ name, kind }) => [name, kind]).sort()).toEqual([["N. Bourita", "VARIANT"], ["Nacer Bourita", "CANONICAL"]]);
    expect((await getEntity(analyst, nasser)).mentionCount).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id: first.articleId } })).entityIds).toEqual([nacer]);
    expect((await expectAppError(undoMerge(analyst, merge.mergeId), "CONFLICT")).message).toMatch(/already been undone/);
  });

  it("refuses an undo (409) once what moved has moved again, or the entity kept was merged in turn", async () => {
    const a = await entityNamed("Abdeltif Loudyi");
    const b = await entityNamed("Abdellatif Loudiyi bis");
    const c = await entityNamed("Abdellatif Loudiyi ter");
    const { annotationIds } = await articleMentioning(null, [["Abdeltif Loudyi", a]]);
    const merge = await mergeEntities(editor, { sourceId: a, targetId: b, sourceVersion: 1, targetVersion: 1 });

    // An analyst relinks a moved mention to another entity: moving it back would undo that decision.
    const mention = await db.annotation.findUniqueOrThrow({ where: { id: annotationIds[0] } });
    const relinked = await updateAnnotation(editor, mention.id, { version: mention.version, entityId: c });
    expect((await expectAppError(undoMerge(editor, merge.mergeId), "CONFLICT")).message).toMatch(/moved or relinked since/);
    await updateAnnotation(editor, mention.id, { version: relinked.version, entityId: b });

    // b merged into c: a (merged into b) now stands for c, and the first merge waits for the second's undo.
    const second = await mergeEntities(editor, { sourceId: b, targetId: c, sourceVersion: await versionOf(b), targetVersion: await versionOf(c) });
    expect((await db.entity.findUniqueOrThrow({ where: { id: a } })).mergedIntoId).toBe(c);
    expect((await expectAppError(undoMerge(editor, merge.mergeId), "CONFLICT")).message).toMatch(/undo that merge first/);
    await undoMerge(editor, second.mergeId);
    expect((await db.entity.findUniqueOrThrow({ where: { id: a } })).mergedIntoId).toBe(b);
    await undoMerge(editor, merge.mergeId);
    expect((await getEntity(editor, a)).mentionCount).toBe(1);
  });
});

describe("splitting", () => {
  it("moves the chosen names and mentions to a new entity", async () => {
    const id = await entityNamed("Mohammed");
    const { alias } = await addAlias(editor, id, { version: 1, name: "Mohammed VI", kind: "VARIANT" });
    const { annotationIds } = await articleMentioning(null, [["Mohammed", id], ["Mohammed VI", id], ["Mohammed", id]]);
    const version = await versionOf(id);

    expect((await expectAppError(splitEntity(analyst, id, { version, name: "Mohammed", aliasIds: [], annotationIds: [annotationIds[1]!] }), "INVALID")).message).toMatch(/is a name of this entity/);
    const canonical = (await getEntity(analyst, id)).aliases.find((row) => row.kind === "CANONICAL")!;
    await expectAppError(splitEntity(analyst, id, { version, name: "Autre", aliasIds: [canonical.id], annotationIds: [] }), "INVALID");
    await expectAppError(splitEntity(analyst, id, { version: version - 1, name: "Mohammed VI", aliasIds: [alias.id], annotationIds: [] }), "CONFLICT");

    const otherType = `${typeKey}B`;
    await db.entityType.create({ data: { key: otherType, labelFr: "Autre", labelEn: "Other" } });
    const created = await splitEntity(analyst, id, { version, name: "Mohammed VI", typeKey: otherType, aliasIds: [alias.id], annotationIds: [annotationIds[1]!] });
    const king = await getEntity(analyst, created.id);
    expect(king).toMatchObject({ canonicalName: "Mohammed VI", mentionCount: 1, type: { key: otherType } });
    expect(king.aliases).toEqual([{ id: alias.id, name: "Mohammed VI", kind: "CANONICAL", language: null }]);
    const rest = await getEntity(analyst, id);
    expect(rest).toMatchObject({ mentionCount: 2, version: version + 1 });
    expect(rest.aliases.map((row) => row.name)).toEqual(["Mohammed"]);
  });
});

describe("permissions", () => {
  it("refuses a reader everything, and a stale or unknown request changes nothing", async () => {
    const id = await entityNamed("Gérald Darmanin");
    const other = await entityNamed("Gérard Darmanin");
    for (const attempt of [
      listEntities(reader, { q: "", page: 1 }),
      getEntity(reader, id),
      listEntityMentions(reader, id, 1),
      getEntityContext(reader, id),
      updateEntity(reader, id, { version: 1, description: "x" }),
      addAlias(reader, id, { version: 1, name: "G. Darmanin", kind: "VARIANT" }),
      mergeEntities(reader, { sourceId: other, targetId: id, sourceVersion: 1, targetVersion: 1 }),
      splitEntity(reader, id, { version: 1, name: "x", aliasIds: [], annotationIds: [] }),
      undoMerge(reader, randomUUID()),
    ]) {
      await expectAppError(attempt, "FORBIDDEN");
    }
    await expectAppError(getEntity(analyst, randomUUID()), "NOT_FOUND");
    await expectAppError(undoMerge(analyst, randomUUID()), "NOT_FOUND");
    expect(await versionOf(id)).toBe(1);
  });
});
