ALTER TABLE "abonnementen" ADD COLUMN "tijdstip_bevestigd" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "abonnementen" ADD COLUMN "bevestiging_pogingen" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "abonnementen" ADD COLUMN "volgende_bevestiging" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "abonnementen" ADD COLUMN "bevestigingsfout" text;--> statement-breakpoint
CREATE INDEX "abonnementen_te_bevestigen_idx" ON "abonnementen" USING btree ("volgende_bevestiging") WHERE status = 'wacht_op_bevestiging';