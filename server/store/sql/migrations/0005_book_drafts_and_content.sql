-- Books MIP staff write (issue 19): drafts stay out of the library; staff-written content is kept.
ALTER TABLE "briefing_books" ALTER COLUMN "published_on" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "briefing_books" ADD COLUMN "status" text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE "briefing_books" ADD COLUMN "content" jsonb;--> statement-breakpoint
ALTER TABLE "briefing_books" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- A library already stored is as published on its day, at the seed's hour (mocks/db/seed/briefing-books.ts).
ALTER TABLE "briefing_books" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
UPDATE "briefing_books" SET "updated_at" = "published_on" + time '14:00' AT TIME ZONE 'UTC';--> statement-breakpoint
ALTER TABLE "briefing_books" ALTER COLUMN "updated_at" SET NOT NULL;
