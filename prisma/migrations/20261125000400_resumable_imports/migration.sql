-- Imports that survive their process being killed: a batch's heartbeat and runner (a RUNNING batch
-- whose heartbeat is a minute old, or whose process is gone, was interrupted and may be resumed), the
-- command line's sources (so `npm run import -- --resume <id>` finds its files again), and which
-- created items have their suggestions saved (a resumed batch runs the missing ones).
ALTER TABLE "import_batches" ADD COLUMN     "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "runner" TEXT,
ADD COLUMN     "sources" TEXT[];

ALTER TABLE "import_items" ADD COLUMN     "suggestedAt" TIMESTAMP(3);

-- Items imported before this migration had their suggestions run, or their run failed and was logged.
UPDATE "import_items" SET "suggestedAt" = "createdAt" WHERE status = 'CREATED';
