import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { naarPersoonsgegevens, PersoonsgegevensInvoerSchema, PersoonsgegevensSchema } from './persoonsgegevens.schemas.js';
import { leesPersoonsgegevens, legPersoonsgegevensVast } from './persoonsgegevens.service.js';

const route = beveiligdeRoutes('Persoonsgegevens');

const lezen = route('get', '/dossiers/{dossierId}/persoonsgegevens', 'persoonsgegevensOpvragen', 'persoonsgegevens.lezen', {
  summary: 'Persoonsgegevens van het slachtoffer (elke inzage wordt gelogd)',
  description: 'De identiteit van het slachtoffer (namen, geboortedatum, nationaliteit, V-nummer, talen). Alleen voor een organisatie met toegang tot de identiteit (403 identiteit-niet-inzienbaar bij pseudonieme toegang); elke inzage wordt gelogd in de audittrail en het Logboek Dataverwerkingen.',
  params: dossierParams, antwoorden: { 200: jsonAntwoord(PersoonsgegevensSchema, 'De persoonsgegevens.') },
});

const vastleggen = route('put', '/dossiers/{dossierId}/persoonsgegevens', 'persoonsgegevensVastleggen', 'persoonsgegevens.vastleggen', {
  summary: 'Leg de persoonsgegevens vast of vervang ze; een bekende geboortedatum bepaalt de leeftijdscategorie',
  description: 'Leg de persoonsgegevens van het slachtoffer vast of vervang ze in hun geheel (alleen application/json). Een bekende geboortedatum bepaalt de leeftijdscategorie van het dossier. De nationaliteit moet passen bij de nationaliteitCategorie (422 nationaliteit-tegenstrijdig).',
  params: dossierParams, body: PersoonsgegevensInvoerSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(PersoonsgegevensSchema, 'Vervangen.'), 201: jsonAntwoord(PersoonsgegevensSchema, 'Vastgelegd.') },
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
