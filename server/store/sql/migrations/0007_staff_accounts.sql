-- MIP's staff accounts (issue 19): an admin deactivates one; everyone stored is active.
ALTER TABLE "people" ADD COLUMN "deactivated_at" timestamp with time zone;