// Webhook subscriptions (issue 4) and the delivery status of notifications.
import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  AbonnementAanmakenSchema, AbonnementCollectieSchema, AbonnementListQuery, AbonnementSchema, naarAbonnement,
} from './abonnementen.schemas.js';
import { leesAbonnement, lijstAbonnementen, maakAbonnement, verwijderAbonnement } from './abonnementen.service.js';
import {
  AfleveringCollectieSchema, naarAflevering, VerzondenKennisgevingCollectieSchema, VerzondenListQuery,
} from './afleveringen.schemas.js';
import { afleveringenVanKennisgeving, lijstVerzonden } from './afleveringen.service.js';
import { systeemOpzoeker } from '../../webhooks/naamopzoeking.js';
import { KENNISGEVING_SOORTEN } from '../../domain/catalogus.js';
import { cloudEventTypen } from '../../webhooks/cloudevent.js';

const route = beveiligdeRoutes('Abonnementen');
const kennisgevingRoute = beveiligdeRoutes('Kennisgevingen');
const abonnementParams = z.object({ abonnementId: idParam('abonnementId') });

// The event a subscriber receives (issue 16 item 4), declared as the subscription's callback: the
// fields src/webhooks/cloudevent.ts builds, and the soort → type mapping as the enum of `type`.
export const CloudEventSchema = z.object({
  specversion: z.literal('1.0'),
  id: z.string().uuid().openapi({ description: 'Het id van de kennisgeving; stabiel bij een herhaalde aflevering: ontdubbel hierop.' }),
  source: z.string().openapi({ description: 'URN van deze dienst (CLOUDEVENTS_SOURCE, of urn:nld:oin:<OIN>:systeem:nrm).', example: 'urn:nld:nrm:kennisgevingen' }),
  type: z.enum(Object.values(cloudEventTypen) as [string, ...string[]]).openapi({
    description: `Soort gebeurtenis (reverse-DNS). Per soort kennisgeving: ${Object.entries(cloudEventTypen).map(([s, t]) => `${s} → ${t}`).join('; ')}.`,
  }),
  time: z.string().datetime(),
  subject: z.string().uuid().optional().openapi({ description: 'Het pseudonieme dossier-id, als de kennisgeving over een dossier gaat.' }),
  datacontenttype: z.literal('application/json'),
  dataref: z.string().url().openapi({ description: 'GET /v1/kennisgevingen/{id}: de inhoud, met uw eigen sleutel.' }),
  dataschema: z.string().url().openapi({ description: 'Het JSON Schema van deze soort: GET /v1/kennisgevingen/schemas/{soort}.' }),
  sequence: z.string().regex(/^\d{20}$/).openapi({ description: 'Extensie sequence: het volgnummer in uw feed, met nullen aangevuld tot 20 cijfers.' }),
  data: z.object({ kennisgevingId: z.string().uuid(), volgnummer: z.number().int().min(1), soort: z.enum(KENNISGEVING_SOORTEN) }),
}).openapi('CloudEvent');

const callbacks = {
  bevestiging: {
    '{$request.body#/callbackUrl}': {
      options: {
        operationId: 'webhookBevestigen',
        summary: 'De webhook-handshake: staat uw ontvanger berichten van deze dienst toe?',
        description: 'CloudEvents HTTP Web Hooks §4.1: vóór de eerste aflevering (en tot uw ontvanger bevestigt, met dezelfde wachttijden als '
          + 'een aflevering, tot WEBHOOK_RETRY_HOURS) stuurt de dienst OPTIONS naar uw callbackUrl. Antwoord 200 of 204 met '
          + 'WebHook-Allowed-Origin gelijk aan WebHook-Request-Origin (of *); pas dan wordt het abonnement actief. Elk ander antwoord laat het '
          + 'abonnement wachten (bevestiging.laatsteFout zegt waarom); na WEBHOOK_RETRY_HOURS wordt het gestopt.',
        parameters: [{
          name: 'WebHook-Request-Origin', in: 'header', required: true, schema: { type: 'string', example: 'nrm.example.org' },
          description: 'De DNS-naam van de afzender: de host van PUBLIC_BASE_URL (of WEBHOOK_DATAREF_BASE_URL).',
        }, {
          name: 'Authorization', in: 'header', required: false, schema: { type: 'string' },
          description: 'De waarde die u bij het abonnement in authorization opgaf.',
        }],
        responses: {
          '204': {
            description: 'Toegestaan, als WebHook-Allowed-Origin de afzender noemt (elke 2xx telt).',
            headers: {
              'WebHook-Allowed-Origin': { required: true, description: 'De waarde van WebHook-Request-Origin, of *.', schema: { type: 'string', example: 'nrm.example.org' } },
              'API-Version': { description: 'Optioneel: de versie van uw ontvangende API; de dienst leest hem niet.', schema: { type: 'string' } },
            },
          },
          '400': { description: 'Niet toegestaan; de dienst probeert het later opnieuw, zoals bij elk ander antwoord dan 2xx met WebHook-Allowed-Origin.' },
        },
      },
    },
  },
  kennisgeving: {
    '{$request.body#/callbackUrl}': {
      post: {
        operationId: 'kennisgevingAfleveren',
        summary: 'Een kennisgeving als CloudEvent aan uw callbackUrl',
        description: 'Structured mode (application/cloudevents+json), zonder persoonsgegevens. Antwoord 2xx als u het bericht heeft; '
          + 'bij een andere status of geen antwoord volgt een nieuwe poging (exponentieel, Retry-After gevolgd, tot WEBHOOK_RETRY_HOURS). 410 beëindigt het abonnement.',
        parameters: [{
          name: 'Authorization', in: 'header', required: false, schema: { type: 'string' },
          description: 'De waarde die u bij het abonnement in authorization opgaf.',
        }, {
          name: 'WebHook-Request-Origin', in: 'header', required: true, schema: { type: 'string', example: 'nrm.example.org' },
          description: 'De DNS-naam van de afzender (CloudEvents HTTP Web Hooks §4.1): de host van PUBLIC_BASE_URL (of WEBHOOK_DATAREF_BASE_URL).',
        }],
        requestBody: { required: true, content: { 'application/cloudevents+json': { schema: { $ref: '#/components/schemas/CloudEvent' } } } },
        // The ADR rules hold for the receiver's side too: it may say its version, and a 400 is
        // declared; the service reads neither, any status but 2xx and 410 is retried.
        responses: {
          '204': { description: 'Ontvangen (elke 2xx telt als afgeleverd).', headers: { 'API-Version': { description: 'Optioneel: de versie van uw ontvangende API; de dienst leest hem niet.', schema: { type: 'string' } } } },
          '400': { description: 'Niet te verwerken; de dienst probeert het opnieuw zoals bij elke andere status dan 2xx of 410.' },
          '410': { description: 'Het abonnement is niet meer gewenst: de dienst beëindigt het.' },
        },
      },
    },
  },
};

const aanmaken = route('post', '/abonnementen', 'abonnementAanmaken', 'abonnementen.beheren', {
  summary: 'Abonneer uw organisatie op kennisgevingen via een webhook (CloudEvents)',
  description: 'Elke nieuwe kennisgeving aan uw organisatie van een gekozen soort wordt als CloudEvent (application/cloudevents+json, '
    + 'NL GOV-profiel) naar callbackUrl gePOST, zonder persoonsgegevens; de inhoud haalt u op via dataref met uw eigen API-sleutel. '
    + 'Minstens één keer afgeleverd en per abonnement op volgnummer; ontdubbel op de id van het event. Kennisgevingen van vóór het '
    + 'abonnement (tot en met geplandTotVolgnummer) staan in de feed. Een nieuw abonnement wacht op de webhook-handshake (OPTIONS, zie de '
    + 'callback bevestiging): het wordt actief zodra uw ontvanger die bevestigt, en ontvangt dan alles vanaf het aanmaken.',
  body: AbonnementAanmakenSchema, fouten: [409, 422], callbacks,
  antwoorden: { 201: jsonAntwoord(AbonnementSchema, 'Abonnement aangemaakt.', headerDefinities.location) },
});

const lijst = route('get', '/abonnementen', 'abonnementenOpvragen', 'abonnementen.beheren', {
  summary: 'De abonnementen van uw organisatie',
  description: 'Wachtende, actieve en gestopte abonnementen van uw organisatie, oudste eerst; verwijderde niet. De Authorization-waarde wordt nooit teruggegeven.',
  query: AbonnementListQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(AbonnementCollectieSchema, 'Een pagina abonnementen.', headerDefinities.link) },
});

const lezen = route('get', '/abonnementen/{abonnementId}', 'abonnementOpvragen', 'abonnementen.beheren', {
  summary: 'Eén abonnement van uw organisatie',
  description: 'Alleen abonnementen van uw eigen organisatie; voor een ander abonnement volgt 404. Een gestopt abonnement (410 van de ontvanger) noemt de reden.',
  params: abonnementParams, antwoorden: { 200: jsonAntwoord(AbonnementSchema, 'Het abonnement.') },
});

const verwijderen = route('delete', '/abonnementen/{abonnementId}', 'abonnementVerwijderen', 'abonnementen.beheren', {
  summary: 'Verwijder een abonnement; wat nog niet was afgeleverd vervalt (en blijft in de feed)',
  description: 'Er wordt niets meer naar de callbackUrl gestuurd. Kennisgevingen die nog wachtten, krijgt u alleen nog via de feed (GET /v1/kennisgevingen).',
  params: abonnementParams, antwoorden: { 204: { description: 'Verwijderd.', headers: headerDefinities.geauthenticeerd } },
});

const kennisgevingAfleveringen = kennisgevingRoute('get', '/kennisgevingen/{kennisgevingId}/afleveringen', 'afleveringenVanKennisgeving', 'afleveringen.lezen', {
  summary: 'Hoe een kennisgeving via webhooks is afgeleverd',
  description: 'Voor de ontvangende organisatie, de verzendende organisatie (afzender) en de beheerder; voor ieder ander 404. '
    + 'Eén aflevering per abonnement van de ontvanger dat de soort wilde ontvangen.',
  params: z.object({ kennisgevingId: idParam('kennisgevingId') }), antwoorden: { 200: jsonAntwoord(AfleveringCollectieSchema, 'De afleveringen.') },
});

const verzonden = kennisgevingRoute('get', '/verzonden-kennisgevingen', 'verzondenKennisgevingenOpvragen', 'afleveringen.lezen', {
  summary: 'Kennisgevingen die uw organisatie verzond: onbevestigde M55 en niet-afleverbare kennisgevingen',
  description: 'De kennisgevingen met uw organisatie als afzender (de beheerder ziet ze alle), oudste eerst, met bevestiging en afleverstatus, '
    + 'zonder inhoud. status=onbevestigd geeft de m55_*-kennisgevingen die de ontvanger niet binnen M55_ESCALATIE_WERKDAGEN werkdagen '
    + '(ma–vr, zonder feestdagen van de Algemene termijnenwet) heeft bevestigd; status=niet_afleverbaar die met een mislukte webhook-aflevering.',
  query: VerzondenListQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(VerzondenKennisgevingCollectieSchema, 'Een pagina verzonden kennisgevingen.', headerDefinities.link) },
});

const isCursor = tupel<[string, string]>(cursorDeel.moment, cursorDeel.uuid);

export const abonnementenRouter = createRouter();
abonnementenRouter.openAPIRegistry.register('CloudEvent', CloudEventSchema);
abonnementenRouter
  .openapi(aanmaken, async (c) => {
    const abonnement = await maakAbonnement(useCaseContext(c), c.req.valid('json'), c.var.deps.opzoeker ?? systeemOpzoeker);
    return c.json(naarAbonnement(abonnement), 201, { Location: `/v1/abonnementen/${abonnement.id}` });
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rows = await lijstAbonnementen(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.tijdstipAangemaakt.toISOString(), laatste.id]));
    return c.json({ abonnementen: items.map(naarAbonnement) }, 200);
  })
  .openapi(lezen, async (c) => {
    const abonnement = await leesAbonnement(useCaseContext(c), c.req.valid('param').abonnementId);
    return c.json(naarAbonnement(abonnement), 200);
  })
  .openapi(verwijderen, async (c) => {
    await verwijderAbonnement(useCaseContext(c), c.req.valid('param').abonnementId);
    return c.body(null, 204);
  })
  .openapi(kennisgevingAfleveringen, async (c) => {
    const rijen = await afleveringenVanKennisgeving(useCaseContext(c), c.req.valid('param').kennisgevingId);
    return c.json({ afleveringen: rijen.map(naarAflevering) }, 200);
  })
  .openapi(verzonden, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rows = await lijstVerzonden(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.tijdstipAangemaakt, laatste.id]));
    return c.json({ kennisgevingen: items }, 200);
  });
