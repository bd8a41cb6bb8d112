import { z } from '@hono/zod-openapi';
import type { bedenktijdAdviezen } from '../../db/schema.js';

export const ADVIES_STATUSSEN = ['open', 'overgenomen', 'niet_overgenomen'] as const;

export const AdviesSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  organisatieId: z.string().uuid(),
  beoordelingId: z.string().uuid(),
  ontvangendeOrganisatieId: z.string().uuid(),
  toelichting: z.string().nullable(),
  status: z.enum(ADVIES_STATUSSEN),
  bedenktijdId: z.string().uuid().nullable(),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipGewijzigd: z.string().datetime().openapi({ description: 'Laatste statuswijziging (overgenomen of niet overgenomen).' }),
}).openapi('BedenktijdAdvies');

export const AdviesCollectieSchema = z.object({ bedenktijdAdviezen: z.array(AdviesSchema) }).openapi('BedenktijdAdviesCollectie');

export const AdviesInvoerSchema = z.strictObject({
  beoordelingId: z.string().uuid(),
  ontvangendeOrganisatieId: z.string().uuid().openapi({ description: 'De politie- of KMar-eenheid die de bedenktijd aanbiedt.' }),
  toelichting: z.string().max(5000).nullable().default(null),
}).openapi('BedenktijdAdviesInvoer');

export const AdviesLijstQuery = z.object({ status: z.enum(ADVIES_STATUSSEN).optional() });

export function naarAdvies(r: typeof bedenktijdAdviezen.$inferSelect): z.infer<typeof AdviesSchema> {
  return { ...r, status: r.status as (typeof ADVIES_STATUSSEN)[number], tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(), tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString() };
}
