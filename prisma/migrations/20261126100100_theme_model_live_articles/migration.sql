-- The theme model learns from the accepted theme evidence of live articles only: putting an article in
-- the trash, or taking it out, moves the model's version when the article holds accepted theme evidence.
CREATE FUNCTION suggestion_themes_article_trashed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM changed_articles n JOIN previous_articles o ON o.id = n.id
      JOIN annotations a ON a."articleId" = n.id AND a.kind = 'THEME' AND a.status = 'ACCEPTED'
     WHERE n."deletedAt" IS DISTINCT FROM o."deletedAt"
  ) THEN
    UPDATE suggestion_source_versions SET themes = themes + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER articles_suggestion_themes_trash AFTER UPDATE ON "articles" REFERENCING OLD TABLE AS previous_articles NEW TABLE AS changed_articles
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_themes_article_trashed();
