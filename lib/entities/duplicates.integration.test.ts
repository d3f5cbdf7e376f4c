// Duplicate proposals against PostgreSQL: the spelling variants of the seed articles are proposed with
// their evidence, clearly different people are not, and a pair a person decided (dismissed, or merged)
// is never proposed again.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createEntity } from "@/lib/entities/create-entity";
import { dismissDuplicate } from "@/lib/entities/dismiss-duplicate";
import { findDuplicates, type DuplicateProposal } from "@/lib/entities/find-duplicates";
import { mergeEntities, undoMerge } from "@/lib/entities/merge-entities";
import { actorOf, createTestArticle, createTestUser, expectAppError } from "@/lib/testing/fixtures";

let analyst: CurrentUser;
let reader: CurrentUser;

beforeAll(async () => {
  analyst = actorOf(await createTestUser("ANALYST"));
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
const proposalFor = (proposals: DuplicateProposal[], a: string, b: string) => proposals.find((proposal) => namesOf(proposal).join("|") === [a, b].sort().join("|"));

/** Marks every occurrence of `name` in the demo seed article as a mention of the entity of that name. */
async function annotateSeed(seedTitle: string, name: string, typeKey: string): Promise<string> {
  const article = await db.article.findFirstOrThrow({ where: { title: seedTitle, deletedAt: null }, select: { id: true, currentRevision: { select: { text: true } } } });
  const { id } = await createEntity(analyst, { name, typeKey });
  const text = article.currentRevision?.text ?? "";
  for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + name.length)) {
    await createAnnotation(analyst, article.id, { kind: "ENTITY", start, end: start + name.length, quote: name, entityId: id });
  }
  return id;
}

describe("duplicate proposals", () => {
  it("proposes the spelling variants of seeds 000, 001 and 004, and the DGST with its expansion", async () => {
    const colcombet = "Le général Régis Colcombet (DCSD) en mission à Rabat";
    const darmanin = "Gérald Darmanin à Rabat : terrorisme, JO de Paris 2024 et Sahel";
    const relations = "Le réchauffement des relations franco-marocaines se confirme";
    const esper = "Mark Esper à Tunis, Alger et Rabat : accord de coopération militaire";
    await annotateSeed(colcombet, "Abdellatif Loudiyi", "PERSON");
    await annotateSeed(esper, "Abdeltif Loudyi", "PERSON");
    await annotateSeed(darmanin, "Nasser Bourita", "PERSON");
    await annotateSeed(esper, "Nacer Bourita", "PERSON");
    await annotateSeed(esper, "Mohammed VI", "PERSON");
    await annotateSeed(relations, "DGST", "ORG");
    await annotateSeed(relations, "Direction générale de la surveillance du territoire", "ORG");

    const people = await allProposals("PERSON");
    expect(proposalFor(people, "Nacer Bourita", "Nasser Bourita")).toMatchObject({
      reason: "variant",
      score: expect.any(Number),
      first: { matchedName: expect.stringMatching(/Bourita$/) },
      sharedArticles: 0,
    });
    expect(proposalFor(people, "Abdeltif Loudyi", "Abdellatif Loudiyi")).toMatchObject({ reason: "variant" });
    const bourita = proposalFor(people, "Nacer Bourita", "Nasser Bourita") as DuplicateProposal;
    expect(bourita.score).toBeGreaterThanOrEqual(0.85);
    expect(Math.min(bourita.first.mentionCount, bourita.second.mentionCount)).toBeGreaterThanOrEqual(1);
    expect(people.filter((proposal) => namesOf(proposal).includes("Mohammed VI"))).toEqual([]);

    expect(proposalFor(await allProposals("ORG"), "DGST", "Direction générale de la surveillance du territoire")).toMatchObject({ reason: "acronym", sharedArticles: 1 });
  });

  it("never proposes a dismissed or merged pair again; an undone merge is proposed anew", async () => {
    const type = `T${randomUUID().slice(0, 8).toUpperCase()}`;
    await db.entityType.create({ data: { key: type, labelFr: "Test", labelEn: "Test" } });
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
