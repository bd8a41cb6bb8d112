import { z } from '@hono/zod-openapi';
import { OPVANGLOCATIE_SOORTEN } from '../../domain/verwijzing.js';
import type { opvanglocaties } from '../../db/schema.js';

export const OpvanglocatieSchema = z.object({
  id: z.string().uuid(),
  organisatieId: z.string().uuid(),
  naam: z.string(),
  soort: z.enum(OPVANGLOCATIE_SOORTEN),
  capaciteit: z.number().int(),
  bezetting: z.number().int().openapi({ description: 'Afgeleid: het aantal lopende plaatsingen.' }),
  vrijePlaatsen: z.number().int().openapi({ description: 'capaciteit min bezetting.' }),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipGewijzigd: z.string().datetime(),
}).openapi('Opvanglocatie');

export const OpvanglocatieCollectieSchema = z.object({ opvanglocaties: z.array(OpvanglocatieSchema) }).openapi('OpvanglocatieCollectie');

const naam = z.string().trim().min(1, 'Vul een naam in.').max(200);
const capaciteit = z.number().int().min(0).max(10_000).openapi({ description: 'Aantal plaatsen (0 = tijdelijk gesloten).' });

export const OpvanglocatieAanmakenSchema = z.strictObject({
  organisatieId: z.string().uuid().optional().openapi({ description: 'De opvangorganisatie van de locatie. Verplicht voor een beheerder; een opvangmedewerker beheert alleen locaties van de eigen organisatie.' }),
  naam,
  soort: z.enum(OPVANGLOCATIE_SOORTEN),
  capaciteit,
}).openapi('OpvanglocatieAanmaken');

export const OpvanglocatieWijzigenSchema = z.strictObject({
  naam: naam.optional(),
  soort: z.enum(OPVANGLOCATIE_SOORTEN).optional(),
  capaciteit: capaciteit.optional().openapi({ description: 'Niet lager dan de huidige bezetting (409).' }),
}).refine((w) => w.naam !== undefined || w.soort !== undefined || w.capaciteit !== undefined, {
  message: 'Geef ten minste één van naam, soort of capaciteit.', path: [],
}).openapi('OpvanglocatieWijzigen');

export const OpvanglocatieListQuery = z.object({
  organisatieId: z.string().uuid().optional().openapi({ description: 'Alleen locaties van deze organisatie.' }),
  soort: z.enum(OPVANGLOCATIE_SOORTEN).optional(),
});

export type OpvanglocatieRij = typeof opvanglocaties.$inferSelect;
export type Opvanglocatie = z.infer<typeof OpvanglocatieSchema>;

export function naarOpvanglocatie(r: OpvanglocatieRij, bezetting: number): Opvanglocatie {
  return {
    id: r.id,
    organisatieId: r.organisatieId,
    naam: r.naam,
    soort: r.soort as Opvanglocatie['soort'],
    capaciteit: r.capaciteit,
    bezetting,
    vrijePlaatsen: Math.max(0, r.capaciteit - bezetting),
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
