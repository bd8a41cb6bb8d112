import { createRoute, z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { fouten, headerDefinities, idParam, jsonAntwoord, pagineringQuery, ProbleemSchema } from '../../http/openapi.js';
import { Probleem } from '../../http/problem.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  KennisgevingCollectieSchema, KennisgevingListQuery, KennisgevingMetInhoudSchema, KennisgevingSchema,
  naarKennisgeving, naarKennisgevingMetInhoud, OntvangstbevestigingSchema,
} from './kennisgevingen.schemas.js';
import { bevestigOntvangst, leesKennisgeving, lijstKennisgevingen, organisatieNamen } from './kennisgevingen.service.js';
import { isM55, kiesWeergave, m55Html } from './m55-document.js';
import { KENNISGEVING_SOORTEN } from '../../domain/catalogus.js';
import { inhoudSchemaPad, inhoudSchemas } from '../../outbox/inhoud.schemas.js';

const nietAanvaardbaar = (detail: string) => new Probleem(406, 'niet-aanvaardbaar', 'Weergave niet beschikbaar', detail);

const tags = ['Kennisgevingen'];
const route = beveiligdeRoutes('Kennisgevingen');
const kennisgevingParams = z.object({ kennisgevingId: idParam('kennisgevingId') });

const lijst = route('get', '/kennisgevingen', 'kennisgevingenOpvragen', 'kennisgevingen.lezen', {
  summary: 'Feed van de kennisgevingen aan uw organisatie, op volgnummer',
  description: 'Oplopend op volgnummer. Een afnemer die het laatst verwerkte volgnummer bewaart, vraagt verder met naVolgnummer; '
    + 'een kennisgeving met een lager volgnummer verschijnt nooit later alsnog. Zonder inhoud: die staat bij de kennisgeving zelf.',
  query: KennisgevingListQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(KennisgevingCollectieSchema, 'Een pagina kennisgevingen.', headerDefinities.link) },
});

const lezen = route('get', '/kennisgevingen/{kennisgevingId}', 'kennisgevingOpvragen', 'kennisgevingen.lezen', {
  summary: 'Eén kennisgeving met inhoud (de inzage wordt gelogd); een M55 ook als afdrukbaar document',
  description: 'Alleen voor de ontvangende organisatie; voor ieder ander bestaat de kennisgeving niet (404). '
    + 'De inhoud kan persoonsgegevens bevatten (M55); elke inzage komt in de audittrail. '
    + 'Standaard JSON. Met Accept: text/html krijgt u van een m55_*-kennisgeving een afdrukbare pagina met de velden van model M55 '
    + '(kennisgeving bedenktijd, aangifte, medewerking aan het strafproces, beroep op B8/3); voor andere soorten, of een Accept '
    + 'zonder application/json of text/html, volgt 406.',
  params: kennisgevingParams,
  antwoorden: {
    200: {
      ...jsonAntwoord(KennisgevingMetInhoudSchema, 'De kennisgeving (JSON), of het M55-document (HTML).'),
      content: {
        'application/json': { schema: KennisgevingMetInhoudSchema },
        'text/html': { schema: z.string().openapi({ description: 'Afdrukbaar M55-document (alleen m55_*).' }) },
      },
    },
    406: { description: 'Gevraagde weergave (Accept) niet beschikbaar.', content: { 'application/problem+json': { schema: ProbleemSchema } } },
  },
});

// The answer is the notification without inhoud: the idempotency store keeps the response body,
// and personal data from the M55 must not be copied there (docs/architectuur.md §3). The receiver already has
// the inhoud from GET /v1/kennisgevingen/{id}.
const bevestigen = route('post', '/kennisgevingen/{kennisgevingId}/ontvangstbevestiging', 'ontvangstBevestigen', 'kennisgevingen.bevestigen', {
  summary: 'Bevestig de ontvangst van een kennisgeving met uw eigen referentie',
  description: 'Nogmaals bevestigen met dezelfde referentie verandert niets (200); een andere referentie geeft 409.',
  params: kennisgevingParams, body: OntvangstbevestigingSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(KennisgevingSchema, 'De bevestigde kennisgeving.') },
});

// The JSON Schema of a kind (issue 16 item 1), named in the CloudEvent's `dataschema`. Public like
// the OpenAPI document: it describes the form of the data, never the data itself.
const schemaRoute = createRoute({
  method: 'get', path: '/kennisgevingen/schemas/{soort}', operationId: 'kennisgevingSchemaOpvragen', tags,
  summary: 'JSON Schema van een soort kennisgeving',
  description: 'Het JSON Schema (draft 2020-12) waar de `dataschema` van een CloudEvent naar wijst: `data` van het event '
    + '(kennisgevingId, volgnummer, soort) en, onder `inhoud`, de vorm van de inhoud die GET /v1/kennisgevingen/{kennisgevingId} '
    + '(de `dataref`) voor deze soort teruggeeft. Openbaar, zonder sleutel.',
  request: { params: z.object({ soort: z.enum(KENNISGEVING_SOORTEN).openapi({ param: { name: 'soort', in: 'path' }, example: 'm55_bedenktijd' }) }) },
  responses: {
    200: {
      description: 'Het JSON Schema.', headers: headerDefinities.apiVersion,
      content: { 'application/schema+json': { schema: z.record(z.string(), z.unknown()) } },
    },
    ...fouten(404),
  },
});

const isVolgnummer = cursorDeel.volgnummer;

export const kennisgevingenRouter = createRouter()
  .openapi(lijst, async (c) => {
    const { cursor, limit, naVolgnummer, ...filters } = c.req.valid('query');
    // The next-page link keeps naVolgnummer and adds the cursor, which is always higher.
    const na = Math.max(naVolgnummer ?? 0, decodeCursor(c, cursor, isVolgnummer) ?? 0);
    const rows = await lijstKennisgevingen(useCaseContext(c), filters, na, limit);
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, laatste.volgnummer));
    return c.json({ kennisgevingen: items.map(naarKennisgeving) }, 200);
  })
  .openapi(lezen, async (c) => {
    const weergave = kiesWeergave(c.req.header('accept'));
    if (!weergave) throw nietAanvaardbaar('Deze resource is beschikbaar als application/json en, voor een M55, als text/html.');
    const ctx = useCaseContext(c);
    const kennisgeving = await leesKennisgeving(ctx, c.req.valid('param').kennisgevingId, (k) => {
      if (weergave === 'html' && !isM55(k.soort)) {
        throw nietAanvaardbaar('Alleen een m55_*-kennisgeving heeft een afdrukbaar document; vraag deze kennisgeving op als application/json.');
      }
    });
    c.header('Vary', 'Accept');
    if (weergave === 'json') return c.json(naarKennisgevingMetInhoud(kennisgeving), 200);
    const namen = await organisatieNamen(ctx.db, [kennisgeving.afzenderOrganisatieId, kennisgeving.ontvangerOrganisatieId]);
    const html = m55Html(kennisgeving, {
      afzender: kennisgeving.afzenderOrganisatieId ? namen.get(kennisgeving.afzenderOrganisatieId) ?? null : null,
      ontvanger: namen.get(kennisgeving.ontvangerOrganisatieId) ?? null,
    });
    return c.body(html, 200, { 'Content-Type': 'text/html; charset=utf-8' }) as never;
  })
  .openapi(schemaRoute, (c) => {
    const { soort } = c.req.valid('param');
    const basis = c.var.deps.config.PUBLIC_BASE_URL?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${basis}${inhoudSchemaPad(soort)}`,
      title: `Kennisgeving ${soort}`,
      type: 'object',
      properties: {
        kennisgevingId: { type: 'string', format: 'uuid' },
        volgnummer: { type: 'integer', minimum: 1 },
        soort: { const: soort },
        inhoud: { ...z.toJSONSchema(inhoudSchemas[soort], { io: 'output', unrepresentable: 'any' }), $schema: undefined },
      },
      required: ['kennisgevingId', 'volgnummer', 'soort'],
    };
    return c.body(JSON.stringify(schema), 200, { 'Content-Type': 'application/schema+json' }) as never;
  })
  .openapi(bevestigen, async (c) => {
    const kennisgeving = await bevestigOntvangst(useCaseContext(c), c.req.valid('param').kennisgevingId, c.req.valid('json'));
    return c.json(naarKennisgeving(kennisgeving), 200);
  });
