import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import {
  beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord, pagineringQuery,
} from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { naarSignaal, SignaalCollectieSchema, SignaalSchema, SignaalVastleggenSchema } from './signalen.schemas.js';
import { leesSignaal, legSignaalVast, lijstSignalen } from './signalen.service.js';

const tags = ['Signalen'];
const dossierParams = z.object({ dossierId: idParam('dossierId') });

const vastleggen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/signalen', operationId: 'signaalVastleggen', tags, security: beveiligd,
  summary: 'Leg een signaal van mensenhandel vast bij een dossier',
  middleware: [autoriseer('signalen.vastleggen'), idempotentie] as const,
  request: {
    params: dossierParams, headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: SignaalVastleggenSchema } } },
  },
  responses: {
    201: jsonAntwoord(SignaalSchema, 'Signaal vastgelegd.', headerDefinities.location),
    ...fouten(404, 415, 422),
  },
});

const lijst = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/signalen', operationId: 'signalenOpvragen', tags, security: beveiligd,
  summary: 'De signalen van een dossier, oudste eerst',
  middleware: [autoriseer('signalen.lezen')] as const,
  request: { params: dossierParams, query: z.object(pagineringQuery) },
  responses: { 200: jsonAntwoord(SignaalCollectieSchema, 'Een pagina signalen.', headerDefinities.link), ...fouten(404) },
});

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/signalen/{signaalId}', operationId: 'signaalOpvragen', tags, security: beveiligd,
  summary: 'Eén signaal',
  middleware: [autoriseer('signalen.lezen')] as const,
  request: { params: dossierParams.extend({ signaalId: idParam('signaalId') }) },
  responses: { 200: jsonAntwoord(SignaalSchema, 'Het signaal.'), ...fouten(404) },
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
  });
