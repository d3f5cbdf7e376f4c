-- Full-text search over articles: accent-folding text search configurations (one per language that
-- PostgreSQL can stem, `app_simple` for the others), a weighted search vector on each article (title A,
-- current revision text B) and a small title vector for cheap ranking, kept by a trigger, with a GIN
-- index; and the themes and entities each article is annotated with, kept by triggers on annotations,
-- so the search facets never join the annotations table.

-- Trusted extension (PostgreSQL 13+): a database owner may create it without being superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- `unaccent` runs before the stemmer, on words with non-ASCII letters (`word`, `hword`, `hword_part`;
-- ASCII words have no accents to fold), so `securite` and `sécurité` give the same lexeme, in the
-- documents and in the queries alike.
CREATE TEXT SEARCH CONFIGURATION app_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION app_simple ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

-- One `app_<language>` configuration per Snowball stemmer this server ships (PostgreSQL 16 has more
-- than 13), and `article_search_config(language)`, mapping an ISO 639-1 code to it, built from the
-- ones that exist: an unknown or missing language gets `app_simple`.
DO $$
DECLARE
  languages CONSTANT text[][] := ARRAY[
    ['ar', 'arabic'], ['hy', 'armenian'], ['eu', 'basque'], ['ca', 'catalan'], ['da', 'danish'], ['nl', 'dutch'],
    ['en', 'english'], ['et', 'estonian'], ['fi', 'finnish'], ['fr', 'french'], ['de', 'german'], ['el', 'greek'],
    ['hi', 'hindi'], ['hu', 'hungarian'], ['id', 'indonesian'], ['ga', 'irish'], ['it', 'italian'], ['lt', 'lithuanian'],
    ['ne', 'nepali'], ['no', 'norwegian'], ['nb', 'norwegian'], ['nn', 'norwegian'], ['pt', 'portuguese'],
    ['ro', 'romanian'], ['ru', 'russian'], ['sr', 'serbian'], ['es', 'spanish'], ['sv', 'swedish'], ['ta', 'tamil'],
    ['tr', 'turkish'], ['yi', 'yiddish']
  ];
  code text;
  name text;
  cases text := '';
BEGIN
  FOR i IN 1 .. array_length(languages, 1) LOOP
    code := languages[i][1];
    name := languages[i][2];
    CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = name AND cfgnamespace = 'pg_catalog'::regnamespace);
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'app_' || name AND cfgnamespace = current_schema()::regnamespace) THEN
      EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.%I)', 'app_' || name, name);
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR hword, hword_part, word WITH unaccent, %I', 'app_' || name, name || '_stem');
    END IF;
    cases := cases || format(' WHEN %L THEN %L::regconfig', code, format('%I.%I', current_schema(), 'app_' || name));
  END LOOP;
  EXECUTE format(
    'CREATE FUNCTION article_search_config(language text) RETURNS regconfig LANGUAGE sql STABLE PARALLEL SAFE AS %L',
    'SELECT CASE lower(split_part(language, ''-'', 1))' || cases || format(' ELSE %L::regconfig END', format('%I.app_simple', current_schema()))
  );
END $$;

-- The document: title (A) and text (B). Only the first million characters of the text are indexed:
-- a tsvector is limited to 1 MB, and an over-long revision must not make its import fail.
CREATE FUNCTION article_search_vector(title text, language text, revision_id uuid) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(article_search_config(language), coalesce(title, '')), 'A')
      || setweight(to_tsvector(article_search_config(language),
           coalesce((SELECT left(r.text, 1000000) FROM article_revisions r WHERE r.id = revision_id), '')), 'B')
$$;

-- Revisions are immutable, so the vectors only change with the title, the language or the current revision.
CREATE FUNCTION articles_refresh_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := article_search_vector(NEW.title, NEW.language, NEW."currentRevisionId");
  NEW."titleVector" := to_tsvector(article_search_config(NEW.language), coalesce(NEW.title, ''));
  RETURN NEW;
END $$;

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "searchVector" tsvector,
ADD COLUMN "titleVector" tsvector,
ADD COLUMN "themeIds" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN "entityIds" UUID[] DEFAULT ARRAY[]::UUID[];

CREATE TRIGGER articles_search_vector_insert BEFORE INSERT ON "articles"
  FOR EACH ROW EXECUTE FUNCTION articles_refresh_search_vector();
CREATE TRIGGER articles_search_vector_update BEFORE UPDATE OF title, language, "currentRevisionId" ON "articles"
  FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.language IS DISTINCT FROM NEW.language
        OR OLD."currentRevisionId" IS DISTINCT FROM NEW."currentRevisionId")
  EXECUTE FUNCTION articles_refresh_search_vector();

-- The query: the words typed, parsed by `websearch_to_tsquery` (quotes, OR, -word; never a syntax error)
-- in the configuration of every language present, joined with OR, so a French query stems as French
-- for French articles and as English for English ones. The languages present come from a loose scan of
-- the language index (a few index probes, whatever the number of articles).
CREATE AGGREGATE tsquery_or_agg(tsquery) (SFUNC = tsquery_or, STYPE = tsquery);

CREATE FUNCTION article_search_query(words text) RETURNS tsquery LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH RECURSIVE languages(language) AS (
    SELECT min(language) FROM articles
    UNION ALL
    SELECT (SELECT min(a.language) FROM articles a WHERE a.language > l.language) FROM languages l WHERE l.language IS NOT NULL
  )
  SELECT tsquery_or_agg(websearch_to_tsquery(config, words))
  FROM (SELECT DISTINCT article_search_config(language) AS config FROM languages) configs
$$;

-- Existing articles.
UPDATE "articles" SET "searchVector" = article_search_vector(title, language, "currentRevisionId"),
                      "titleVector" = to_tsvector(article_search_config(language), coalesce(title, ''));

-- The themes and entities of an article's live annotations (a rejected suggestion does not count),
-- refreshed once per statement for the articles it touched.
CREATE FUNCTION articles_refresh_annotation_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE articles a
     SET "themeIds" = coalesce(f.themes, ARRAY[]::uuid[]), "entityIds" = coalesce(f.entities, ARRAY[]::uuid[])
    FROM (SELECT DISTINCT "articleId" AS id FROM changed_annotations) touched
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT an."themeId") FILTER (WHERE an."themeId" IS NOT NULL) AS themes,
             array_agg(DISTINCT an."entityId") FILTER (WHERE an."entityId" IS NOT NULL) AS entities
        FROM annotations an
       WHERE an."articleId" = touched.id AND an."deletedAt" IS NULL AND an.status <> 'REJECTED'
    ) f ON TRUE
   WHERE a.id = touched.id;
  RETURN NULL;
END $$;

CREATE TRIGGER annotations_facets_insert AFTER INSERT ON annotations REFERENCING NEW TABLE AS changed_annotations
  FOR EACH STATEMENT EXECUTE FUNCTION articles_refresh_annotation_facets();
CREATE TRIGGER annotations_facets_update AFTER UPDATE ON annotations REFERENCING NEW TABLE AS changed_annotations
  FOR EACH STATEMENT EXECUTE FUNCTION articles_refresh_annotation_facets();
CREATE TRIGGER annotations_facets_delete AFTER DELETE ON annotations REFERENCING OLD TABLE AS changed_annotations
  FOR EACH STATEMENT EXECUTE FUNCTION articles_refresh_annotation_facets();

UPDATE articles a
   SET "themeIds" = coalesce(f.themes, ARRAY[]::uuid[]), "entityIds" = coalesce(f.entities, ARRAY[]::uuid[])
  FROM (
    SELECT "articleId" AS id,
           array_agg(DISTINCT "themeId") FILTER (WHERE "themeId" IS NOT NULL) AS themes,
           array_agg(DISTINCT "entityId") FILTER (WHERE "entityId" IS NOT NULL) AS entities
      FROM annotations WHERE "deletedAt" IS NULL AND status <> 'REJECTED' GROUP BY 1
  ) f
 WHERE a.id = f.id;

-- CreateIndex
CREATE INDEX "articles_language_idx" ON "articles"("language");

-- CreateIndex
CREATE INDEX "articles_searchVector_idx" ON "articles" USING GIN ("searchVector");
