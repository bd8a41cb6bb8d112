import { z } from '@hono/zod-openapi';
import { KENNISGEVING_SOORTEN } from '../../domain/catalogus.js';
import type { abonnementen } from '../../db/schema.js';
import { callbackUrlProblemen } from '../../webhooks/callback-url.js';

const soortenVeld = z.array(z.enum(KENNISGEVING_SOORTEN)).min(1, 'Noem minstens één soort kennisgeving.')
  .refine((s) => new Set(s).size === s.length, 'Elke soort mag maar één keer voorkomen.')
  .openapi({ description: 'De soorten kennisgeving die u via deze webhook wilt ontvangen.', example: ['m55_bedenktijd', 'bedenktijd_beeindigd'] });

export const AbonnementAanmakenSchema = z.strictObject({
  callbackUrl: z.string().max(2000).superRefine((waarde, ctx) => {
    for (const message of callbackUrlProblemen(waarde)) ctx.addIssue({ code: 'custom', message });
  }).openapi({
    format: 'uri',
    description: 'De URL waarop u de CloudEvents ontvangt (POST). Alleen https; http alleen voor 127.0.0.1, ::1 of localhost buiten productie. '
      + 'In productie moet elk adres van de host openbaar zijn (geen loopback, privé-, link-local- of uniek-lokaal adres), bij het abonneren '
      + 'en bij elke aflevering; een ontvanger in een gesloten netwerk (FSC) laat de beheerder toe. Doorverwijzingen worden niet gevolgd.',
    example: 'https://ontvanger.ind.example.nl/nrm/kennisgevingen',
  }),
  authorization: z.string().min(1).max(2000)
    .regex(/^[\x20-\x7E]+$/, 'Alleen zichtbare ASCII-tekens en spaties, geen regeleinden.')
    .nullable().optional().openapi({
      writeOnly: true,
      description: 'De waarde die de NRM-service in de header Authorization meestuurt, zodat u kunt controleren dat het bericht van ons komt. Wordt nooit teruggegeven.',
      example: 'Bearer 7c1f0e4e-geheim-van-de-ontvanger',
    }),
  soorten: soortenVeld,
}).openapi('AbonnementAanmaken');

export const AbonnementSchema = z.object({
  id: z.string().uuid(),
  callbackUrl: z.string().openapi({ format: 'uri', example: 'https://ontvanger.ind.example.nl/nrm/kennisgevingen' }),
  soorten: z.array(z.enum(KENNISGEVING_SOORTEN)),
  authorizationIngesteld: z.boolean().openapi({ description: 'Of er een Authorization-waarde is vastgelegd (de waarde zelf wordt nooit teruggegeven).' }),
  status: z.enum(['actief', 'gestopt']).openapi({ description: 'gestopt: de ontvanger antwoordde 410 Gone; er wordt niets meer afgeleverd.' }),
  redenGestopt: z.string().nullable(),
  geplandTotVolgnummer: z.number().int().min(0).openapi({
    description: 'Kennisgevingen (van uw organisatie) tot en met dit volgnummer zijn ingepland of dateren van vóór het abonnement. '
      + 'Bij aanmaken is dit het laatste volgnummer van uw feed: eerdere kennisgevingen haalt u op via GET /v1/kennisgevingen.',
    example: 41,
  }),
  tijdstipAangemaakt: z.string().datetime(),
  tijdstipGewijzigd: z.string().datetime(),
}).openapi('Abonnement');

export const AbonnementCollectieSchema = z.object({ abonnementen: z.array(AbonnementSchema) }).openapi('AbonnementCollectie');

export const AbonnementListQuery = z.object({
  status: z.enum(['actief', 'gestopt']).optional().openapi({ description: 'Alleen abonnementen met deze status.' }),
});

export type AbonnementRij = typeof abonnementen.$inferSelect;
export type Abonnement = z.infer<typeof AbonnementSchema>;

/** The API shape: `authorization` is write-only and never leaves the service. */
export function naarAbonnement(r: AbonnementRij): Abonnement {
  return {
    id: r.id,
    callbackUrl: r.callbackUrl,
    soorten: r.soorten as Abonnement['soorten'],
    authorizationIngesteld: r.authorization !== null,
    status: r.status as Abonnement['status'],
    redenGestopt: r.redenGestopt,
    geplandTotVolgnummer: r.geplandTotVolgnummer,
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
