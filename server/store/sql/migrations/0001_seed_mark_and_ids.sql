CREATE SEQUENCE "public"."hub_ids" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "hub_meta" (
	"name" text PRIMARY KEY NOT NULL,
	"seed_version" integer NOT NULL,
	"seeded_at" timestamp with time zone NOT NULL
);
