CREATE TABLE "api_sleutels" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"rol" text NOT NULL,
	"hash" text NOT NULL,
	"omschrijving" text,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_ingetrokken" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_ketens" (
	"keten" text PRIMARY KEY NOT NULL,
	"lengte" integer NOT NULL,
	"laatste_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "auditregels" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"keten" text NOT NULL,
	"positie" integer NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	"organisatie_id" uuid,
	"sleutel_id" uuid,
	"rol" text,
	"actie" text NOT NULL,
	"object_type" text NOT NULL,
	"object_id" text,
	"dossier_id" uuid,
	"resultaat" text NOT NULL,
	"request_id" text,
	"vorige_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beoordelingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"beoordelingsdatum" date NOT NULL,
	"informatief_gesprek" jsonb NOT NULL,
	"elementen" jsonb NOT NULL,
	"indicatoren" text[] NOT NULL,
	"resultaat" text NOT NULL,
	"redenen" text[] NOT NULL,
	"toelichting" text,
	"vervangt" uuid,
	"tijdstip_registratie" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_toegang" (
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"reden" text NOT NULL,
	"tijdstip_verleend" timestamp with time zone NOT NULL,
	CONSTRAINT "dossier_toegang_organisatie_id_dossier_id_reden_pk" PRIMARY KEY("organisatie_id","dossier_id","reden")
);
--> statement-breakpoint
CREATE TABLE "dossiernummer_tellers" (
	"jaar" integer PRIMARY KEY NOT NULL,
	"laatste" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossiernummer" text NOT NULL,
	"registrerende_organisatie_id" uuid NOT NULL,
	"nationaliteit_categorie" text NOT NULL,
	"eurechtelijke_aanspraken" boolean,
	"verblijfssituatie" text NOT NULL,
	"leeftijdscategorie" text NOT NULL,
	"identificatiestatus" text NOT NULL,
	"versie" integer NOT NULL,
	"tijdstip_registratie" timestamp with time zone NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotentie_sleutels" (
	"credential" text NOT NULL,
	"sleutel" text NOT NULL,
	"methode" text NOT NULL,
	"pad" text NOT NULL,
	"verzoek_hash" text NOT NULL,
	"status" integer,
	"antwoord" text,
	"antwoord_headers" jsonb,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotentie_sleutels_credential_sleutel_pk" PRIMARY KEY("credential","sleutel")
);
--> statement-breakpoint
CREATE TABLE "kennisgeving_tellers" (
	"organisatie_id" uuid PRIMARY KEY NOT NULL,
	"laatste_volgnummer" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kennisgevingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ontvanger_organisatie_id" uuid NOT NULL,
	"volgnummer" bigint NOT NULL,
	"soort" text NOT NULL,
	"dossier_id" uuid,
	"afzender_organisatie_id" uuid,
	"inhoud" jsonb NOT NULL,
	"gebeurtenis_sleutel" text NOT NULL,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_bevestigd" timestamp with time zone,
	"referentie_ontvanger" text
);
--> statement-breakpoint
CREATE TABLE "organisaties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"naam" text NOT NULL,
	"type" text NOT NULL,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persoonsgegevens" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"voornamen" text,
	"geslachtsnaam" text,
	"geboortedatum" date,
	"nationaliteit" text,
	"vreemdelingennummer" text,
	"geslacht" text,
	"talen" text[] NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signalen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"ontvangstdatum" date NOT NULL,
	"bron" text NOT NULL,
	"melder" text,
	"uitbuitingsvormen" text[] NOT NULL,
	"indicatoren" text[] NOT NULL,
	"locatie" text NOT NULL,
	"weging" jsonb,
	"samenvatting" text,
	"tijdstip_registratie" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_sleutels" ADD CONSTRAINT "api_sleutels_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordelingen" ADD CONSTRAINT "beoordelingen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beoordelingen" ADD CONSTRAINT "beoordelingen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_toegang" ADD CONSTRAINT "dossier_toegang_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_registrerende_organisatie_id_organisaties_id_fk" FOREIGN KEY ("registrerende_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennisgeving_tellers" ADD CONSTRAINT "kennisgeving_tellers_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennisgevingen" ADD CONSTRAINT "kennisgevingen_ontvanger_organisatie_id_organisaties_id_fk" FOREIGN KEY ("ontvanger_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennisgevingen" ADD CONSTRAINT "kennisgevingen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kennisgevingen" ADD CONSTRAINT "kennisgevingen_afzender_organisatie_id_organisaties_id_fk" FOREIGN KEY ("afzender_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persoonsgegevens" ADD CONSTRAINT "persoonsgegevens_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalen" ADD CONSTRAINT "signalen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signalen" ADD CONSTRAINT "signalen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_sleutels_hash_uq" ON "api_sleutels" USING btree ("hash");--> statement-breakpoint
CREATE UNIQUE INDEX "auditregels_keten_positie_uq" ON "auditregels" USING btree ("keten","positie");--> statement-breakpoint
CREATE INDEX "auditregels_dossier_idx" ON "auditregels" USING btree ("dossier_id","id");--> statement-breakpoint
CREATE INDEX "beoordelingen_dossier_idx" ON "beoordelingen" USING btree ("dossier_id","beoordelingsdatum","tijdstip_registratie");--> statement-breakpoint
CREATE UNIQUE INDEX "beoordelingen_vervangt_uq" ON "beoordelingen" USING btree ("vervangt");--> statement-breakpoint
CREATE INDEX "dossier_toegang_dossier_idx" ON "dossier_toegang" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossiers_dossiernummer_uq" ON "dossiers" USING btree ("dossiernummer");--> statement-breakpoint
CREATE INDEX "dossiers_registratie_idx" ON "dossiers" USING btree ("tijdstip_registratie","id");--> statement-breakpoint
CREATE UNIQUE INDEX "kennisgevingen_volgnummer_uq" ON "kennisgevingen" USING btree ("ontvanger_organisatie_id","volgnummer");--> statement-breakpoint
CREATE UNIQUE INDEX "kennisgevingen_gebeurtenis_uq" ON "kennisgevingen" USING btree ("ontvanger_organisatie_id","gebeurtenis_sleutel");--> statement-breakpoint
CREATE INDEX "kennisgevingen_dossier_idx" ON "kennisgevingen" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisaties_naam_uq" ON "organisaties" USING btree ("naam");--> statement-breakpoint
CREATE INDEX "persoonsgegevens_vnummer_idx" ON "persoonsgegevens" USING btree ("vreemdelingennummer");--> statement-breakpoint
CREATE INDEX "persoonsgegevens_naam_idx" ON "persoonsgegevens" USING btree (lower("geslachtsnaam"),"geboortedatum");--> statement-breakpoint
CREATE INDEX "signalen_dossier_idx" ON "signalen" USING btree ("dossier_id","tijdstip_registratie");