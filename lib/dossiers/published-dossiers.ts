// What readers see: the latest published version of each dossier that is not unpublished or deleted,
// and a version's snapshot. Versions never change, so their snapshots are kept in memory once read.
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { dossierBodyHtml, type HtmlContext } from "@/lib/dossiers/render-html";
import type { DossierSnapshot } from "@/lib/dossiers/snapshot-types";
import { normalizeName } from "@/lib/entities/normalize-name";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PublishedListQuery } from "@/lib/validations/dossier";

const PAGE_SIZE = 20;
const CACHED_SNAPSHOTS = 64;

export type PublishedSummary = { slug: string; number: number; title: string; summary: string; publishedAt: string; periodStart: string | null; periodEnd: string | null; themes: string[] };

type ListRow = { slug: string; number: number; title: string; summary: string; publishedAt: Date; periodStart: Date | null; periodEnd: Date | null; themeIds: string[]; total: bigint };

const visible = Prisma.sql`d."deletedAt" IS NULL AND d."unpublishedAt" IS NULL AND v."publishedAt" <= now()`;

export async function listPublishedDossiers(actor: CurrentUser, query: PublishedListQuery) {
  assertCan(actor, "dossier.read_published");
  const words = normalizeName(query.q ?? "").split(" ").filter(Boolean);
  const conditions = [
    ...words.map((word) => Prisma.sql`latest."searchText" LIKE ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`),
    ...(query.theme?.length ? [Prisma.sql`latest."themeIds" && ${query.theme}::text[]`] : []),
    ...(query.entity?.length ? [Prisma.sql`latest."entityIds" && ${query.entity}::text[]`] : []),
    ...(query.from ? [Prisma.sql`latest."periodEnd" >= ${query.from}::date`] : []),
    ...(query.to ? [Prisma.sql`latest."periodStart" <= ${query.to}::date`] : []),
  ];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await db.$queryRaw<ListRow[]>`
    WITH latest AS (
      SELECT DISTINCT ON (v."dossierId") d.slug, v.number, v.title, v.summary, v."publishedAt", v."periodStart", v."periodEnd", v."themeIds", v."entityIds", v."searchText"
      FROM dossier_versions v JOIN dossiers d ON d.id = v."dossierId"
      WHERE ${visible}
      ORDER BY v."dossierId", v.number DESC
    )
    SELECT slug, number, title, summary, "publishedAt", "periodStart", "periodEnd", "themeIds", count(*) OVER () AS total
    FROM latest ${where}
    ORDER BY "publishedAt" DESC, slug
    LIMIT ${PAGE_SIZE} OFFSET ${(query.page - 1) * PAGE_SIZE}`;
  const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
  return {
    items: rows.map((row): PublishedSummary => ({ slug: row.slug, number: row.number, title: row.title, summary: row.summary, publishedAt: row.publishedAt.toISOString(), periodStart: day(row.periodStart), periodEnd: day(row.periodEnd), themes: row.themeIds })),
    total: Number(rows[0]?.total ?? 0),
    page: query.page,
    pageSize: PAGE_SIZE,
    filters: await filterOptions(),
  };
}

// The themes and entities that published dossiers cover, to filter by.
async function filterOptions() {
  const [themes, entities] = await Promise.all([
    db.$queryRaw<{ slug: string; labelFr: string; labelEn: string }[]>`
      SELECT DISTINCT t.slug, t."labelFr", t."labelEn" FROM dossier_versions v JOIN dossiers d ON d.id = v."dossierId"
      CROSS JOIN LATERAL unnest(v."themeIds") AS slug JOIN themes t ON t.slug = slug.slug
      WHERE ${visible} ORDER BY t."labelFr"`,
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT DISTINCT e.id::text AS id, e."canonicalName" AS name FROM dossier_versions v JOIN dossiers d ON d.id = v."dossierId"
      CROSS JOIN LATERAL unnest(v."entityIds") AS entity_id JOIN entities e ON e.id::text = entity_id
      WHERE ${visible} ORDER BY name LIMIT 200`,
  ]);
  return { themes: themes.map((theme) => ({ slug: theme.slug, label: { fr: theme.labelFr, en: theme.labelEn } })), entities };
}

export type PublishedVersion = { id: string; slug: string; number: number; publishedAt: string; latest: number; versions: { number: number; publishedAt: string }[]; snapshot: DossierSnapshot };

/** A published version (the latest when `number` is absent), as readers see it. */
export async function getPublishedDossier(actor: CurrentUser, slug: string, number?: number): Promise<PublishedVersion> {
  assertCan(actor, "dossier.read_published");
  const versions = await db.$queryRaw<{ id: string; number: number; publishedAt: Date }[]>`
    SELECT v.id, v.number, v."publishedAt" FROM dossier_versions v JOIN dossiers d ON d.id = v."dossierId"
    WHERE d.slug = ${slug} AND ${visible} ORDER BY v.number DESC`;
  const chosen = number === undefined ? versions[0] : versions.find((version) => version.number === number);
  if (!chosen) throw notFound("This published dossier");
  return {
    id: chosen.id,
    slug,
    number: chosen.number,
    publishedAt: chosen.publishedAt.toISOString(),
    latest: versions[0]?.number ?? chosen.number,
    versions: versions.map((version) => ({ number: version.number, publishedAt: version.publishedAt.toISOString() })),
    snapshot: await snapshotOf(chosen.id),
  };
}

/**
 * The numbers of a dossier's versions that readers can read now, newest first (none: nothing to read):
 * all a reading page shows besides its immutable version (lib/dossiers/reading-page-cache.ts).
 */
export async function readableVersionNumbers(actor: CurrentUser, slug: string): Promise<number[]> {
  assertCan(actor, "dossier.read_published");
  const rows = await plainSql(db).query<{ number: number }>(Prisma.sql`
    SELECT v.number FROM dossier_versions v JOIN dossiers d ON d.id = v."dossierId"
    WHERE d.slug = ${slug} AND ${visible} ORDER BY v.number DESC`);
  return rows.map((row) => row.number);
}

const snapshots = new Map<string, DossierSnapshot>();
const bodies = new Map<string, string>();

/** The HTML of a version's body for a language and audience, rendered once: the version never changes. */
export function publishedBodyHtml(version: PublishedVersion, context: HtmlContext): string {
  const key = `${version.id}:${context.locale}:${context.linkToArticles}`;
  const cached = bodies.get(key);
  if (cached) return cached;
  const html = dossierBodyHtml(version.snapshot, context);
  if (bodies.size >= CACHED_SNAPSHOTS) bodies.delete(bodies.keys().next().value as string);
  bodies.set(key, html);
  return html;
}

/** A version's snapshot; versions are immutable, so a copy in memory never goes stale. */
export async function snapshotOf(versionId: string): Promise<DossierSnapshot> {
  const cached = snapshots.get(versionId);
  if (cached) return cached;
  const row = await db.dossierVersion.findUniqueOrThrow({ where: { id: versionId }, select: { snapshot: true } });
  const snapshot = row.snapshot as unknown as DossierSnapshot;
  if (snapshots.size >= CACHED_SNAPSHOTS) snapshots.delete(snapshots.keys().next().value as string);
  snapshots.set(versionId, snapshot);
  return snapshot;
}
