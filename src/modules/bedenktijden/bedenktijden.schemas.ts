import { z } from '@hono/zod-openapi';
import { BEDENKTIJD_STATUSSEN, BEEINDIGINGSREDENEN, REACTIES } from '../../domain/bedenktijd.js';
import type { bedenktijden } from '../../db/schema.js';
import { dagenTot } from '../../domain/kalender.js';
import { datum } from '../../http/velden.js';
import { acuteSituatieNietToegestaan } from '../../domain/informatiefgesprek.js';
import { AcuteSituatieSchema } from '../beoordelingen/beoordelingen.schemas.js';
import { zodraGeldig } from '../strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.schemas.js';

export const BedenktijdSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  dossiernummer: z.string().openapi({ example: 'NRM-2026-000123' }),
  status: z.enum(BEDENKTIJD_STATUSSEN),
  aanbiedendeOrganisatieId: z.string().uuid(),
  beoordelingId: z.string().uuid().nullable(),
  adviesId: z.string().uuid().nullable(),
  aanbiedingsdatum: datum(),
  reactie: z.enum(REACTIES).nullable(),
  reactiedatum: datum().nullable(),
  opvangGewenst: z.boolean().nullable(),
  ingangsdatum: datum().nullable().openapi({ description: 'Dag van verlening (aanvaarding); de bedenktijd geldt vanaf deze dag.' }),
  uiterlijkeEinddatum: datum().nullable().openapi({ description: 'Laatste dag van de bedenktijd (inclusief), berekend met de beleidsregel.' }),
  dagenResterend: z.number().int().nullable().openapi({
    description: 'Bij een lopende bedenktijd: kalenderdagen (Europe/Amsterdam) van vandaag tot uiterlijkeEinddatum; 0 op de laatste dag. Anders leeg.',
  }),
  beleidsregel: z.string().nullable().openapi({ example: 'b8-3-drie-maanden' }),
  einddatum: datum().nullable(),
  beeindigingsreden: z.enum([...BEEINDIGINGSREDENEN, 'verlopen']).nullable(),
  beeindigingToelichting: z.string().nullable(),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipGewijzigd: z.string().datetime(),
}).openapi('Bedenktijd');

export const BedenktijdCollectieSchema = z.object({ bedenktijden: z.array(BedenktijdSchema) }).openapi('BedenktijdCollectie');

export const AanbiedingSchema = z.strictObject({
  aanbiedingsdatum: datum(),
  beoordelingId: z.string().uuid().optional().openapi({ description: 'Beoordeling met resultaat vastgesteld.' }),
  adviesId: z.string().uuid().optional().openapi({ description: 'Of: een open bedenktijd-advies van NLA Opsporing.' }),
}).superRefine((d, ctx) => {
  if (Boolean(d.beoordelingId) === Boolean(d.adviesId)) {
    ctx.addIssue({ code: 'custom', path: ['beoordelingId'], message: 'Geef precies één van beoordelingId of adviesId.' });
  }
}).openapi('BedenktijdAanbieding');

type RefinementCtx = { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void };
const meldBevinding = (ctx: RefinementCtx, b: { pad: string; reden: string } | null) => {
  if (b) ctx.addIssue({ code: 'custom', path: [b.pad], message: b.reden });
};

const acuteSituatie = () => AcuteSituatieSchema.nullable().optional();

export const ReactieSchema = z.strictObject({
  reactie: z.enum(REACTIES).openapi({
    description: 'aanvaard verleent de bedenktijd; geweigerd_direct_aangifte is een aangifte: die komt op het strafrechtelijke spoor en de IND (en het COA) krijgt m55_aangifte, het OM een pseudonieme kopie.',
  }),
  datum: datum(),
  opvangGewenst: z.boolean().nullable().default(null),
  acuteSituatie: acuteSituatie().openapi({ description: 'Alleen bij geweigerd_direct_aangifte zonder informatief gesprek vooraf (Aanwijzing mensenhandel).' }),
})
  .superRefine((r, ctx) => meldBevinding(ctx, acuteSituatieNietToegestaan(r.reactie === 'geweigerd_direct_aangifte', r.acuteSituatie, 'reactie geweigerd_direct_aangifte')),
    zodraGeldig('reactie', 'acuteSituatie'))
  .openapi('BedenktijdReactie');

export const BeeindigingSchema = z.strictObject({
  reden: z.enum(BEEINDIGINGSREDENEN).openapi({
    description: 'aangifte, medewerking_strafproces en afzien_medewerking zijn handelingen van het slachtoffer: ze komen ook op het strafrechtelijke spoor '
      + '(afzien_medewerking als afzien_aangifte) met dezelfde kennisgevingen als daar (B8/3.1 Vc 2000).',
  }),
  datum: datum(),
  toelichting: z.string().max(5000).nullable().default(null),
  acuteSituatie: acuteSituatie().openapi({ description: 'Alleen bij reden aangifte zonder informatief gesprek vooraf (Aanwijzing mensenhandel).' }),
})
  .superRefine((b, ctx) => meldBevinding(ctx, acuteSituatieNietToegestaan(b.reden === 'aangifte', b.acuteSituatie, 'reden aangifte')),
    zodraGeldig('reden', 'acuteSituatie'))
  .openapi('BedenktijdBeeindiging');

export const WerklijstQuery = z.object({
  status: z.enum(BEDENKTIJD_STATUSSEN).optional(),
  uiterlijkeEinddatumTot: datum().optional().openapi({ description: 'Alleen bedenktijden die uiterlijk op deze dag eindigen.' }),
  organisatieId: z.string().uuid().optional().openapi({ description: 'Alleen bedenktijden aangeboden door deze organisatie.' }),
});

export const SignaleringSchema = z.object({
  dossierId: z.string().uuid(),
  dossiernummer: z.string(),
  beoordelingId: z.string().uuid(),
  beoordelingsdatum: datum(),
  dagenZonderAanbod: z.number().int(),
  melding: z.string(),
}).openapi('BedenktijdSignalering');

export type BedenktijdRij = typeof bedenktijden.$inferSelect;

/** A bedenktijd with its dossier's number, as the use cases return it. */
export type BedenktijdMetNummer = BedenktijdRij & { dossiernummer: string };

export function naarBedenktijd(r: BedenktijdMetNummer, vandaag: string): z.infer<typeof BedenktijdSchema> {
  return {
    id: r.id, dossierId: r.dossierId, dossiernummer: r.dossiernummer,
    dagenResterend: r.status === 'lopend' && r.uiterlijkeEinddatum ? dagenTot(r.uiterlijkeEinddatum, vandaag) : null,
    status: r.status as never, aanbiedendeOrganisatieId: r.aanbiedendeOrganisatieId,
    beoordelingId: r.beoordelingId, adviesId: r.adviesId, aanbiedingsdatum: r.aanbiedingsdatum, reactie: r.reactie as never,
    reactiedatum: r.reactiedatum, opvangGewenst: r.opvangGewenst, ingangsdatum: r.ingangsdatum, uiterlijkeEinddatum: r.uiterlijkeEinddatum,
    beleidsregel: r.beleidsregel, einddatum: r.einddatum, beeindigingsreden: r.beeindigingsreden as never,
    beeindigingToelichting: r.beeindigingToelichting, tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(), tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
