// Placements (docs/beslissingen/0017-verwijzing-en-opvang.md): into a location of the receiving organisation, within capacity.
import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import { beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { naarPlaatsing, PlaatsingAanmakenSchema, PlaatsingBeeindigingSchema, PlaatsingSchema } from './plaatsingen.schemas.js';
import { beeindigPlaatsing, leesPlaatsing, plaats } from './plaatsingen.service.js';

const tags = ['Opvang'];
const json = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });

const plaatsen = createRoute({
  method: 'post', path: '/verwijzingen/{verwijzingId}/plaatsingen', operationId: 'plaatsingVastleggen', tags, security: beveiligd,
  summary: 'Plaats het slachtoffer van een aanvaarde verwijzing in een eigen opvanglocatie',
  description: 'Alleen door de ontvangende organisatie, in een eigen locatie, binnen de capaciteit (409 noemt de bezetting). Een persoon heeft hoogstens één lopende plaatsing.',
  middleware: [autoriseer('plaatsingen.vastleggen'), idempotentie] as const,
  request: { params: z.object({ verwijzingId: idParam('verwijzingId') }), headers: idempotencyKeyHeader, body: json(PlaatsingAanmakenSchema) },
  responses: { 201: jsonAntwoord(PlaatsingSchema, 'Plaatsing vastgelegd.', headerDefinities.location), ...fouten(404, 409, 415, 422) },
});

const lezen = createRoute({
  method: 'get', path: '/plaatsingen/{plaatsingId}', operationId: 'plaatsingOpvragen', tags, security: beveiligd,
  summary: 'Eén plaatsing (voor verwijzer en ontvanger van de verwijzing)',
  description: 'Voor iedere andere organisatie bestaat de plaatsing niet (404).',
  middleware: [autoriseer('verwijzingen.lezen')] as const,
  request: { params: z.object({ plaatsingId: idParam('plaatsingId') }) },
  responses: { 200: jsonAntwoord(PlaatsingSchema, 'De plaatsing.'), ...fouten(404) },
});

const beeindiging = createRoute({
  method: 'post', path: '/plaatsingen/{plaatsingId}/beeindiging', operationId: 'plaatsingBeeindigen', tags, security: beveiligd,
  summary: 'Beëindig een plaatsing met een reden',
  description: 'Door de organisatie van de opvanglocatie; einddatum niet in de toekomst en niet vóór de startdatum; bij reden overig is een toelichting verplicht. Een overplaatsing is een beëindiging met reden overgeplaatst plus een nieuwe plaatsing.',
  middleware: [autoriseer('plaatsingen.vastleggen'), idempotentie] as const,
  request: { params: z.object({ plaatsingId: idParam('plaatsingId') }), headers: idempotencyKeyHeader, body: json(PlaatsingBeeindigingSchema) },
  responses: { 200: jsonAntwoord(PlaatsingSchema, 'De beëindigde plaatsing.'), ...fouten(404, 409, 415, 422) },
});

export const plaatsingenRouter = createRouter()
  .openapi(plaatsen, async (c) => {
    const p = await plaats(useCaseContext(c), c.req.valid('param').verwijzingId, c.req.valid('json'));
    return c.json(naarPlaatsing(p), 201, { Location: `/v1/plaatsingen/${p.id}` });
  })
  .openapi(lezen, async (c) => c.json(naarPlaatsing(await leesPlaatsing(useCaseContext(c), c.req.valid('param').plaatsingId)), 200))
  .openapi(beeindiging, async (c) => c.json(naarPlaatsing(await beeindigPlaatsing(useCaseContext(c), c.req.valid('param').plaatsingId, c.req.valid('json'))), 200));
