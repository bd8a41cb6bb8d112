// Placements (docs/beslissingen/0017-verwijzing-en-opvang.md): into a location of the receiving organisation, within capacity.
import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { headerDefinities, idParam, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { naarPlaatsing, PlaatsingAanmakenSchema, PlaatsingBeeindigingSchema, PlaatsingSchema } from './plaatsingen.schemas.js';
import { beeindigPlaatsing, leesPlaatsing, plaats } from './plaatsingen.service.js';

const route = beveiligdeRoutes('Opvang');

const plaatsen = route('post', '/verwijzingen/{verwijzingId}/plaatsingen', 'plaatsingVastleggen', 'plaatsingen.vastleggen', {
  summary: 'Plaats het slachtoffer van een aanvaarde verwijzing in een eigen opvanglocatie',
  description: 'Alleen door de ontvangende organisatie, in een eigen locatie, binnen de capaciteit (409 noemt de bezetting). Een persoon heeft hoogstens één lopende plaatsing.',
  params: z.object({ verwijzingId: idParam('verwijzingId') }), body: PlaatsingAanmakenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(PlaatsingSchema, 'Plaatsing vastgelegd.', headerDefinities.location) },
});

const lezen = route('get', '/plaatsingen/{plaatsingId}', 'plaatsingOpvragen', 'verwijzingen.lezen', {
  summary: 'Eén plaatsing (voor verwijzer en ontvanger van de verwijzing)',
  description: 'Voor iedere andere organisatie bestaat de plaatsing niet (404).',
  params: z.object({ plaatsingId: idParam('plaatsingId') }), antwoorden: { 200: jsonAntwoord(PlaatsingSchema, 'De plaatsing.') },
});

const beeindiging = route('post', '/plaatsingen/{plaatsingId}/beeindiging', 'plaatsingBeeindigen', 'plaatsingen.vastleggen', {
  summary: 'Beëindig een plaatsing met een reden',
  description: 'Door de organisatie van de opvanglocatie; einddatum niet in de toekomst en niet vóór de startdatum; bij reden overig is een toelichting verplicht. Een overplaatsing is een beëindiging met reden overgeplaatst plus een nieuwe plaatsing.',
  params: z.object({ plaatsingId: idParam('plaatsingId') }), body: PlaatsingBeeindigingSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(PlaatsingSchema, 'De beëindigde plaatsing.') },
});

export const plaatsingenRouter = createRouter()
  .openapi(plaatsen, async (c) => {
    const p = await plaats(useCaseContext(c), c.req.valid('param').verwijzingId, c.req.valid('json'));
    return c.json(naarPlaatsing(p), 201, { Location: `/v1/plaatsingen/${p.id}` });
  })
  .openapi(lezen, async (c) => c.json(naarPlaatsing(await leesPlaatsing(useCaseContext(c), c.req.valid('param').plaatsingId)), 200))
  .openapi(beeindiging, async (c) => c.json(naarPlaatsing(await beeindigPlaatsing(useCaseContext(c), c.req.valid('param').plaatsingId, c.req.valid('json'))), 200));
