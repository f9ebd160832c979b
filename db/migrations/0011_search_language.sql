CREATE TABLE "search_misses" (
	"query" text NOT NULL,
	"day" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_misses_query_day_pk" PRIMARY KEY("query","day")
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"term" text NOT NULL,
	"synonym" text NOT NULL,
	CONSTRAINT "search_synonyms_term_synonym_pk" PRIMARY KEY("term","synonym")
);
--> statement-breakpoint
CREATE INDEX "search_misses_day_idx" ON "search_misses" USING btree ("day");--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "search_terms" text;--> statement-breakpoint
-- A generated column's expression cannot be altered: drop it (with its GIN index) and add it again
-- with the search terms at weight D, kept in the row as before (0006).
ALTER TABLE "solutions" DROP COLUMN "search_vector";--> statement-breakpoint
ALTER TABLE "solutions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german', coalesce(title, '')), 'A') || setweight(to_tsvector('german', coalesce(summary, '')), 'B') || setweight(to_tsvector('german', coalesce(body, '') || ' ' || coalesce(lessons_learned, '') || ' ' || coalesce(software, '') || ' ' || coalesce(vendor, '')), 'C') || setweight(to_tsvector('german', coalesce(search_terms, '')), 'D')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "solutions" ALTER COLUMN "search_vector" SET STORAGE MAIN;--> statement-breakpoint
CREATE INDEX "solutions_search_vector_idx" ON "solutions" USING gin ("search_vector") WITH (fastupdate=false);
