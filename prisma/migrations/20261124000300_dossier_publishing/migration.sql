-- Published versions carry what the readers' list searches and filters on (copied from the
-- snapshot), and their publication date may lie in the future (a scheduled publication).
ALTER TABLE "dossier_versions" ADD COLUMN     "entityIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "periodEnd" DATE,
ADD COLUMN     "periodStart" DATE,
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summary" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "themeIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE INDEX "dossier_versions_publishedAt_idx" ON "dossier_versions"("publishedAt");
