// Who may see and change a dossier's working copy: its owner (analysts see only their own drafts),
// and editors and admins (all drafts). Every change goes through `changeDossier`, which checks the
// rights and the version the change was based on, and bumps that version.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const dossierFields = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  panels: true,
  reviewComment: true,
  scheduledAt: true,
  unpublishedAt: true,
  ownerId: true,
  version: true,
  updatedAt: true,
  owner: { select: { id: true, name: true } },
  reviewer: { select: { id: true, name: true } },
} satisfies Prisma.DossierSelect;

export type DossierRow = Prisma.DossierGetPayload<{ select: typeof dossierFields }>;

export function assertWorkspace(actor: CurrentUser): void {
  if (!can(actor.role, "dossier.create") && !can(actor.role, "dossier.read_drafts")) throw forbidden();
}

/** The working copies the actor may see: all of them for editors and admins, else their own. */
export function visibleDrafts(actor: CurrentUser): Prisma.DossierWhereInput {
  assertWorkspace(actor);
  return can(actor.role, "dossier.read_drafts") ? { deletedAt: null } : { deletedAt: null, ownerId: actor.id };
}

export async function findWorkingDossier(client: Prisma.TransactionClient, actor: CurrentUser, slug: string): Promise<DossierRow> {
  const dossier = await client.dossier.findFirst({ where: { slug, ...visibleDrafts(actor) }, select: dossierFields });
  if (!dossier) throw notFound("This dossier");
  return dossier;
}

export function canEditDossier(actor: CurrentUser, dossier: { ownerId: string }): boolean {
  return can(actor.role, dossier.ownerId === actor.id ? "dossier.edit_own" : "dossier.edit_any");
}

/**
 * Applies `change` to the working copy based on `version`: refused (409) when someone changed the
 * dossier meanwhile, and while it awaits review or publication. Editing a published dossier starts
 * a new draft; the published versions stay as they are.
 */
export async function changeDossier<T>(
  actor: CurrentUser,
  slug: string,
  version: number,
  change: (tx: Prisma.TransactionClient, dossier: DossierRow) => Promise<T>,
): Promise<{ result: T; version: number }> {
  return db.$transaction(async (tx) => {
    const dossier = await findWorkingDossier(tx, actor, slug);
    if (!canEditDossier(actor, dossier)) throw forbidden("Only the dossier's author or an editor may change it.");
    if (dossier.status === "IN_REVIEW" || dossier.status === "SCHEDULED") {
      throw invalid(dossier.status === "IN_REVIEW" ? "This dossier is in review: withdraw it from review before changing it." : "This dossier is scheduled for publication: cancel the publication before changing it.");
    }
    const result = await change(tx, dossier);
    const bumped = await tx.dossier.updateMany({
      where: { id: dossier.id, version },
      data: { version: { increment: 1 }, ...(dossier.status === "PUBLISHED" ? { status: "DRAFT" } : {}) },
    });
    if (bumped.count === 0) throw conflict("Someone else changed this dossier meanwhile. Reload it and apply your change again.");
    return { result, version: version + 1 };
  });
}

/** For the workflow: the dossier at `version`, or 409. */
export function assertVersion(dossier: { version: number }, version: number): void {
  if (dossier.version !== version) throw conflict("Someone else changed this dossier meanwhile. Reload it and try again.");
}
