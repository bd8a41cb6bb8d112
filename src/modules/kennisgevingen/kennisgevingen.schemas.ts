import { z } from '@hono/zod-openapi';
import { KENNISGEVING_SOORTEN, type KennisgevingSoort } from '../../domain/catalogus.js';
import type { kennisgevingen } from '../../db/schema.js';
import { inhoudSchemaNaam, inhoudSchemas } from '../../outbox/inhoud.schemas.js';

// A feed item (docs/integratie-ind-coa.md §8): everything except `inhoud`. The feed is polled often and pages of
// up to 200 items would otherwise carry personal data (the M55) that nobody asked to read; the
// inhoud comes with GET /v1/kennisgevingen/{id}, where the read is audited (docs/architectuur.md §4).
export const KennisgevingSchema = z.object({
  id: z.string().uuid(),
  volgnummer: z.number().int().min(1).openapi({
    description: 'Oplopend nummer per ontvangende organisatie; wordt in volgorde vastgelegd, zodat een lezer met naVolgnummer niets mist.',
    example: 42,
  }),
  soort: z.enum(KENNISGEVING_SOORTEN).openapi({ example: 'm55_bedenktijd' }),
  dossierId: z.string().uuid().nullable(),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipBevestigd: z.string().datetime().nullable(),
  referentieOntvanger: z.string().nullable().openapi({ example: 'IND-2026-0042' }),
}).openapi('Kennisgeving');

// One variant per soort with its own typed inhoud: a discriminated union on `soort`, so a generated
// client narrows `inhoud` by checking `soort` (issue 16 item 1; the schemas: src/outbox/inhoud.schemas.ts).
const variant = <S extends KennisgevingSoort>(soort: S) => KennisgevingSchema.extend({
  soort: z.literal(soort),
  afzenderOrganisatieId: z.string().uuid().nullable(),
  inhoud: inhoudSchemas[soort].openapi(inhoudSchemaNaam(soort), {
    description: `Inhoud van een kennisgeving ${soort}. Elke inzage wordt gelogd. Als JSON Schema: GET /v1/kennisgevingen/schemas/${soort}.`,
  }),
}).openapi(`KennisgevingMetInhoud${inhoudSchemaNaam(soort).slice('Inhoud'.length)}`);

const varianten = KENNISGEVING_SOORTEN.map(variant) as unknown as [ReturnType<typeof variant>, ...ReturnType<typeof variant>[]];
export const KennisgevingMetInhoudSchema = z.discriminatedUnion('soort', varianten).openapi('KennisgevingMetInhoud', {
  description: 'Een kennisgeving met haar inhoud; de vorm van inhoud hangt af van soort.',
});

export const KennisgevingCollectieSchema = z.object({ kennisgevingen: z.array(KennisgevingSchema) }).openapi('KennisgevingCollectie');

export const OntvangstbevestigingSchema = z.strictObject({
  referentieOntvanger: z.string().min(1).max(100).regex(/^$|\S/, 'De referentie mag niet alleen uit spaties bestaan.').openapi({
    description: 'Uw eigen kenmerk voor deze kennisgeving (bijvoorbeeld het IND-zaaknummer).',
    example: 'IND-2026-0042',
  }),
}).openapi('Ontvangstbevestiging');

export const KennisgevingListQuery = z.object({
  naVolgnummer: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().openapi({
    description: 'Alleen kennisgevingen met een hoger volgnummer; geef het laatst verwerkte volgnummer mee.',
    example: 41,
  }),
  soort: z.enum(KENNISGEVING_SOORTEN).optional()
    .openapi({ description: 'Alleen kennisgevingen van deze soort.', example: 'm55_bedenktijd' }),
});

export type KennisgevingRij = typeof kennisgevingen.$inferSelect;
export type KennisgevingFeedRij = Omit<KennisgevingRij, 'inhoud' | 'gebeurtenisSleutel' | 'ontvangerOrganisatieId' | 'afzenderOrganisatieId'>;
export type Kennisgeving = z.infer<typeof KennisgevingSchema>;
export type KennisgevingMetInhoud = z.infer<typeof KennisgevingMetInhoudSchema>;

export function naarKennisgeving(r: KennisgevingFeedRij): Kennisgeving {
  return {
    id: r.id,
    volgnummer: r.volgnummer,
    soort: r.soort as KennisgevingSoort,
    dossierId: r.dossierId,
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipBevestigd: r.tijdstipBevestigd?.toISOString() ?? null,
    referentieOntvanger: r.referentieOntvanger,
  };
}

export function naarKennisgevingMetInhoud(r: KennisgevingRij): KennisgevingMetInhoud {
  return { ...naarKennisgeving(r), afzenderOrganisatieId: r.afzenderOrganisatieId, inhoud: r.inhoud } as KennisgevingMetInhoud;
}
