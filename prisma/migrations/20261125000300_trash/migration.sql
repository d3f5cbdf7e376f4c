-- The trash (lib/trash): who put an article, entity or dossier there, and indexes to list and purge it.
-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "deletedById" UUID;

-- AlterTable
ALTER TABLE "entities" ADD COLUMN     "deletedById" UUID;

-- AlterTable
ALTER TABLE "dossiers" ADD COLUMN     "deletedById" UUID;

-- CreateIndex
CREATE INDEX "articles_deletedAt_idx" ON "articles"("deletedAt");

-- CreateIndex
CREATE INDEX "entities_deletedAt_idx" ON "entities"("deletedAt");

-- CreateIndex
CREATE INDEX "dossiers_deletedAt_idx" ON "dossiers"("deletedAt");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entities" ADD CONSTRAINT "entities_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_deletedById_fkey" FOREIGN KEY ("deletedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
