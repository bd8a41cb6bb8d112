CREATE TABLE "persoonsbesluiten" (
	"id" uuid PRIMARY KEY NOT NULL,
	"soort" text NOT NULL,
	"dossier_id" uuid NOT NULL,
	"ander_dossier_id" uuid,
	"organisatie_id" uuid NOT NULL,
	"reden" text NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "tijdstip_heropend" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "heropeningsreden" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "samengevoegd_in" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "tijdstip_samengevoegd" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "persoonsgegevens" ADD COLUMN "geslachtsnaam_normaal" text;--> statement-breakpoint
ALTER TABLE "persoonsbesluiten" ADD CONSTRAINT "persoonsbesluiten_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persoonsbesluiten" ADD CONSTRAINT "persoonsbesluiten_ander_dossier_id_dossiers_id_fk" FOREIGN KEY ("ander_dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persoonsbesluiten" ADD CONSTRAINT "persoonsbesluiten_organisatie_id_organisaties_id_fk" FOREIGN KEY ("organisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "persoonsbesluiten_andere_persoon_uq" ON "persoonsbesluiten" USING btree ("dossier_id","ander_dossier_id") WHERE soort = 'andere_persoon';--> statement-breakpoint
CREATE INDEX "persoonsbesluiten_dossier_idx" ON "persoonsbesluiten" USING btree ("dossier_id");--> statement-breakpoint
CREATE INDEX "persoonsgegevens_naam_normaal_idx" ON "persoonsgegevens" USING btree ("geslachtsnaam_normaal","geboortedatum");
--> statement-breakpoint
-- Existing personal data: the comparable surname, as normaliseerGeslachtsnaam (src/domain/persoon.ts)
-- computes it for the letters in use (translate() maps the accented Latin letters); every later
-- write stores the value computed in the application.
UPDATE "persoonsgegevens" SET "geslachtsnaam_normaal" = nullif(regexp_replace(lower(translate("geslachtsnaam",
  'ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňŊŋÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž',
  'AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz')), '[[:space:]''’`´.‐‑‒–—-]', '', 'g'), '')
  WHERE "geslachtsnaam" IS NOT NULL;
