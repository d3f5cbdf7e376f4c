// Items of a dossier's sections: a whole article, an excerpt kept as a quote with its anchor, an
// entity card, a dated event (a date annotation), or the analyst's commentary. Added at the end of a
// section, edited (commentary), moved, deleted softly and restored.
import "server-only";
import { describeSpan } from "@/lib/annotations/anchoring/text-quote";
import { assertSpanOf } from "@/lib/annotations/annotation-checks";
import type { CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { changeDossier } from "@/lib/dossiers/dossier-access";
import { requireSection } from "@/lib/dossiers/dossier-sections";
import { reorder } from "@/lib/dossiers/reorder";
import { invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NewDossierItem } from "@/lib/validations/dossier";

export async function addItem(actor: CurrentUser, slug: string, version: number, sectionId: string, item: NewDossierItem) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    await requireSection(tx, dossier.id, sectionId);
    const data = await itemData(tx, item);
    const position = await tx.dossierItem.count({ where: { sectionId, deletedAt: null } });
    const created = await tx.dossierItem.create({ data: { ...data, sectionId, position, kind: item.kind }, select: { id: true } });
    await recordAudit({ actorId: actor.id, action: "dossier.item.create", targetType: "dossier", targetId: dossier.id, after: { itemId: created.id, kind: item.kind, sectionId } }, tx);
    return created;
  });
}

export async function updateItem(actor: CurrentUser, slug: string, itemId: string, input: { version: number; body?: string; sectionId?: string; position?: number }) {
  return changeDossier(actor, slug, input.version, async (tx, dossier) => {
    const item = await requireItem(tx, dossier.id, itemId);
    if (input.body !== undefined) {
      if (item.kind !== "COMMENTARY") throw invalid("Only a commentary has text to edit.");
      await tx.dossierItem.update({ where: { id: item.id }, data: { body: input.body } });
    }
    if (input.position !== undefined) {
      const sectionId = input.sectionId ?? item.sectionId;
      await requireSection(tx, dossier.id, sectionId);
      const siblings = await tx.dossierItem.findMany({ where: { sectionId, deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
      for (const row of reorder(siblings, item, input.position)) await tx.dossierItem.update({ where: { id: row.id }, data: { position: row.position, sectionId } });
    }
    await recordAudit({ actorId: actor.id, action: "dossier.item.update", targetType: "dossier", targetId: dossier.id, before: { itemId, body: item.body, sectionId: item.sectionId }, after: { itemId, body: input.body, sectionId: input.sectionId, position: input.position } }, tx);
  });
}

export async function deleteItem(actor: CurrentUser, slug: string, itemId: string, version: number) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    const item = await requireItem(tx, dossier.id, itemId);
    await tx.dossierItem.update({ where: { id: item.id }, data: { deletedAt: new Date() } });
    await recordAudit({ actorId: actor.id, action: "dossier.item.delete", targetType: "dossier", targetId: dossier.id, before: { itemId, kind: item.kind, deleted: false }, after: { itemId, deleted: true } }, tx);
  });
}

export async function restoreItem(actor: CurrentUser, slug: string, itemId: string, version: number) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    const item = await tx.dossierItem.findFirst({ where: { id: itemId, deletedAt: { not: null }, section: { dossierId: dossier.id, deletedAt: null } }, select: { id: true } });
    if (!item) throw notFound("This deleted item");
    await tx.dossierItem.update({ where: { id: item.id }, data: { deletedAt: null } });
    await recordAudit({ actorId: actor.id, action: "dossier.item.restore", targetType: "dossier", targetId: dossier.id, before: { itemId, deleted: true }, after: { itemId, deleted: false } }, tx);
  });
}

async function requireItem(tx: Prisma.TransactionClient, dossierId: string, itemId: string) {
  const item = await tx.dossierItem.findFirst({
    where: { id: itemId, deletedAt: null, section: { dossierId, deletedAt: null } },
    select: { id: true, kind: true, body: true, sectionId: true },
  });
  if (!item) throw notFound("This item");
  return item;
}

// What each kind of item records, after checking that what it cites exists and may be cited.
async function itemData(tx: Prisma.TransactionClient, item: NewDossierItem) {
  switch (item.kind) {
    case "ARTICLE":
      return { articleId: (await requireArticle(tx, item.articleId)).id };
    case "EXCERPT": {
      const article = await requireArticle(tx, item.articleId);
      if (article.currentRevision?.id !== item.revisionId) throw invalid("The article's text changed since you selected the excerpt: select it again.");
      assertSpanOf(article.currentRevision.text, item);
      const { quote, prefix, suffix } = describeSpan(article.currentRevision.text, item.start, item.end);
      return { articleId: article.id, revisionId: item.revisionId, start: item.start, end: item.end, quote, prefix, suffix };
    }
    case "ENTITY": {
      const entity = await tx.entity.findFirst({ where: { id: item.entityId, deletedAt: null }, select: { id: true, mergedIntoId: true } });
      if (!entity) throw invalid("This entity does not exist in the register.");
      return { entityId: entity.mergedIntoId ?? entity.id };
    }
    case "EVENT": {
      const annotation = await tx.annotation.findFirst({ where: { id: item.annotationId, deletedAt: null, article: { deletedAt: null } }, select: { id: true, kind: true, status: true, articleId: true } });
      if (!annotation) throw invalid("This annotation does not exist or its article was deleted.");
      if (annotation.kind !== "DATE") throw invalid("An event cites a date annotation.");
      if (annotation.status === "REJECTED") throw invalid("This date annotation was rejected: it cannot be cited.");
      return { annotationId: annotation.id, articleId: annotation.articleId };
    }
    case "COMMENTARY":
      return { body: item.body };
  }
}

async function requireArticle(tx: Prisma.TransactionClient, id: string) {
  const article = await tx.article.findFirst({ where: { id, deletedAt: null }, select: { id: true, currentRevision: { select: { id: true, text: true } } } });
  if (!article?.currentRevision) throw invalid("This article does not exist or was deleted.");
  return article;
}
