-- Issue 17: the Logboek Dataverwerkingen holds one record per processing (request and activity) with
-- the set of dossiers it touched, no longer one row per dossier. Existing rows are merged: the rows of
-- one processing (same trace, span and activity) become one record naming all their pseudonyms.
ALTER TABLE "verwerkingen" ADD COLUMN "betrokkene_pseudoniemen" text[];--> statement-breakpoint
UPDATE "verwerkingen" v SET "betrokkene_pseudoniemen" = g.pseudoniemen
FROM (
  SELECT min("id"::text)::uuid AS id, array_agg(DISTINCT "betrokkene_pseudoniem") AS pseudoniemen
  FROM "verwerkingen" GROUP BY "trace_id", "span_id", "verwerkingsactiviteit_id"
) g
WHERE v."id" = g.id;--> statement-breakpoint
DELETE FROM "verwerkingen" WHERE "betrokkene_pseudoniemen" IS NULL;--> statement-breakpoint
ALTER TABLE "verwerkingen" ALTER COLUMN "betrokkene_pseudoniemen" SET NOT NULL;--> statement-breakpoint
DROP INDEX "verwerkingen_betrokkene_idx";--> statement-breakpoint
CREATE INDEX "verwerkingen_betrokkenen_idx" ON "verwerkingen" USING gin ("betrokkene_pseudoniemen");--> statement-breakpoint
CREATE INDEX "verwerkingen_tijdstip_idx" ON "verwerkingen" USING btree ("tijdstip_start");--> statement-breakpoint
ALTER TABLE "verwerkingen" DROP COLUMN "betrokkene_pseudoniem";
