ALTER TABLE "api_sleutels" ADD COLUMN "gecertificeerd" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "beoordelingen" ADD COLUMN "uitbuitingsperiode" jsonb;--> statement-breakpoint
ALTER TABLE "signalen" ADD COLUMN "contexten" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "signalen" ADD COLUMN "opvolging" jsonb;--> statement-breakpoint
ALTER TABLE "signalen" ADD COLUMN "tijdstip_opvolging" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "strafrechtelijke_gebeurtenissen" ADD COLUMN "acute_situatie" jsonb;--> statement-breakpoint
ALTER TABLE "websessies" ADD COLUMN "gecertificeerd" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "signalen_zonder_opvolging_idx" ON "signalen" USING btree ("organisatie_id","tijdstip_registratie") WHERE tijdstip_opvolging is null;