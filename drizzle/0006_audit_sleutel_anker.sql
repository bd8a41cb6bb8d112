-- Issue 11: the audit chain becomes an HMAC with a key outside the database. Existing rows keep their
-- plain SHA-256 hash and get ketensleutel NULL; verification accepts such a row only where an anchor
-- (written by the first anchor job after this migration) covers it. No data is changed here: the
-- key is not in the database, so no migration could compute the new hashes.
CREATE TABLE "audit_ankerstand" (
	"keten" text PRIMARY KEY NOT NULL,
	"lengte" integer NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_ankervoortgang" (
	"id" integer PRIMARY KEY NOT NULL,
	"tot_regel_id" bigint NOT NULL,
	"vorige_tot_regel_id" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "auditregels" ADD COLUMN "ketensleutel" text;