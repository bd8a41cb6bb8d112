CREATE TABLE "snelheidsvensters" (
	"sleutel" text NOT NULL,
	"venster_start" timestamp with time zone NOT NULL,
	"aantal" integer NOT NULL,
	CONSTRAINT "snelheidsvensters_sleutel_venster_start_pk" PRIMARY KEY("sleutel","venster_start")
);
--> statement-breakpoint
CREATE TABLE "verwerkingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"trace_id" text NOT NULL,
	"span_id" text NOT NULL,
	"parent_span_id" text,
	"verwerkingsactiviteit_id" text NOT NULL,
	"betrokkene_pseudoniem" text NOT NULL,
	"organisatie_id" uuid,
	"rol" text,
	"rechtsgrond" text NOT NULL,
	"handeling" text NOT NULL,
	"status" text NOT NULL,
	"request_id" text,
	"tijdstip_start" timestamp with time zone NOT NULL,
	"tijdstip_einde" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "tijdstip_gesloten" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "sluitingsreden" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "tijdstip_gewist" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "wisgrondslag" text;--> statement-breakpoint
CREATE INDEX "verwerkingen_betrokkene_idx" ON "verwerkingen" USING btree ("betrokkene_pseudoniem","tijdstip_start");