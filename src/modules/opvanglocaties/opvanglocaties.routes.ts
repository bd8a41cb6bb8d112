// Shelter locations (docs/beslissingen/0017-verwijzing-en-opvang.md): name, kind and capacity; occupancy and free places derived.
import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import {
  beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord, pagineringQuery,
} from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarOpvanglocatie, OpvanglocatieAanmakenSchema, OpvanglocatieCollectieSchema, OpvanglocatieListQuery,
  OpvanglocatieSchema, OpvanglocatieWijzigenSchema,
} from './opvanglocaties.schemas.js';
import { leesOpvanglocatie, lijstOpvanglocaties, maakOpvanglocatie, wijzigOpvanglocatie } from './opvanglocaties.service.js';

const tags = ['Opvang'];
const locatieParams = z.object({ opvanglocatieId: idParam('opvanglocatieId') });

const aanmaken = createRoute({
  method: 'post', path: '/opvanglocaties', operationId: 'opvanglocatieAanmaken', tags, security: beveiligd,
  summary: 'Voeg een opvanglocatie toe (beheerder, of de opvangorganisatie zelf)',
  description: 'Een beheerder geeft organisatieId op (een opvangorganisatie); een opvangmedewerker maakt alleen locaties voor de eigen organisatie (anders 403).',
  middleware: [autoriseer('opvanglocaties.beheren'), idempotentie] as const,
  request: { headers: idempotencyKeyHeader, body: { required: true, content: { 'application/json': { schema: OpvanglocatieAanmakenSchema } } } },
  responses: { 201: jsonAntwoord(OpvanglocatieSchema, 'Opvanglocatie aangemaakt.', headerDefinities.location), ...fouten(415, 422) },
});

const lijst = createRoute({
  method: 'get', path: '/opvanglocaties', operationId: 'opvanglocatiesOpvragen', tags, security: beveiligd,
  summary: 'Opvanglocaties met bezetting en vrije plaatsen, op naam',
  description: 'Alle opvanglocaties, op naam; bezetting is het aantal lopende plaatsingen, vrijePlaatsen is capaciteit min bezetting.',
  middleware: [autoriseer('opvanglocaties.lezen')] as const,
  request: { query: OpvanglocatieListQuery.extend(pagineringQuery) },
  responses: { 200: jsonAntwoord(OpvanglocatieCollectieSchema, 'Een pagina opvanglocaties.', headerDefinities.link), ...fouten() },
});

const lezen = createRoute({
  method: 'get', path: '/opvanglocaties/{opvanglocatieId}', operationId: 'opvanglocatieOpvragen', tags, security: beveiligd,
  summary: 'Eén opvanglocatie',
  description: 'Met bezetting en vrije plaatsen.',
  middleware: [autoriseer('opvanglocaties.lezen')] as const,
  request: { params: locatieParams },
  responses: { 200: jsonAntwoord(OpvanglocatieSchema, 'De opvanglocatie.'), ...fouten(404) },
});

const wijzigen = createRoute({
  method: 'patch', path: '/opvanglocaties/{opvanglocatieId}', operationId: 'opvanglocatieWijzigen', tags, security: beveiligd,
  summary: 'Wijzig naam, soort of capaciteit (niet onder de bezetting)',
  description: 'Door een beheerder of de eigen opvangorganisatie (anders 403). De capaciteit kan niet lager dan de huidige bezetting (409).',
  middleware: [autoriseer('opvanglocaties.beheren')] as const,
  request: {
    params: locatieParams,
    body: { required: true, content: { 'application/merge-patch+json': { schema: OpvanglocatieWijzigenSchema }, 'application/json': { schema: OpvanglocatieWijzigenSchema } } },
  },
  responses: { 200: jsonAntwoord(OpvanglocatieSchema, 'De gewijzigde opvanglocatie.'), ...fouten(404, 409, 415) },
});

const isCursor = tupel<[string, string]>(cursorDeel.tekst(200), cursorDeel.uuid);

export const opvanglocatiesRouter = createRouter()
  .openapi(aanmaken, async (c) => {
    const { locatie, bezetting } = await maakOpvanglocatie(useCaseContext(c), c.req.valid('json'));
    return c.json(naarOpvanglocatie(locatie, bezetting), 201, { Location: `/v1/opvanglocaties/${locatie.id}` });
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rijen = await lijstOpvanglocaties(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.locatie.naam, laatste.locatie.id]));
    return c.json({ opvanglocaties: items.map((r) => naarOpvanglocatie(r.locatie, r.bezetting)) }, 200);
  })
  .openapi(lezen, async (c) => {
    const { locatie, bezetting } = await leesOpvanglocatie(useCaseContext(c), c.req.valid('param').opvanglocatieId);
    return c.json(naarOpvanglocatie(locatie, bezetting), 200);
  })
  .openapi(wijzigen, async (c) => {
    const { locatie, bezetting } = await wijzigOpvanglocatie(useCaseContext(c), c.req.valid('param').opvanglocatieId, c.req.valid('json'));
    return c.json(naarOpvanglocatie(locatie, bezetting), 200);
  });
