// The annotations of one article as views, in one SQL statement: an article can carry thousands, and
// Prisma's nested selects cost several queries and milliseconds of mapping per hundred rows.
import "server-only";
import type { AnnotationView } from "@/lib/annotations/annotation-view";
import { db } from "@/lib/db";
import { plainSql } from "@/lib/db/plain-sql";
import { Prisma } from "@/lib/generated/prisma/client";

const isoTime = (column: string) => Prisma.raw(`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const person = (alias: string) => Prisma.raw(`CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'name', ${alias}.name) END`);

/** Live annotations on `revisionId`, and the article's orphaned ones, ordered by position. */
export async function readAnnotationViews(articleId: string, revisionId: string | null): Promise<AnnotationView[]> {
  return plainSql(db).query<AnnotationView>(Prisma.sql`
    SELECT a.id, a."articleId", a."revisionId", a.kind, a.scope, a.start, a."end", a.quote, a.prefix, a.suffix, a.status, a.origin,
           a.recommender, a.confidence, a."anchorState", a."supportsId", a.note, a.version,
           ${isoTime('a."reviewedAt"')} AS "reviewedAt", ${isoTime('a."createdAt"')} AS "createdAt",
           CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object('id', e.id, 'name', e."canonicalName", 'typeKey', t.key, 'color', t.color) END AS entity,
           CASE WHEN th.id IS NULL THEN NULL ELSE json_build_object('id', th.id, 'slug', th.slug, 'labelFr', th."labelFr", 'labelEn', th."labelEn") END AS theme,
           CASE WHEN a."dateStart" IS NULL THEN NULL
                ELSE json_build_object('start', to_char(a."dateStart", 'YYYY-MM-DD'), 'end', to_char(a."dateEnd", 'YYYY-MM-DD'), 'precision', a."datePrecision") END AS date,
           ${person("au")} AS author, ${person("rv")} AS reviewer
      FROM annotations a
      LEFT JOIN entities e ON e.id = a."entityId"
      LEFT JOIN entity_types t ON t.id = e."typeId"
      LEFT JOIN themes th ON th.id = a."themeId"
      LEFT JOIN users au ON au.id = a."authorId"
      LEFT JOIN users rv ON rv.id = a."reviewerId"
     WHERE a."articleId" = ${articleId}::uuid AND a."deletedAt" IS NULL AND (a."revisionId" = ${revisionId}::uuid OR a."anchorState" = 'ORPHANED')
     ORDER BY a.start, a."end" DESC, a.id`);
}
