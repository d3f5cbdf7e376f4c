-- The text index of a search's samples alone. A large search counts its size on the 2 % sample
-- ("sampleKey" < 20) and its facets on a sample of about 1,000 hits; through the whole index, common
-- words cost the whole of their postings (30,000 articles for "sécurité Maroc": 10 ms per statement)
-- for the few hundred hits in the sample. PostgreSQL picks the smallest of these nested indexes whose
-- condition the sample's implies. schema.prisma cannot declare partial indexes: they live here only
-- (lib/db/schema-parity.integration.test.ts checks them apart).
CREATE INDEX "articles_searchVector_sample50_idx" ON "articles" USING GIN ("searchVector") WHERE "sampleKey" < 50;
CREATE INDEX "articles_searchVector_sample200_idx" ON "articles" USING GIN ("searchVector") WHERE "sampleKey" < 200;
