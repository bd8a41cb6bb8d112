CREATE TABLE "websessies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"gebruiker" text NOT NULL,
	"weergavenaam" text,
	"csrf_token" text NOT NULL,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_laatst_gebruikt" timestamp with time zone NOT NULL,
	"tijdstip_beeindigd" timestamp with time zone,
	"beeindigingsreden" text
);
--> statement-breakpoint
ALTER TABLE "websessies" ADD CONSTRAINT "websessies_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "websessies_token_hash_uq" ON "websessies" USING btree ("token_hash");