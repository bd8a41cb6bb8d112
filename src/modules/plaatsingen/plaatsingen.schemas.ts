import { z } from '@hono/zod-openapi';
import { PLAATSING_BEEINDIGINGSREDENEN } from '../../domain/verwijzing.js';
import type { plaatsingen } from '../../db/schema.js';
import { datum } from '../../http/velden.js';

export const PlaatsingSchema = z.object({
  id: z.string().uuid(),
  verwijzingId: z.string().uuid(),
  dossierId: z.string().uuid(),
  opvanglocatieId: z.string().uuid(),
  status: z.enum(['lopend', 'beeindigd']).openapi({ description: 'Afgeleid: lopend zolang er geen einddatum is.' }),
  startdatum: datum(),
  einddatum: datum().nullable(),
  beeindigingsreden: z.enum(PLAATSING_BEEINDIGINGSREDENEN).nullable(),
  toelichting: z.string().nullable(),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipGewijzigd: z.string().datetime(),
}).openapi('Plaatsing');

export const PlaatsingAanmakenSchema = z.strictObject({
  opvanglocatieId: z.string().uuid().openapi({ description: 'Een opvanglocatie van uw eigen organisatie.' }),
  startdatum: datum().openapi({ description: 'Eerste dag van de plaatsing (niet in de toekomst).', example: '2026-11-20' }),
}).openapi('PlaatsingAanmaken');

export const PlaatsingBeeindigingSchema = z.strictObject({
  einddatum: datum().openapi({ description: 'Laatste dag (niet in de toekomst, niet vóór de startdatum).' }),
  reden: z.enum(PLAATSING_BEEINDIGINGSREDENEN).openapi({ description: 'Een overplaatsing is een beëindiging met reden overgeplaatst plus een nieuwe plaatsing.' }),
  toelichting: z.string().max(5000).nullable().default(null).openapi({ description: 'Verplicht bij reden overig.' }),
}).openapi('PlaatsingBeeindiging');

export type PlaatsingRij = typeof plaatsingen.$inferSelect;
export type Plaatsing = z.infer<typeof PlaatsingSchema>;

export function naarPlaatsing(r: PlaatsingRij): Plaatsing {
  return {
    id: r.id,
    verwijzingId: r.verwijzingId,
    dossierId: r.dossierId,
    opvanglocatieId: r.opvanglocatieId,
    status: r.einddatum === null ? 'lopend' : 'beeindigd',
    startdatum: r.startdatum,
    einddatum: r.einddatum,
    beeindigingsreden: r.beeindigingsreden as Plaatsing['beeindigingsreden'],
    toelichting: r.toelichting,
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
