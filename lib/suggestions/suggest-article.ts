// Runs every recommender on an article's current text and stores what they propose: on import (the
// server's own pipeline) and on demand (an annotator's button, POST /api/v1/articles/{id}/suggestions).
import "server-only";
import { assertCan, type CurrentUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { plainSql, sqlTransaction } from "@/lib/db/plain-sql";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { saveSuggestions, type SavedSuggestions } from "@/lib/suggestions/save-suggestions";
import { suggest } from "@/lib/suggestions/suggest";
import { getSuggestionSources } from "@/lib/suggestions/suggestion-sources";

type ArticleText = {
  revisionId: string | null;
  text: string | null;
  language: string | null;
  date: string | null;
  precision: "DAY" | "MONTH" | "YEAR" | null;
};

export async function suggestForArticle(actor: CurrentUser, articleId: string): Promise<SavedSuggestions> {
  assertCan(actor, "annotation.create");
  assertCan(actor, "entity.edit");
  const saved = await runSuggestions(db, articleId, actor.id);
  if (!saved) throw notFound("This article");
  return saved;
}

/**
 * No permission check: for the import pipeline, which runs as the importer (checked there) or as the
 * server itself. Null when the article has no text.
 */
export async function runSuggestions(client: Database, articleId: string, actorId: string | null): Promise<SavedSuggestions | null> {
  // A publication date the import only proposed still beats none for reading "mardi" or "le 2 décembre".
  const [article] = await plainSql(client).query<ArticleText>(Prisma.sql`
    SELECT a."currentRevisionId" AS "revisionId", r.text, a.language,
           to_char(COALESCE(a."publishedOn", a."proposedPublishedOn"), 'YYYY-MM-DD') AS date,
           COALESCE(a."publishedPrecision", a."proposedPublishedPrecision")::text AS precision
      FROM articles a LEFT JOIN article_revisions r ON r.id = a."currentRevisionId"
     WHERE a.id = ${articleId}::uuid AND a."deletedAt" IS NULL`);
  if (!article) return null;
  const { revisionId, text } = article;
  if (!revisionId || !text) return { entities: 0, dates: 0, themes: 0, newEntities: 0 };
  const sources = await getSuggestionSources(client);
  const suggestions = suggest({
    text,
    language: article.language,
    reference: article.date ? { date: article.date, precision: article.precision ?? "DAY" } : null,
    ...sources,
  });
  return sqlTransaction(client, (sql) => saveSuggestions(sql, { articleId, revisionId, text }, suggestions, actorId));
}
