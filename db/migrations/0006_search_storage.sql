DROP INDEX "municipalities_short_name_trgm_idx";--> statement-breakpoint
DROP INDEX "leika_services_name_trgm_idx";--> statement-breakpoint
DROP INDEX "ozg_services_name_trgm_idx";--> statement-breakpoint
DROP INDEX "solution_words_trgm_idx";--> statement-breakpoint
DROP INDEX "solutions_search_vector_idx";--> statement-breakpoint
DROP INDEX "solutions_title_trgm_idx";--> statement-breakpoint
-- Keep search_vector (~1.4 KB) in the row and let the body go to TOAST instead: every search tests
-- and ranks search_vector row by row, and an out-of-line value costs a TOAST lookup each time.
ALTER TABLE "solutions" ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
-- Rewrites the existing rows in the new layout (while the GIN indexes are gone).
UPDATE "solutions" SET "title" = "title";--> statement-breakpoint
-- The GIN indexes come back without a pending list (fastupdate): without autovacuum (PGlite has
-- none) entries would collect there, and every search reads the whole list.
CREATE INDEX "municipalities_short_name_words_idx" ON "municipalities" USING gin (to_tsvector('simple', "short_name")) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "municipalities_short_name_trgm_idx" ON "municipalities" USING gin ("short_name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "leika_services_name_trgm_idx" ON "leika_services" USING gin ("name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "ozg_services_name_trgm_idx" ON "ozg_services" USING gin ("name" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "solution_words_trgm_idx" ON "solution_words" USING gin ("word" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "solutions_search_vector_idx" ON "solutions" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "solutions_title_trgm_idx" ON "solutions" USING gin ("title" gin_trgm_ops) WITH (fastupdate=false);