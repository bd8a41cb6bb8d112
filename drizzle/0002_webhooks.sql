CREATE TABLE "abonnementen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"callback_url" text NOT NULL,
	"authorization" text,
	"soorten" text[] NOT NULL,
	"status" text NOT NULL,
	"reden_gestopt" text,
	"gepland_tot_volgnummer" bigint NOT NULL,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "afleveringen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kennisgeving_id" uuid NOT NULL,
	"abonnement_id" uuid NOT NULL,
	"volgnummer" bigint NOT NULL,
	"status" text NOT NULL,
	"pogingen" integer NOT NULL,
	"volgende_poging" timestamp with time zone NOT NULL,
	"lease_tot" timestamp with time zone,
	"laatste_http_status" integer,
	"laatste_fout" text,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_afgeleverd" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "abonnementen" ADD CONSTRAINT "abonnementen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afleveringen" ADD CONSTRAINT "afleveringen_kennisgeving_id_kennisgevingen_id_fk" FOREIGN KEY ("kennisgeving_id") REFERENCES "public"."kennisgevingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "afleveringen" ADD CONSTRAINT "afleveringen_abonnement_id_abonnementen_id_fk" FOREIGN KEY ("abonnement_id") REFERENCES "public"."abonnementen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abonnementen_organisatie_idx" ON "abonnementen" USING btree ("organisatie_id");--> statement-breakpoint
CREATE UNIQUE INDEX "afleveringen_kennisgeving_abonnement_uq" ON "afleveringen" USING btree ("kennisgeving_id","abonnement_id");--> statement-breakpoint
CREATE INDEX "afleveringen_te_doen_idx" ON "afleveringen" USING btree ("abonnement_id","volgnummer") WHERE status = 'wachtend';--> statement-breakpoint
CREATE INDEX "afleveringen_volgende_poging_idx" ON "afleveringen" USING btree ("volgende_poging") WHERE status = 'wachtend';