// Sections of a dossier: added, renamed, moved, deleted (softly: restoring brings back its items).
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { changeDossier } from "@/lib/dossiers/dossier-access";
import { reorder } from "@/lib/dossiers/reorder";
import { invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function addSection(actor: CurrentUser, slug: string, version: number, title: string) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    const count = await tx.dossierSection.count({ where: { dossierId: dossier.id, deletedAt: null } });
    const section = await tx.dossierSection.create({ data: { dossierId: dossier.id, title, position: count }, select: { id: true } });
    await recordAudit({ actorId: actor.id, action: "dossier.section.create", targetType: "dossier", targetId: dossier.id, after: { sectionId: section.id, title } }, tx);
    return section;
  });
}

export async function updateSection(actor: CurrentUser, slug: string, sectionId: string, { version, title, position }: { version: number; title?: string; position?: number }) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    const section = await requireSection(tx, dossier.id, sectionId);
    if (title !== undefined) await tx.dossierSection.update({ where: { id: section.id }, data: { title } });
    if (position !== undefined) {
      const siblings = await tx.dossierSection.findMany({ where: { dossierId: dossier.id, deletedAt: null }, orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true } });
      for (const row of reorder(siblings, section, position)) await tx.dossierSection.update({ where: { id: row.id }, data: { position: row.position } });
    }
    await recordAudit({ actorId: actor.id, action: "dossier.section.update", targetType: "dossier", targetId: dossier.id, before: { title: section.title }, after: { sectionId, title, position } }, tx);
  });
}

export async function deleteSection(actor: CurrentUser, slug: string, sectionId: string, version: number) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    const section = await requireSection(tx, dossier.id, sectionId);
    const remaining = await tx.dossierSection.count({ where: { dossierId: dossier.id, deletedAt: null } });
    if (remaining <= 1) throw invalid("A dossier keeps at least one section.");
    await tx.dossierSection.update({ where: { id: section.id }, data: { deletedAt: new Date() } });
    await recordAudit({ actorId: actor.id, action: "dossier.section.delete", targetType: "dossier", targetId: dossier.id, before: { sectionId, title: section.title, deleted: false }, after: { sectionId, deleted: true } }, tx);
  });
}

export async function restoreSection(actor: CurrentUser, slug: string, sectionId: string, version: number) {
  return changeDossier(actor, slug, version, async (tx, dossier) => {
    const section = await tx.dossierSection.findFirst({ where: { id: sectionId, dossierId: dossier.id, deletedAt: { not: null } }, select: { id: true } });
    if (!section) throw notFound("This deleted section");
    await tx.dossierSection.update({ where: { id: section.id }, data: { deletedAt: null } });
    await recordAudit({ actorId: actor.id, action: "dossier.section.restore", targetType: "dossier", targetId: dossier.id, before: { sectionId, deleted: true }, after: { sectionId, deleted: false } }, tx);
  });
}

export async function requireSection(tx: Prisma.TransactionClient, dossierId: string, sectionId: string) {
  const section = await tx.dossierSection.findFirst({ where: { id: sectionId, dossierId, deletedAt: null }, select: { id: true, title: true } });
  if (!section) throw notFound("This section");
  return section;
}
