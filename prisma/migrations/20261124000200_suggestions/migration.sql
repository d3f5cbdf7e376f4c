-- Suggestions (lib/suggestions): entities proposed by a recommender, and the version numbers that tell
-- every process when to rebuild its in-memory register matcher or theme model.
ALTER TABLE "entities" ADD COLUMN     "proposedBy" TEXT;

CREATE TABLE "suggestion_source_versions" (
    "id" INTEGER NOT NULL,
    "register" BIGINT NOT NULL DEFAULT 0,
    "themes" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "suggestion_source_versions_pkey" PRIMARY KEY ("id")
);

INSERT INTO "suggestion_source_versions" ("id") VALUES (1);

-- Any change to entities, their names, the entity types or the rejected forms moves `register`.
CREATE FUNCTION suggestion_register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE suggestion_source_versions SET register = register + 1 WHERE id = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER entities_suggestion_register AFTER INSERT OR UPDATE OR DELETE ON "entities"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_register_changed();
CREATE TRIGGER entity_aliases_suggestion_register AFTER INSERT OR UPDATE OR DELETE ON "entity_aliases"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_register_changed();
CREATE TRIGGER entity_types_suggestion_register AFTER INSERT OR UPDATE OR DELETE ON "entity_types"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_register_changed();
CREATE TRIGGER suggestion_rejections_suggestion_register AFTER INSERT OR UPDATE OR DELETE ON "suggestion_rejections"
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_register_changed();

-- `themes` moves only when an accepted theme annotation appears, changes or stops being accepted: the
-- SUGGESTED themes every import adds leave the learned model (and this row's lock) alone.
CREATE FUNCTION suggestion_themes_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_annotations WHERE kind = 'THEME' AND status = 'ACCEPTED') THEN
    UPDATE suggestion_source_versions SET themes = themes + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION suggestion_themes_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_annotations WHERE kind = 'THEME' AND status = 'ACCEPTED')
     OR EXISTS (SELECT 1 FROM previous_annotations WHERE kind = 'THEME' AND status = 'ACCEPTED') THEN
    UPDATE suggestion_source_versions SET themes = themes + 1 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER annotations_suggestion_themes_insert AFTER INSERT ON "annotations" REFERENCING NEW TABLE AS changed_annotations
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_themes_inserted();
CREATE TRIGGER annotations_suggestion_themes_update AFTER UPDATE ON "annotations" REFERENCING OLD TABLE AS previous_annotations NEW TABLE AS changed_annotations
  FOR EACH STATEMENT EXECUTE FUNCTION suggestion_themes_updated();
