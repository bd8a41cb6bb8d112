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
  status: z.enum(['wacht_op_bevestiging', 'actief', 'gestopt']).openapi({
    description: 'wacht_op_bevestiging: de ontvanger heeft de webhook-handshake nog niet bevestigd (zie bevestiging); er wordt nog niets afgeleverd. '
      + 'actief: kennisgevingen worden afgeleverd. gestopt: de ontvanger antwoordde 410 Gone, of bevestigde de handshake niet binnen '
      + 'WEBHOOK_RETRY_HOURS; er wordt niets meer afgeleverd (zie redenGestopt).',
  }),
  redenGestopt: z.string().nullable(),
  bevestiging: z.object({
    tijdstip: z.string().datetime().nullable().openapi({
      description: 'Wanneer de ontvanger de handshake bevestigde; null zolang dat niet gebeurde (en bij een abonnement van vóór de handshake).',
    }),
    pogingen: z.number().int().min(0).openapi({ description: 'Hoe vaak de handshake (OPTIONS) is verstuurd.' }),
    laatsteFout: z.string().nullable().openapi({ description: 'Waarom de laatste handshake mislukte, in onze woorden; null als er geen mislukte is.' }),
    volgendePoging: z.string().datetime().nullable().openapi({ description: 'Wanneer de handshake opnieuw wordt verstuurd; null als hij niet meer wordt verstuurd.' }),
  }).openapi({
    description: 'De webhook-handshake (CloudEvents HTTP Web Hooks §4.1): vóór de eerste aflevering stuurt de dienst OPTIONS naar callbackUrl met '
      + 'WebHook-Request-Origin; uw ontvanger antwoordt 200 of 204 met WebHook-Allowed-Origin: die naam (of *). Tot dan wordt niets afgeleverd; '
      + 'de dienst herhaalt het verzoek met dezelfde wachttijden als een aflevering.',
  }),
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
  status: z.enum(['wacht_op_bevestiging', 'actief', 'gestopt']).optional().openapi({ description: 'Alleen abonnementen met deze status.' }),
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
    bevestiging: {
      tijdstip: r.tijdstipBevestigd?.toISOString() ?? null,
      pogingen: r.bevestigingPogingen,
      laatsteFout: r.bevestigingsfout,
      volgendePoging: r.status === 'wacht_op_bevestiging' ? r.volgendeBevestiging?.toISOString() ?? null : null,
    },
    tijdstipAangemaakt: r.tijdstipAangemaakt.toISOString(),
    tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
