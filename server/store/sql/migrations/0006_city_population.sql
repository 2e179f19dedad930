-- City records MIP staff keep (issue 19): where a population comes from, a newer one that bills
-- from the next membership year, and a version for If-Match. A city already stored counted as of
-- the 2020 Census, as the seed's cities do (mocks/db/seed/demo-people.ts).
ALTER TABLE "members" ADD COLUMN "population_source" text DEFAULT 'US Census Bureau, 2020 Census' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "population_source" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "population_as_of" date DEFAULT '2020-04-01' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "population_as_of" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "population_change" jsonb;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "version" integer DEFAULT 0 NOT NULL;
