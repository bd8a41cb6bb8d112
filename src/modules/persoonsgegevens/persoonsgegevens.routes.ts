import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { beveiligd, fouten, idParam, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { naarPersoonsgegevens, PersoonsgegevensInvoerSchema, PersoonsgegevensSchema } from './persoonsgegevens.schemas.js';
import { leesPersoonsgegevens, legPersoonsgegevensVast } from './persoonsgegevens.service.js';

const tags = ['Persoonsgegevens'];
const params = z.object({ dossierId: idParam('dossierId') });

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/persoonsgegevens', operationId: 'persoonsgegevensOpvragen', tags, security: beveiligd,
  summary: 'Persoonsgegevens van het slachtoffer (elke inzage wordt gelogd)',
  description: 'De identiteit van het slachtoffer (namen, geboortedatum, nationaliteit, V-nummer, talen). Alleen voor een organisatie met toegang tot de identiteit (403 identiteit-niet-inzienbaar bij pseudonieme toegang); elke inzage wordt gelogd in de audittrail en het Logboek Dataverwerkingen.',
  middleware: [autoriseer('persoonsgegevens.lezen')] as const,
  request: { params },
  responses: { 200: jsonAntwoord(PersoonsgegevensSchema, 'De persoonsgegevens.'), ...fouten(404) },
});

const vastleggen = createRoute({
  method: 'put', path: '/dossiers/{dossierId}/persoonsgegevens', operationId: 'persoonsgegevensVastleggen', tags, security: beveiligd,
  summary: 'Leg de persoonsgegevens vast of vervang ze; een bekende geboortedatum bepaalt de leeftijdscategorie',
  description: 'Leg de persoonsgegevens van het slachtoffer vast of vervang ze in hun geheel (alleen application/json). Een bekende geboortedatum bepaalt de leeftijdscategorie van het dossier. De nationaliteit moet passen bij de nationaliteitCategorie (422 nationaliteit-tegenstrijdig).',
  middleware: [autoriseer('persoonsgegevens.vastleggen')] as const,
  request: { params, body: { required: true, content: { 'application/json': { schema: PersoonsgegevensInvoerSchema } } } },
  responses: {
    200: jsonAntwoord(PersoonsgegevensSchema, 'Vervangen.'),
    201: jsonAntwoord(PersoonsgegevensSchema, 'Vastgelegd.'),
    ...fouten(404, 409, 415, 422),
  },
});

export const persoonsgegevensRouter = createRouter()
  .openapi(lezen, async (c) => {
    const rij = await leesPersoonsgegevens(useCaseContext(c), c.req.valid('param').dossierId);
    return c.json(naarPersoonsgegevens(rij), 200);
  })
  .openapi(vastleggen, async (c) => {
    const { rij, aangemaakt } = await legPersoonsgegevensVast(useCaseContext(c), c.req.valid('param').dossierId, c.req.valid('json'));
    return c.json(naarPersoonsgegevens(rij), aangemaakt ? 201 : 200);
  });
