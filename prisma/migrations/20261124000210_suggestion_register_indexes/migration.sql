-- Suggestions refresh their in-memory register with what changed since they built it: entities
-- updated, names added or removed since then, read through these indexes instead of whole tables.
CREATE INDEX "entities_updatedAt_idx" ON "entities"("updatedAt");

CREATE INDEX "entity_aliases_createdAt_idx" ON "entity_aliases"("createdAt");

CREATE INDEX "entity_aliases_deletedAt_idx" ON "entity_aliases"("deletedAt");
