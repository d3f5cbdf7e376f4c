// Browsing the audit log (admins): filters by actor, action (exact or prefix), target and days;
// newest first, a page at a time by keyset (the id of the last entry seen), with whether more follow.
// Targets are named and linked where the object has a page.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditQuery } from "@/lib/validations/audit";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type AuditTarget = { type: string; id: string; label: string | null; href: string | null };

export type AuditEntryView = {
  id: string;
  at: Date;
  actor: { id: string; email: string; name: string } | null;
  action: string;
  target: AuditTarget | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  ip: string | null;
  metadata: Prisma.JsonValue;
};

export type AuditPage = { entries: AuditEntryView[]; nextCursor: string | null };

export async function listAudit(actor: CurrentUser, query: AuditQuery): Promise<AuditPage> {
  assertCan(actor, "audit.read");
  const rows = await db.auditLog.findMany({
    where: whereOf(query),
    orderBy: { id: "desc" },
    take: query.limit + 1,
    include: { actor: { select: { id: true, email: true, name: true } } },
  });
  const page = rows.slice(0, query.limit);
  const targets = await describeTargets(page);
  return {
    entries: page.map((row) => ({
      id: row.id.toString(),
      at: row.at,
      actor: row.actor,
      action: row.action,
      target: row.targetType && row.targetId ? (targets.get(`${row.targetType}:${row.targetId}`) ?? null) : null,
      before: row.before,
      after: row.after,
      ip: row.ip,
      metadata: row.metadata,
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}

function whereOf(query: AuditQuery): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput[] = [];
  if (query.actor) {
    where.push(UUID.test(query.actor) ? { actorId: query.actor.toLowerCase() } : { actor: { email: query.actor.toLowerCase() } });
  }
  if (query.action) {
    const prefix = query.action.endsWith("*") ? query.action.slice(0, -1) : query.action.endsWith(".") ? query.action : null;
    where.push(prefix !== null ? { action: { startsWith: prefix } } : { action: query.action });
  }
  if (query.targetType) where.push({ targetType: query.targetType });
  if (query.targetId) where.push({ targetId: query.targetId });
  if (query.from) where.push({ at: { gte: query.from } });
  if (query.to) where.push({ at: { lt: query.to } });
  if (query.before) where.push({ id: { lt: BigInt(query.before) } });
  return { AND: where };
}

// Names and pages of the targets on this page: one query per kind of object, not one per entry.
async function describeTargets(rows: { targetType: string | null; targetId: string | null }[]): Promise<Map<string, AuditTarget>> {
  const idsOf = (type: string) => [...new Set(rows.filter((row) => row.targetType === type && row.targetId && UUID.test(row.targetId)).map((row) => row.targetId as string))];
  const [articles, entities, dossiers, users] = await Promise.all([
    db.article.findMany({ where: { id: { in: idsOf("article") } }, select: { id: true, title: true } }),
    db.entity.findMany({ where: { id: { in: idsOf("entity") } }, select: { id: true, canonicalName: true } }),
    db.dossier.findMany({ where: { id: { in: idsOf("dossier") } }, select: { id: true, title: true, slug: true } }),
    db.user.findMany({ where: { id: { in: idsOf("user") } }, select: { id: true, email: true } }),
  ]);
  const known = new Map<string, { label: string; href: string | null }>([
    ...articles.map((row) => [`article:${row.id}`, { label: row.title, href: `/articles/${row.id}` }] as const),
    ...entities.map((row) => [`entity:${row.id}`, { label: row.canonicalName, href: `/entities/${row.id}` }] as const),
    ...dossiers.map((row) => [`dossier:${row.id}`, { label: row.title, href: `/studio/${row.slug}` }] as const),
    ...users.map((row) => [`user:${row.id}`, { label: row.email, href: null }] as const),
  ]);
  const targets = new Map<string, AuditTarget>();
  for (const { targetType: type, targetId: id } of rows) {
    if (!type || !id) continue;
    const found = known.get(`${type}:${id}`);
    targets.set(`${type}:${id}`, { type, id, label: found?.label ?? null, href: found?.href ?? null });
  }
  return targets;
}
