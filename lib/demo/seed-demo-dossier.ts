// The demo's published dossier, so readers have something to read on a fresh start: written by the
// demo analyst from seeds 004 and 002 (two quotes, two dated events, a commentary) and published by
// the demo editor, composed and frozen by the same code as the app's publish step. The entities the
// import suggested inside the quotes are accepted, so the entities and network panels have content.
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import type { Database } from "@/lib/db/client";
import { composeDossier } from "@/lib/dossiers/compose-dossier";
import { loadMaterial } from "@/lib/dossiers/load-material";
import { versionColumns } from "@/lib/dossiers/version-columns";
import type { Prisma } from "@/lib/generated/prisma/client";

const ESPER = "Mark Esper à Tunis, Alger et Rabat : accord de coopération militaire";
const COMMISSION = "22e Commission militaire mixte maroco-française à Rabat";

const dossier = {
  slug: "cooperation-militaire-maroc-etats-unis-france-2020-2024",
  title: "Coopération militaire : le Maroc entre Washington et Paris (2020–2024)",
  summary: "Deux accords structurants, à quatre ans d'intervalle : l'accord signé avec le Pentagone en 2020 et la relance de la commission militaire mixte franco-marocaine en 2024.",
};

const events = [
  { article: ESPER, quote: "vendredi 2 octobre", date: { start: "2020-10-02", end: "2020-10-02", precision: "DAY" as const } },
  { article: COMMISSION, quote: "le 2 décembre", date: { start: "2024-12-02", end: "2024-12-02", precision: "DAY" as const } },
];

const quotes = [
  { article: ESPER, quote: "un accord de coopération avec le Royaume dans le but de lutter contre le djihadisme et de renforcer davantage la sécurité en Afrique du Nord, en Libye ou au Sahel" },
  { article: COMMISSION, quote: "Une rencontre qui a marqué une nouvelle étape très importante au sujet des relations militaires qu’entretiennent la France et le Maroc" },
];

const commentary = "Les deux partenariats se **complètent** plus qu'ils ne se concurrencent : Washington apporte l'équipement et les exercices, Paris la formation et le renseignement.";

export async function seedDemoDossier(db: Database): Promise<void> {
  if (await db.dossier.findUnique({ where: { slug: dossier.slug }, select: { id: true } })) return;
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const [analyst, editor] = await Promise.all([user("analyst@demo.local"), user("editor@demo.local")]);
  await db.$transaction(async (tx) => {
    const article = async (title: string) => {
      const found = await tx.article.findFirst({ where: { title, deletedAt: null }, select: { id: true, currentRevision: { select: { id: true, text: true } } } });
      if (!found?.currentRevision) throw new Error(`The demo dossier needs the article "${title}".`);
      return { id: found.id, revisionId: found.currentRevision.id, text: found.currentRevision.text };
    };
    const created = await tx.dossier.create({ data: { ...dossier, ownerId: analyst.id, status: "IN_REVIEW" }, select: { id: true, title: true, summary: true, panels: true } });
    const context = await tx.dossierSection.create({ data: { dossierId: created.id, title: "Deux accords", position: 0 }, select: { id: true } });
    const timeline = await tx.dossierSection.create({ data: { dossierId: created.id, title: "Repères", position: 1 }, select: { id: true } });
    let position = 0;
    for (const { article: title, quote } of quotes) {
      const source = await article(title);
      const start = source.text.indexOf(quote);
      await acceptEntitiesWithin(tx, source, start, start + quote.length, editor.id);
      await tx.dossierItem.create({ data: { sectionId: context.id, position: position++, kind: "EXCERPT", articleId: source.id, revisionId: source.revisionId, start, end: start + quote.length, ...describeSpan(source.text, start, start + quote.length) } });
    }
    await tx.dossierItem.create({ data: { sectionId: context.id, position: position++, kind: "COMMENTARY", body: commentary } });
    for (const [index, event] of events.entries()) {
      const annotationId = await acceptedDate(tx, await article(event.article), event, analyst.id, editor.id);
      await tx.dossierItem.create({ data: { sectionId: timeline.id, position: index, kind: "EVENT", annotationId } });
    }
    const { snapshot, citedRecords, problems } = composeDossier(await loadMaterial(tx, created));
    if (problems.length > 0) throw new Error(`The demo dossier cannot be published: ${problems.map((problem) => problem.message).join(" ")}`);
    await tx.dossierVersion.create({
      data: { dossierId: created.id, number: 1, title: snapshot.title, snapshot: snapshot as unknown as Prisma.InputJsonValue, citedRecords: citedRecords as unknown as Prisma.InputJsonValue, publishedById: editor.id, ...versionColumns(snapshot) },
    });
    await tx.dossier.update({ where: { id: created.id }, data: { status: "PUBLISHED", reviewerId: editor.id, version: { increment: 1 } } });
  });
}

// The suggested entity mentions inside a quote, accepted by the demo editor.
async function acceptEntitiesWithin(tx: Prisma.TransactionClient, article: { id: string; revisionId: string }, start: number, end: number, reviewerId: string): Promise<void> {
  await tx.annotation.updateMany({
    where: { articleId: article.id, revisionId: article.revisionId, kind: "ENTITY", status: "SUGGESTED", deletedAt: null, start: { gte: start }, end: { lte: end } },
    data: { status: "ACCEPTED", reviewerId, reviewedAt: new Date(), version: { increment: 1 } },
  });
}

// The date annotation an event cites, accepted: the import's suggestion when there is one, else a new one.
async function acceptedDate(tx: Prisma.TransactionClient, article: { id: string; revisionId: string; text: string }, event: (typeof events)[number], authorId: string, reviewerId: string): Promise<string> {
  const dates = { dateStart: new Date(`${event.date.start}T00:00:00Z`), dateEnd: new Date(`${event.date.end}T00:00:00Z`), datePrecision: event.date.precision };
  const review = { status: "ACCEPTED" as const, reviewerId, reviewedAt: new Date() };
  const suggested = await tx.annotation.findFirst({ where: { articleId: article.id, revisionId: article.revisionId, kind: "DATE", quote: event.quote, deletedAt: null }, select: { id: true } });
  if (suggested) {
    await tx.annotation.update({ where: { id: suggested.id }, data: { ...dates, ...review, version: { increment: 1 } } });
    return suggested.id;
  }
  const start = article.text.indexOf(event.quote);
  const created = await tx.annotation.create({
    data: { articleId: article.id, revisionId: article.revisionId, kind: "DATE", start, end: start + event.quote.length, ...describeSpan(article.text, start, start + event.quote.length), ...dates, ...review, authorId },
    select: { id: true },
  });
  return created.id;
}
