-- Trigram matching for the library's word search (shipped with PostgreSQL; a trusted extension).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "briefing_books_words" ON "briefing_books" USING gin ((lower("title") || ' ' || lower("summary")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "briefing_books_published" ON "briefing_books" USING btree ("published_on" DESC NULLS LAST,"id");