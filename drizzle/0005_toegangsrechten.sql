-- Grants with a purpose and a scope replace the access reasons of dossier_toegang
-- (src/domain/toegang.ts, docs/toegangsmodel.md). The grants are rebuilt from the stored facts
-- under the new rules, not copied: the old table also held access that notifications handed out
-- as a side effect (a reminder, a referral decision), and that access must not survive.
CREATE TABLE "toegangsrechten" (
	"dossier_id" uuid NOT NULL,
	"organisatie_id" uuid NOT NULL,
	"doel" text NOT NULL,
	"bron_id" uuid NOT NULL,
	"reikwijdte" text NOT NULL,
	"mag_wijzigen" boolean NOT NULL,
	"mag_doorgeven" boolean NOT NULL,
	"verleend_door_organisatie_id" uuid,
	"tijdstip_verleend" timestamp with time zone NOT NULL,
	CONSTRAINT "toegangsrechten_organisatie_id_dossier_id_doel_bron_id_pk" PRIMARY KEY("organisatie_id","dossier_id","doel","bron_id")
);
--> statement-breakpoint
-- What a referral shares, as it was decided when it was made (consent, or a basis that allows the identity).
ALTER TABLE "verwijzingen" ADD COLUMN "gegevensdeling" text;--> statement-breakpoint
UPDATE "verwijzingen" SET "gegevensdeling" = CASE
  WHEN "toestemming" = 'ja' OR "grondslag" IN ('acuut_gevaar', 'meldcode_kindermishandeling') THEN 'identiteit'
  ELSE 'pseudoniem' END;--> statement-breakpoint
ALTER TABLE "verwijzingen" ALTER COLUMN "gegevensdeling" SET NOT NULL;--> statement-breakpoint
-- registratie: the registering organisation.
INSERT INTO "toegangsrechten" SELECT "id", "registrerende_organisatie_id", 'registratie', "id", 'identiteit', true, true, NULL, "tijdstip_registratie" FROM "dossiers";--> statement-breakpoint
-- verwijzing: every referral that was not refused or withdrawn.
INSERT INTO "toegangsrechten" SELECT "dossier_id", "ontvangende_organisatie_id", 'verwijzing', "id", "gegevensdeling", false, true, "verwijzende_organisatie_id", "tijdstip_verwezen"
  FROM "verwijzingen" WHERE "status" IN ('open', 'aanvaard', 'afgerond') ON CONFLICT DO NOTHING;--> statement-breakpoint
-- bedenktijd_advies: the police or KMar unit an NLA advice was addressed to.
INSERT INTO "toegangsrechten" SELECT "dossier_id", "ontvangende_organisatie_id", 'bedenktijd_advies', "id", 'identiteit', false, true, "organisatie_id", "tijdstip_aangemaakt"
  FROM "bedenktijd_adviezen" ON CONFLICT DO NOTHING;--> statement-breakpoint
-- m55, aanmelding, om_kopie: the standing purposes of the notifications IND, COA, CoMensha and the OM received.
INSERT INTO "toegangsrechten"
  SELECT k."dossier_id", k."ontvanger_organisatie_id",
    CASE o."type" WHEN 'comensha' THEN 'aanmelding' WHEN 'om' THEN 'om_kopie' ELSE 'm55' END,
    k."dossier_id",
    CASE o."type" WHEN 'ind' THEN 'identiteit' ELSE 'pseudoniem' END,
    false, o."type" = 'comensha', NULL, min(k."tijdstip_aangemaakt")
  FROM "kennisgevingen" k JOIN "organisaties" o ON o."id" = k."ontvanger_organisatie_id"
  WHERE k."dossier_id" IS NOT NULL AND (o."type" IN ('ind', 'coa', 'om') OR (o."type" = 'comensha' AND k."soort" = 'aanmelding_vermoedelijk_slachtoffer'))
  GROUP BY k."dossier_id", k."ontvanger_organisatie_id", o."type"
  ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP TABLE "dossier_toegang" CASCADE;--> statement-breakpoint
ALTER TABLE "toegangsrechten" ADD CONSTRAINT "toegangsrechten_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toegangsrechten" ADD CONSTRAINT "toegangsrechten_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "toegangsrechten" ADD CONSTRAINT "toegangsrechten_verleend_door_organisatie_id_organisaties_id_fk" FOREIGN KEY ("verleend_door_organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "toegangsrechten_dossier_idx" ON "toegangsrechten" USING btree ("dossier_id");
