import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarSignaal, OpvolgingVastleggenSchema, SignaalCollectieSchema, SignaalSchema, SignaalVastleggenSchema, SignaalZonderOpvolgingSchema,
} from './signalen.schemas.js';
import { leesSignaal, legOpvolgingVast, legSignaalVast, lijstSignalen, signalenZonderOpvolging } from './signalen.service.js';

const route = beveiligdeRoutes('Signalen');

const vastleggen = route('post', '/dossiers/{dossierId}/signalen', 'signaalVastleggen', 'signalen.vastleggen', {
  summary: 'Leg een signaal van mensenhandel vast bij een dossier',
  description: 'Leg een signaal van mensenhandel vast: ontvangstdatum, bron, uitbuitingsvormen, indicatoren, locatie en de weging op de schaal van uw organisatie. Op de politie-DIGW-schaal bepaalt de weging de termijn waarbinnen het signaal moet zijn opgevolgd.',
  params: dossierParams, body: SignaalVastleggenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(SignaalSchema, 'Signaal vastgelegd.', headerDefinities.location) },
});

const lijst = route('get', '/dossiers/{dossierId}/signalen', 'signalenVanDossier', 'signalen.lezen', {
  summary: 'De signalen van een dossier, oudste eerst',
  description: 'De signalen van een dossier, oudste eerst, met weging, opvolgingstermijn en (als vastgelegd) de uitkomst van de verrijking.',
  params: dossierParams, query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(SignaalCollectieSchema, 'Een pagina signalen.', headerDefinities.link) },
});

const lezen = route('get', '/dossiers/{dossierId}/signalen/{signaalId}', 'signaalOpvragen', 'signalen.lezen', {
  summary: 'Eén signaal',
  description: 'Eén signaal van een dossier, met weging, opvolgingstermijn en (als vastgelegd) de uitkomst van de verrijking.',
  params: dossierParams.extend({ signaalId: idParam('signaalId') }), antwoorden: { 200: jsonAntwoord(SignaalSchema, 'Het signaal.') },
});

const opvolging = route('post', '/dossiers/{dossierId}/signalen/{signaalId}/opvolging', 'signaalOpvolgingVastleggen', 'signalen.opvolgen', {
  summary: 'Leg de uitkomst van de verrijking en weging van een signaal vast (eenmaal, door de eigen organisatie)',
  description: 'Een signaal op de politie-DIGW-schaal wordt verrijkt en opnieuw gewogen binnen 24 uur (zeer sterk) of een week (zwak of sterk); '
    + 'zonder vastgelegde uitkomst of beoordeling staat het daarna op GET /v1/signalen-zonder-opvolging (rapport Rijke signalen, wisselende opvolging, §4.3, §4.6.2).',
  params: dossierParams.extend({ signaalId: idParam('signaalId') }), body: OpvolgingVastleggenSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(SignaalSchema, 'Het signaal met zijn opvolging.') },
});

const zonderOpvolging = route('get', '/signalen-zonder-opvolging', 'signalenZonderOpvolgingOpvragen', 'signalen.zonderopvolging', {
  summary: 'Signalen van uw organisatie waarvan de verrijkingstermijn verstreek zonder opvolging, meest achterstallig eerst',
  description: 'Verrijkingstermijn naar weging (politie-DIGW): zeer sterk 24 uur, zwak of sterk een week (rapport §4.3). '
    + 'Een signaal is opgevolgd als de uitkomst is vastgelegd of als er sinds het signaal een beoordeling van de geringste aanwijzing in het dossier is.',
  query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(z.object({ signalen: z.array(SignaalZonderOpvolgingSchema) }).openapi('SignaalZonderOpvolgingCollectie'), 'Een pagina signalen zonder opvolging.', headerDefinities.link) },
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
