-- The query's languages are those of the articles, and `app_simple` only when some article has no
-- language: the end of the loose index scan (a NULL row) no longer adds the unstemmed form of every
-- word to every query, which doubled the query and misled the planner's estimates.
CREATE OR REPLACE FUNCTION article_search_query(words text) RETURNS tsquery LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH RECURSIVE languages(language) AS (
    SELECT min(language) FROM articles
    UNION ALL
    SELECT (SELECT min(a.language) FROM articles a WHERE a.language > l.language) FROM languages l WHERE l.language IS NOT NULL
  ),
  configs AS (
    SELECT DISTINCT article_search_config(language) AS config FROM languages WHERE language IS NOT NULL
    UNION
    SELECT article_search_config(NULL) WHERE EXISTS (SELECT 1 FROM articles WHERE language IS NULL)
  )
  SELECT coalesce(tsquery_or_agg(DISTINCT websearch_to_tsquery(config, words)), websearch_to_tsquery(article_search_config(NULL), words))
  FROM configs
$$;
