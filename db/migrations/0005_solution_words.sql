CREATE TABLE "solution_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "solution_words_trgm_idx" ON "solution_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
INSERT INTO "solution_words" ("word")
SELECT DISTINCT w.lexeme FROM "solutions" s, unnest(to_tsvector('simple', s."title")) w
WHERE length(w.lexeme) >= 3 AND position('-' in w.lexeme) = 0
ON CONFLICT DO NOTHING;
