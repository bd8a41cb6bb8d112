import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import {
  beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord, pagineringQuery,
} from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarSignaal, OpvolgingVastleggenSchema, SignaalCollectieSchema, SignaalSchema, SignaalVastleggenSchema, SignaalZonderOpvolgingSchema,
} from './signalen.schemas.js';
import { leesSignaal, legOpvolgingVast, legSignaalVast, lijstSignalen, signalenZonderOpvolging } from './signalen.service.js';

const tags = ['Signalen'];
const dossierParams = z.object({ dossierId: idParam('dossierId') });

const vastleggen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/signalen', operationId: 'signaalVastleggen', tags, security: beveiligd,
  summary: 'Leg een signaal van mensenhandel vast bij een dossier',
  description: 'Leg een signaal van mensenhandel vast: ontvangstdatum, bron, uitbuitingsvormen, indicatoren, locatie en de weging op de schaal van uw organisatie. Op de politie-DIGW-schaal bepaalt de weging de termijn waarbinnen het signaal moet zijn opgevolgd.',
  middleware: [autoriseer('signalen.vastleggen'), idempotentie] as const,
  request: {
    params: dossierParams, headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: SignaalVastleggenSchema } } },
  },
  responses: {
    201: jsonAntwoord(SignaalSchema, 'Signaal vastgelegd.', headerDefinities.location),
    ...fouten(404, 409, 415, 422),
  },
});

const lijst = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/signalen', operationId: 'signalenOpvragen', tags, security: beveiligd,
  summary: 'De signalen van een dossier, oudste eerst',
  description: 'De signalen van een dossier, oudste eerst, met weging, opvolgingstermijn en (als vastgelegd) de uitkomst van de verrijking.',
  middleware: [autoriseer('signalen.lezen')] as const,
  request: { params: dossierParams, query: z.object(pagineringQuery) },
  responses: { 200: jsonAntwoord(SignaalCollectieSchema, 'Een pagina signalen.', headerDefinities.link), ...fouten(404) },
});

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/signalen/{signaalId}', operationId: 'signaalOpvragen', tags, security: beveiligd,
  summary: 'Eén signaal',
  description: 'Eén signaal van een dossier, met weging, opvolgingstermijn en (als vastgelegd) de uitkomst van de verrijking.',
  middleware: [autoriseer('signalen.lezen')] as const,
  request: { params: dossierParams.extend({ signaalId: idParam('signaalId') }) },
  responses: { 200: jsonAntwoord(SignaalSchema, 'Het signaal.'), ...fouten(404) },
});

const opvolging = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/signalen/{signaalId}/opvolging', operationId: 'signaalOpvolgingVastleggen', tags, security: beveiligd,
  summary: 'Leg de uitkomst van de verrijking en weging van een signaal vast (eenmaal, door de eigen organisatie)',
  description: 'Een signaal op de politie-DIGW-schaal wordt verrijkt en opnieuw gewogen binnen 24 uur (zeer sterk) of een week (zwak of sterk); '
    + 'zonder vastgelegde uitkomst of beoordeling staat het daarna op GET /v1/signalen-zonder-opvolging (rapport Rijke signalen, wisselende opvolging, §4.3, §4.6.2).',
  middleware: [autoriseer('signalen.opvolgen'), idempotentie] as const,
  request: {
    params: dossierParams.extend({ signaalId: idParam('signaalId') }), headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: OpvolgingVastleggenSchema } } },
  },
  responses: { 200: jsonAntwoord(SignaalSchema, 'Het signaal met zijn opvolging.'), ...fouten(404, 409, 415, 422) },
});

const zonderOpvolging = createRoute({
  method: 'get', path: '/signalen-zonder-opvolging', operationId: 'signalenZonderOpvolging', tags, security: beveiligd,
  summary: 'Signalen van uw organisatie waarvan de verrijkingstermijn verstreek zonder opvolging, meest achterstallig eerst',
  description: 'Verrijkingstermijn naar weging (politie-DIGW): zeer sterk 24 uur, zwak of sterk een week (rapport §4.3). '
    + 'Een signaal is opgevolgd als de uitkomst is vastgelegd of als er sinds het signaal een beoordeling van de geringste aanwijzing in het dossier is.',
  middleware: [autoriseer('signalen.zonderopvolging')] as const,
  request: { query: z.object(pagineringQuery) },
  responses: {
    200: jsonAntwoord(z.object({ signalen: z.array(SignaalZonderOpvolgingSchema) }).openapi('SignaalZonderOpvolgingCollectie'), 'Een pagina signalen zonder opvolging.', headerDefinities.link),
    ...fouten(),
  },
});

const isCursor = tupel<[string, string]>(cursorDeel.moment, cursorDeel.uuid);

export const signalenRouter = createRouter()
  .openapi(vastleggen, async (c) => {
    const { dossierId } = c.req.valid('param');
    const signaal = await legSignaalVast(useCaseContext(c), dossierId, c.req.valid('json'));
    return c.json(naarSignaal(signaal), 201, { Location: `/v1/dossiers/${dossierId}/signalen/${signaal.id}` });
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rows = await lijstSignalen(useCaseContext(c), c.req.valid('param').dossierId, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.tijdstipRegistratie.toISOString(), laatste.id]));
    return c.json({ signalen: items.map(naarSignaal) }, 200);
  })
  .openapi(lezen, async (c) => {
    const { dossierId, signaalId } = c.req.valid('param');
    return c.json(naarSignaal(await leesSignaal(useCaseContext(c), dossierId, signaalId)), 200);
  })
  .openapi(opvolging, async (c) => {
    const { dossierId, signaalId } = c.req.valid('param');
    return c.json(naarSignaal(await legOpvolgingVast(useCaseContext(c), dossierId, signaalId, c.req.valid('json'))), 200);
  })
  .openapi(zonderOpvolging, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const { signaleringen, volgende } = await signalenZonderOpvolging(useCaseContext(c), limit, decodeCursor(c, cursor, isCursor));
    zetVolgendePagina(c, volgende && encodeCursor(c, volgende));
    return c.json({ signalen: signaleringen }, 200);
  });
