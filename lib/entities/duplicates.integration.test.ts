// Duplicate proposals against PostgreSQL: after the five seed articles go through the import pipeline
// (whose suggestions register the names they find), their spelling variants are proposed with their
// evidence, clearly different people are not, and a pair a person decided (dismissed, or merged) is
// never proposed again.
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/entities/create-entity";
import { dismissDuplicate } from "@/lib/entities/dismiss-duplicate";
import { findDuplicates, type DuplicateProposal } from "@/lib/entities/find-duplicates";
import { mergeEntities, undoMerge } from "@/lib/entities/merge-entities";
import { importArticle } from "@/lib/ingest/import-article";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let analyst: CurrentUser;
let editor: CurrentUser;
let reader: CurrentUser;

beforeAll(async () => {
  analyst = actorOf(await createTestUser("ANALYST"));
  editor = actorOf(await createTestUser("EDITOR"));
  reader = actorOf(await createTestUser("READER"));
});

async function allProposals(type: string): Promise<DuplicateProposal[]> {
  const proposals: DuplicateProposal[] = [];
  for (let page = 1; ; page++) {
    const found = await findDuplicates(analyst, { type, page });
    proposals.push(...found.items);
    if (page * found.pageSize >= found.total) return proposals;
  }
}

const namesOf = (proposal: DuplicateProposal) => [proposal.first.name, proposal.second.name].sort();
const proposalFor = (proposals: DuplicateProposal[], a: string, b: string) => proposals.find((proposal) => [proposal.first.id, proposal.second.id].sort().join("|") === [a, b].sort().join("|"));
const testType = async () => {
  const key = `T${randomUUID().slice(0, 8).toUpperCase()}`;
  await db.entityType.create({ data: { key, labelFr: "Test", labelEn: "Test" } });
  return key;
};

/** Imports a seed file through the import pipeline, with a marker line so it is new to this database. */
async function importSeed(file: string): Promise<string> {
  const text = `${await readFile(path.join(process.cwd(), "prisma", "demo", "articles", file), "utf8")}\n\nRéf. ${randomUUID()}`;
  // A title of its own: the demo's copies of the seeds keep theirs, which other tests look for.
  const outcome = await importArticle(editor, { filename: file, mediaType: "text/plain", bytes: new TextEncoder().encode(text), text, language: "fr", title: `Import de ${file}` });
  if (outcome.status !== "created") throw new Error(`${file} was not imported`);
  return outcome.id;
}

/** The entity the import linked the mention `quote` of the article to. */
async function entityMentioned(articleId: string, quote: string): Promise<string> {
  const mention = await db.annotation.findFirstOrThrow({ where: { articleId, quote, kind: "ENTITY", deletedAt: null }, select: { entityId: true } });
  return mention.entityId as string;
}

describe("duplicate proposals", () => {
  it("after importing the five seeds, proposes Nacer/Nasser Bourita and Abdeltif Loudyi/Abdellatif Loudiyi, and files the DGST under its expansion", async () => {
    const files = (await readdir(path.join(process.cwd(), "prisma", "demo", "articles"))).sort();
    expect(files).toHaveLength(5);
    const [colcombet, darmanin, , relations, esper] = await Promise.all(files.map(importSeed));
    const nacer = await entityMentioned(esper as string, "Nacer Bourita");
    const nasser = await entityMentioned(darmanin as string, "Nasser Bourita");
    const abdeltif = await entityMentioned(esper as string, "Abdeltif Loudyi");
    const abdellatif = await entityMentioned(colcombet as string, "Abdellatif Loudiyi");
    const dgst = await entityMentioned(relations as string, "DGST");
    expect(new Set([nacer, nasser, abdeltif, abdellatif]).size).toBe(4);

    const people = await allProposals("PERSON");
    const bourita = proposalFor(people, nacer, nasser);
    expect(bourita).toMatchObject({ reason: "variant", score: expect.any(Number) });
    expect(bourita?.score).toBeGreaterThanOrEqual(0.85);
    expect([bourita?.first.matchedName, bourita?.second.matchedName].sort()).toEqual(["Nacer Bourita", "Nasser Bourita"]);
    expect(Math.min(bourita?.first.mentionCount ?? 0, bourita?.second.mentionCount ?? 0)).toBeGreaterThanOrEqual(1);
    expect(proposalFor(people, abdeltif, abdellatif)).toMatchObject({ reason: "variant" });
    // Different people sharing a first name are not proposed (the demo register has Abdellatif Hammouchi).
    const pairs = people.map((proposal) => namesOf(proposal).join(" | "));
    expect(pairs).not.toContain("Abdellatif Hammouchi | Abdellatif Loudiyi");
    expect(pairs.filter((pair) => /Mohammed VI/.test(pair) && pair !== "Mohammed VI | Mohammed VI")).toEqual([]);

    // The DGST is a name of the Direction générale… in the demo register: the import linked it there.
    const dgstNames = await db.entityAlias.findMany({ where: { entityId: dgst, deletedAt: null }, select: { name: true } });
    expect(dgstNames.map((alias) => alias.name)).toEqual(expect.arrayContaining(["DGST", "Direction générale de la surveillance du territoire"]));
  });

  it("proposes an acronym and its expansion registered apart", async () => {
    const type = await testType();
    await createEntity(analyst, { name: "DGED", typeKey: type });
    await createEntity(analyst, { name: "Direction générale des études et de la documentation", typeKey: type });
    expect((await allProposals(type)).map((proposal) => [proposal.reason, ...namesOf(proposal)])).toEqual([["acronym", "DGED", "Direction générale des études et de la documentation"]]);
  });

  it("never proposes a dismissed or merged pair again; an undone merge is proposed anew", async () => {
    const type = await testType();
    const entity = async (name: string) => (await createEntity(analyst, { name, typeKey: type })).id;
    const [nacer, nasser, esper] = [await entity("Nacer Bourita"), await entity("Nasser Bourita"), await entity("Mark Esper")];
    for (const name of ["Nasser Zefzafi", "Mohammed Hajib", "Mohammed VI"]) await entity(name);
    // Each spelling in its own article, both beside Mark Esper: evidence that they are one person.
    for (const [name, id] of [["Nacer Bourita", nacer], ["Nasser Bourita", nasser]] as const) {
      const text = `${name} a reçu Mark Esper.`;
      const article = await createTestArticle(name, [text]);
      await createAnnotation(analyst, article.id, { kind: "ENTITY", start: 0, end: name.length, quote: name, entityId: id });
      await createAnnotation(analyst, article.id, { kind: "ENTITY", start: text.indexOf("Mark"), end: text.indexOf("Mark") + 10, quote: "Mark Esper", entityId: esper });
    }
    const [proposal] = await allProposals(type);
    expect(proposal).toMatchObject({ sharedArticles: 0, sharedNeighbours: ["Mark Esper"], first: { mentionCount: 1 }, second: { mentionCount: 1 } });
    const pairs = async () => (await allProposals(type)).map(namesOf);
    expect(await pairs()).toEqual([["Nacer Bourita", "Nasser Bourita"]]);

    await dismissDuplicate(analyst, [nasser, nacer]);
    expect(await pairs()).toEqual([]);

    const loudyi = await entity("Abdeltif Loudyi");
    const loudiyi = await entity("Abdellatif Loudiyi");
    expect(await pairs()).toEqual([["Abdellatif Loudiyi", "Abdeltif Loudyi"]]);
    const merge = await mergeEntities(analyst, { sourceId: loudyi, targetId: loudiyi, sourceVersion: 1, targetVersion: 1 });
    expect(await pairs()).toEqual([]);
    await undoMerge(analyst, merge.mergeId);
    expect(await pairs()).toEqual([["Abdellatif Loudiyi", "Abdeltif Loudyi"]]);
  });

  it("is refused to a reader", async () => {
    await expectAppError(findDuplicates(reader, { page: 1 }), "FORBIDDEN");
    await expectAppError(dismissDuplicate(reader, [randomUUID(), randomUUID()]), "FORBIDDEN");
  });
});
