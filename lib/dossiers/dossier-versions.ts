// Published versions as the dossier's authors and editors see them (including hidden ones), and the
// diff between two of them.
import "server-only";
import type { CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { diffSnapshots } from "@/lib/dossiers/diff-versions";
import { findWorkingDossier } from "@/lib/dossiers/dossier-access";
import { snapshotOf } from "@/lib/dossiers/published-dossiers";
import { notFound } from "@/lib/errors";

async function versionSnapshot(dossierId: string, number: number) {
  const version = await db.dossierVersion.findFirst({ where: { dossierId, number }, select: { id: true } });
  if (!version) throw notFound(`Version ${number}`);
  return snapshotOf(version.id);
}

export async function diffDossierVersions(actor: CurrentUser, slug: string, from: number, to: number) {
  const dossier = await db.$transaction((tx) => findWorkingDossier(tx, actor, slug));
  const [before, after] = await Promise.all([versionSnapshot(dossier.id, from), versionSnapshot(dossier.id, to)]);
  return { from, to, lines: diffSnapshots(before, after) };
}
