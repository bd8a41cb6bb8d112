CREATE TABLE "bedenktijd_adviezen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"beoordeling_id" uuid NOT NULL,
	"ontvangende_organisatie_id" uuid NOT NULL,
	"toelichting" text,
	"status" text NOT NULL,
	"bedenktijd_id" uuid,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bedenktijden" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"aanbiedende_organisatie_id" uuid NOT NULL,
	"beoordeling_id" uuid,
	"advies_id" uuid,
	"status" text NOT NULL,
	"aanbiedingsdatum" date NOT NULL,
	"reactie" text,
	"reactiedatum" date,
	"opvang_gewenst" boolean,
	"ingangsdatum" date,
	"uiterlijke_einddatum" date,
	"beleidsregel" text,
	"verblijfssituatie_bij_verlening" text,
	"einddatum" date,
	"beeindigingsreden" text,
	"beeindiging_toelichting" text,
	"beeindigd_door_organisatie_id" uuid,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beroepen_b8_3" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"datum" date NOT NULL,
	"toelichting" text,
	"tijdstip_registratie" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opvanglocaties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"naam" text NOT NULL,
	"soort" text NOT NULL,
	"capaciteit" integer NOT NULL,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plaatsingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"verwijzing_id" uuid NOT NULL,
	"dossier_id" uuid NOT NULL,
	"opvanglocatie_id" uuid NOT NULL,
	"startdatum" date NOT NULL,
	"einddatum" date,
	"beeindigingsreden" text,
	"toelichting" text,
	"tijdstip_aangemaakt" timestamp with time zone NOT NULL,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strafrechtelijke_gebeurtenissen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"redenen" text[] NOT NULL,
	"toelichting" text,
	"tijdstip_registratie" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verblijfsbesluiten" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"soort" text NOT NULL,
	"datum" date NOT NULL,
	"geldig_tot" date,
	"gronden" text[] NOT NULL,
	"toelichting" text,
	"tijdstip_registratie" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verwijzingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"verwijzende_organisatie_id" uuid NOT NULL,
	"ontvangende_organisatie_id" uuid NOT NULL,
	"doel" text NOT NULL,
	"reden" text NOT NULL,
	"urgentie" text NOT NULL,
	"toestemming" text NOT NULL,
	"grondslag" text,
	"status" text NOT NULL,
	"afwijzingsreden" text,
	"besluit_toelichting" text,
	"opvang_geweigerd" boolean DEFAULT false NOT NULL,
	"opvang_weigering_reden" text,
	"tijdstip_verwezen" timestamp with time zone NOT NULL,
	"tijdstip_besluit" timestamp with time zone,
	"tijdstip_afgesloten" timestamp with time zone,
	"tijdstip_gewijzigd" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bedenktijd_adviezen" ADD CONSTRAINT "bedenktijd_adviezen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijd_adviezen" ADD CONSTRAINT "bedenktijd_adviezen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijd_adviezen" ADD CONSTRAINT "bedenktijd_adviezen_beoordeling_id_beoordelingen_id_fk" FOREIGN KEY ("beoordeling_id") REFERENCES "public"."beoordelingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijd_adviezen" ADD CONSTRAINT "bedenktijd_adviezen_ontvangende_organisatie_id_organisaties_id_fk" FOREIGN KEY ("ontvangende_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijden" ADD CONSTRAINT "bedenktijden_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijden" ADD CONSTRAINT "bedenktijden_aanbiedende_organisatie_id_organisaties_id_fk" FOREIGN KEY ("aanbiedende_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijden" ADD CONSTRAINT "bedenktijden_beoordeling_id_beoordelingen_id_fk" FOREIGN KEY ("beoordeling_id") REFERENCES "public"."beoordelingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijden" ADD CONSTRAINT "bedenktijden_advies_id_bedenktijd_adviezen_id_fk" FOREIGN KEY ("advies_id") REFERENCES "public"."bedenktijd_adviezen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bedenktijden" ADD CONSTRAINT "bedenktijden_beeindigd_door_organisatie_id_organisaties_id_fk" FOREIGN KEY ("beeindigd_door_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beroepen_b8_3" ADD CONSTRAINT "beroepen_b8_3_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beroepen_b8_3" ADD CONSTRAINT "beroepen_b8_3_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opvanglocaties" ADD CONSTRAINT "opvanglocaties_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsingen" ADD CONSTRAINT "plaatsingen_verwijzing_id_verwijzingen_id_fk" FOREIGN KEY ("verwijzing_id") REFERENCES "public"."verwijzingen"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsingen" ADD CONSTRAINT "plaatsingen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plaatsingen" ADD CONSTRAINT "plaatsingen_opvanglocatie_id_opvanglocaties_id_fk" FOREIGN KEY ("opvanglocatie_id") REFERENCES "public"."opvanglocaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strafrechtelijke_gebeurtenissen" ADD CONSTRAINT "strafrechtelijke_gebeurtenissen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strafrechtelijke_gebeurtenissen" ADD CONSTRAINT "strafrechtelijke_gebeurtenissen_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verblijfsbesluiten" ADD CONSTRAINT "verblijfsbesluiten_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verblijfsbesluiten" ADD CONSTRAINT "verblijfsbesluiten_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verwijzingen" ADD CONSTRAINT "verwijzingen_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verwijzingen" ADD CONSTRAINT "verwijzingen_verwijzende_organisatie_id_organisaties_id_fk" FOREIGN KEY ("verwijzende_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "verwijzingen" ADD CONSTRAINT "verwijzingen_ontvangende_organisatie_id_organisaties_id_fk" FOREIGN KEY ("ontvangende_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bedenktijd_adviezen_dossier_idx" ON "bedenktijd_adviezen" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "bedenktijd_adviezen_open_idx" ON "bedenktijd_adviezen" USING btree ("ontvangende_organisatie_id") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "bedenktijden_dossier_idx" ON "bedenktijden" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bedenktijden_een_open_per_dossier_uq" ON "bedenktijden" USING btree ("dossier_id") WHERE status in ('aangeboden', 'lopend');--> statement-breakpoint
CREATE INDEX "bedenktijden_lopend_einde_idx" ON "bedenktijden" USING btree ("uiterlijke_einddatum","id") WHERE status = 'lopend';--> statement-breakpoint
CREATE INDEX "beroepen_b8_3_dossier_idx" ON "beroepen_b8_3" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "opvanglocaties_organisatie_idx" ON "opvanglocaties" USING btree ("organisatie_id");--> statement-breakpoint
CREATE INDEX "plaatsingen_lopend_idx" ON "plaatsingen" USING btree ("opvanglocatie_id") WHERE einddatum is null;--> statement-breakpoint
CREATE INDEX "plaatsingen_dossier_idx" ON "plaatsingen" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plaatsingen_een_lopend_per_dossier_uq" ON "plaatsingen" USING btree ("dossier_id") WHERE einddatum is null;--> statement-breakpoint
CREATE INDEX "strafrechtelijke_gebeurtenissen_dossier_idx" ON "strafrechtelijke_gebeurtenissen" USING btree ("dossier_id","datum");--> statement-breakpoint
CREATE INDEX "verblijfsbesluiten_dossier_idx" ON "verblijfsbesluiten" USING btree ("dossier_id","datum");--> statement-breakpoint
CREATE INDEX "verblijfsbesluiten_geldig_tot_idx" ON "verblijfsbesluiten" USING btree ("geldig_tot");--> statement-breakpoint
CREATE INDEX "verwijzingen_dossier_idx" ON "verwijzingen" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "verwijzingen_ontvanger_idx" ON "verwijzingen" USING btree ("ontvangende_organisatie_id","status","tijdstip_verwezen");--> statement-breakpoint
CREATE INDEX "idempotentie_sleutels_tijdstip_idx" ON "idempotentie_sleutels" USING btree ("tijdstip_aangemaakt");