// The search statement for result sets small enough to handle whole (see lib/articles/search-articles.ts):
// every matching article is read once into `base`, which gives the exact total, the exact facets and
// the page. Relevance is how many of the words the title has (a small vector, cheap for every hit;
// ranked with the words joined by OR, as joined by AND a title holding only some of them scores
// nothing), then the text's match density for the leading hits only (the full vector is large), then
// the date.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { facetColumns, facetsJson, hitsJson, matchingAllBut, type SearchWords } from "@/lib/search/search-sql-parts";
import type { ListArticlesQuery } from "@/lib/validations/article";

// How many of the best title matches are then ordered by the text's match density.
const RANKED_LEADERS = 100;

/** The order of the hits over `page`'s columns; the date order is the one the date index gives. */
function orderOf(sort: ListArticlesQuery["sort"], alias = ""): Prisma.Sql {
  if (sort === "oldest") return Prisma.raw(`${alias}"publishedOn" ASC NULLS LAST, ${alias}"createdAt" ASC, ${alias}id ASC`);
  const newest = `${alias}"publishedOn" DESC NULLS LAST, ${alias}"createdAt" DESC, ${alias}id DESC`;
  return Prisma.raw(sort === "newest" ? newest : `${alias}leader DESC, ${alias}title_rank DESC, ${alias}text_rank DESC NULLS LAST, ${newest}`);
}

/** `parsed`: the words (see SearchWords), or undefined to list every article. */
export function exactSearchStatement(query: ListArticlesQuery, parsed: SearchWords | undefined): Prisma.Sql {
  const words = parsed && Prisma.sql`${parsed.tsquery}::tsquery`;
  const sort = query.sort ?? (words ? "relevance" : "newest");
  const ranked = words !== undefined && sort === "relevance";
  return Prisma.sql`
    WITH base AS MATERIALIZED (
      SELECT a.id, a."createdAt", ${facetColumns(query)},
             ${ranked && parsed?.anyWord ? Prisma.sql`ts_rank(a."titleVector", ${parsed.anyWord}::tsquery)` : Prisma.sql`0::real`} AS title_rank
        FROM articles a
       WHERE a."deletedAt" IS NULL ${words ? Prisma.sql`AND a."searchVector" @@ ${words}` : Prisma.empty}
    ),
    leaders AS MATERIALIZED (
      SELECT h.id, ts_rank(a."searchVector", ${words ?? Prisma.sql`NULL::tsquery`}, 1) AS text_rank
        FROM (SELECT id FROM base WHERE ${ranked ? matchingAllBut() : Prisma.sql`FALSE`}
               ORDER BY title_rank DESC, "publishedOn" DESC NULLS LAST, "createdAt" DESC, id DESC LIMIT ${RANKED_LEADERS}) h
        JOIN articles a ON a.id = h.id
    ),
    page AS (
      SELECT h.id, h."publishedOn", h."createdAt", h.title_rank, l.id IS NOT NULL AS leader, l.text_rank
        FROM base h LEFT JOIN leaders l ON l.id = h.id
       WHERE ${matchingAllBut("", "h.")}
       ORDER BY ${orderOf(sort)}
       LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    )
    SELECT (SELECT count(*)::int FROM base WHERE ${matchingAllBut()}) AS total,
           ${hitsJson(parsed, orderOf(sort, "h."))} AS hits,
           ${facetsJson("base", 1, query)} AS facets`;
}
