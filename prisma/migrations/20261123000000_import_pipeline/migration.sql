-- Import pipeline: per-item import results (replacing the batch's JSON list), MinHash fingerprints
-- for near-duplicate lookup, and the publication date proposed from the text when the source gives none.

-- CreateEnum
CREATE TYPE "ImportItemStatus" AS ENUM ('CREATED', 'DUPLICATE', 'FAILED');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "proposedPublishedEvidence" TEXT,
ADD COLUMN     "proposedPublishedOn" DATE,
ADD COLUMN     "proposedPublishedPrecision" "DatePrecision";

-- AlterTable
ALTER TABLE "import_batches" DROP COLUMN "results";

-- CreateTable
CREATE TABLE "article_fingerprints" (
    "articleId" UUID NOT NULL,
    "signature" INTEGER[],
    "bands" BIGINT[],

    CONSTRAINT "article_fingerprints_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "import_items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "batchId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "status" "ImportItemStatus" NOT NULL,
    "articleId" UUID,
    "duplicateOfId" UUID,
    "similarity" DOUBLE PRECISION,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_fingerprints_bands_idx" ON "article_fingerprints" USING GIN ("bands");

-- CreateIndex
CREATE INDEX "import_items_articleId_idx" ON "import_items"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "import_items_batchId_position_key" ON "import_items"("batchId", "position");

-- AddForeignKey
ALTER TABLE "article_fingerprints" ADD CONSTRAINT "article_fingerprints_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "import_batches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_items" ADD CONSTRAINT "import_items_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
