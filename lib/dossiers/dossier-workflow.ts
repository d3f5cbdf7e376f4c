// Draft → in review (the author submits) → published or scheduled (an editor or admin who is not the
// author approves), or back to draft with the reviewer's comment. Publishing freezes the composed
// dossier as an immutable, numbered version; unpublishing hides the versions and cancels a schedule.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { composeDossier } from "@/lib/dossiers/compose-dossier";
import { assertVersion, canEditDossier, findWorkingDossier, type DossierRow } from "@/lib/dossiers/dossier-access";
import { effectiveStatus, type DossierStatus } from "@/lib/dossiers/dossier-status";
import { loadMaterial } from "@/lib/dossiers/load-material";
import { versionColumns } from "@/lib/dossiers/version-columns";
import { forbidden, invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WorkflowStep } from "@/lib/validations/dossier";

// A schedule must leave at least this long, so "now" is not mistaken for the future.
const MIN_SCHEDULE_LEAD_MS = 60_000;

type Outcome = { data: Prisma.DossierUpdateInput & { status?: DossierStatus }; number?: number };

export async function runWorkflow(actor: CurrentUser, slug: string, step: WorkflowStep): Promise<{ status: DossierStatus; version: number; number?: number }> {
  return db.$transaction(async (tx) => {
    const dossier = await findWorkingDossier(tx, actor, slug);
    assertVersion(dossier, step.version);
    const status = effectiveStatus(dossier);
    const outcome = await stepHandlers[step.action](tx, actor, dossier, status, step as never);
    await tx.dossier.update({ where: { id: dossier.id }, data: { ...outcome.data, version: { increment: 1 } } });
    await recordAudit({ actorId: actor.id, action: `dossier.${step.action}`, targetType: "dossier", targetId: dossier.id, before: { status }, after: { status: outcome.data.status ?? status, number: outcome.number ?? null } }, tx);
    return { status: outcome.data.status ?? status, version: dossier.version + 1, number: outcome.number };
  });
}

type Handler<A extends WorkflowStep["action"]> = (tx: Prisma.TransactionClient, actor: CurrentUser, dossier: DossierRow, status: string, step: Extract<WorkflowStep, { action: A }>) => Promise<Outcome>;

const stepHandlers: { [A in WorkflowStep["action"]]: Handler<A> } = {
  async submit(tx, actor, dossier, status) {
    if (!canEditDossier(actor, dossier)) throw forbidden("Only the dossier's author or an editor may submit it.");
    if (status !== "DRAFT") throw invalid("Only a draft can be submitted for review.");
    const items = await tx.dossierItem.count({ where: { deletedAt: null, section: { dossierId: dossier.id, deletedAt: null } } });
    if (items === 0) throw invalid("The dossier is empty: add at least one item before submitting it.");
    return { data: { status: "IN_REVIEW", reviewComment: null } };
  },
  async withdraw(_tx, actor, dossier, status) {
    if (!canEditDossier(actor, dossier)) throw forbidden("Only the dossier's author or an editor may withdraw it.");
    if (status !== "IN_REVIEW") throw invalid("Only a dossier in review can be withdrawn.");
    return { data: { status: "DRAFT" } };
  },
  async request_changes(_tx, actor, dossier, status, step) {
    assertReviewer(actor, dossier);
    if (status !== "IN_REVIEW") throw invalid("Only a dossier in review can be sent back.");
    return { data: { status: "DRAFT", reviewComment: step.comment, reviewer: { connect: { id: actor.id } } } };
  },
  async publish(tx, actor, dossier, status, step) {
    assertReviewer(actor, dossier);
    if (status !== "IN_REVIEW") throw invalid("Only a dossier in review can be published: the author submits it first.");
    const scheduledAt = step.scheduledAt ?? null;
    if (scheduledAt && scheduledAt.getTime() < Date.now() + MIN_SCHEDULE_LEAD_MS) throw invalid("The scheduled time is in the past: choose a time at least a minute from now.");
    const { snapshot, citedRecords, problems } = composeDossier(await loadMaterial(tx, dossier));
    if (problems.length > 0) throw invalid(`The dossier cannot be published yet: ${problems.map((problem) => problem.message).join(" ")}`);
    const last = await tx.dossierVersion.findFirst({ where: { dossierId: dossier.id }, orderBy: { number: "desc" }, select: { number: true } });
    const number = (last?.number ?? 0) + 1;
    await tx.dossierVersion.create({
      data: {
        dossierId: dossier.id,
        number,
        title: snapshot.title,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        citedRecords: citedRecords as unknown as Prisma.InputJsonValue,
        publishedById: actor.id,
        publishedAt: scheduledAt ?? new Date(),
        ...versionColumns(snapshot),
      },
    });
    return { number, data: { status: scheduledAt ? "SCHEDULED" : "PUBLISHED", scheduledAt, unpublishedAt: null, reviewComment: null, reviewer: { connect: { id: actor.id } } } };
  },
  async unpublish(tx, actor, dossier, status) {
    assertCan(actor, "dossier.publish");
    const versions = await tx.dossierVersion.count({ where: { dossierId: dossier.id } });
    if (versions === 0 || dossier.unpublishedAt) throw invalid("This dossier is not published.");
    // A scheduled version no reader has seen yet is withdrawn; published ones stay, hidden.
    await tx.dossierVersion.deleteMany({ where: { dossierId: dossier.id, publishedAt: { gt: new Date() } } });
    return { data: { status: status === "IN_REVIEW" ? status : "DRAFT", scheduledAt: null, unpublishedAt: new Date() } };
  },
};

function assertReviewer(actor: CurrentUser, dossier: DossierRow) {
  assertCan(actor, "dossier.publish");
  if (dossier.ownerId === actor.id) throw forbidden("You cannot review or publish a dossier you wrote: another editor must.");
}
