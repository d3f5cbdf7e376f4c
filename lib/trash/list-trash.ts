// The trash as one person sees it: the deleted articles, entities and dossiers they may restore, most
// recently deleted first, with who deleted each and when the purge will remove it.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { visibleDrafts } from "@/lib/dossiers/dossier-access";
import { purgeDateOf } from "@/lib/trash/retention";
import type { TrashKind } from "@/lib/validations/trash";

// Per kind: the trash of a busy newsroom is read from its most recent end.
const TRASH_PAGE = 200;

export type TrashRow = {
  kind: TrashKind;
  id: string;
  // What the restore route is addressed by: the id, or a dossier's slug.
  ref: string;
  label: string;
  version: number;
  deletedAt: Date;
  deletedBy: string | null;
  purgeOn: Date;
};

export function trashKindsFor(actor: CurrentUser): TrashKind[] {
  const kinds: TrashKind[] = [];
  if (can(actor.role, "article.delete")) kinds.push("article");
  if (can(actor.role, "entity.delete")) kinds.push("entity");
  if (can(actor.role, "dossier.create") || can(actor.role, "dossier.read_drafts")) kinds.push("dossier");
  return kinds;
}

export async function listTrash(actor: CurrentUser, kind?: TrashKind): Promise<TrashRow[]> {
  assertCan(actor, "workspace.access");
  const kinds = trashKindsFor(actor).filter((allowed) => !kind || allowed === kind);
  const deleted = { deletedAt: { not: null } } as const;
  const common = { orderBy: { deletedAt: "desc" }, take: TRASH_PAGE } as const;
  const who = { deletedBy: { select: { name: true } } } as const;
  const [articles, entities, dossiers] = await Promise.all([
    kinds.includes("article") ? db.article.findMany({ where: deleted, ...common, select: { id: true, title: true, version: true, deletedAt: true, ...who } }) : [],
    kinds.includes("entity") ? db.entity.findMany({ where: deleted, ...common, select: { id: true, canonicalName: true, version: true, deletedAt: true, ...who } }) : [],
    kinds.includes("dossier")
      ? db.dossier.findMany({ where: { ...visibleDrafts(actor), ...deleted }, ...common, select: { id: true, slug: true, title: true, version: true, deletedAt: true, ...who } })
      : [],
  ]);
  const row = (kind: TrashKind, record: { id: string; version: number; deletedAt: Date | null; deletedBy: { name: string } | null }, ref: string, label: string): TrashRow => {
    const deletedAt = record.deletedAt ?? new Date(0);
    return { kind, id: record.id, ref, label, version: record.version, deletedAt, deletedBy: record.deletedBy?.name ?? null, purgeOn: purgeDateOf(deletedAt) };
  };
  return [
    ...articles.map((article) => row("article", article, article.id, article.title)),
    ...entities.map((entity) => row("entity", entity, entity.id, entity.canonicalName)),
    ...dossiers.map((dossier) => row("dossier", dossier, dossier.slug, dossier.title)),
  ].sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
