-- Welcome links (issue 19, decision 039): the first password of an account MIP made. Only the
-- token's SHA-256 is stored. A colleague's welcome e-mail concerns no city, so the outbox's city is optional.
CREATE TABLE "welcome_links" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "outbox" ALTER COLUMN "member_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "welcome_links" ADD CONSTRAINT "welcome_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "welcome_links_person" ON "welcome_links" USING btree ("person_id");