-- The text index of the first share of a search's size estimate ("sampleKey" < 5, see
-- lib/search/sampled-search-sql.ts). Without it, PostgreSQL reads those 0.5 % of the articles through
-- the sample key's index and matches each one's large text vector (4 ms at 100,000 articles for
-- common words); with it, only the hits' rows (0.3 ms), and a quoted phrase's candidates are the hits
-- of its words. Partial, like the other sample indexes, so schema.prisma does not declare it.
CREATE INDEX "articles_searchVector_sample5_idx" ON "articles" USING GIN ("searchVector") WHERE "sampleKey" < 5;
