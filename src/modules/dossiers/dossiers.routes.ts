import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import {
  beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, ifMatchHeader, jsonAntwoord, pagineringQuery,
} from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { etagVoor } from '../../http/versie.js';
import {
  DossierAanmakenSchema, DossierCollectieSchema, DossierListQuery, DossierSchema, DossierWijzigenSchema,
  DossierZoekenSchema, HeropeningSchema, naarDossier, SluitingSchema, WissingSchema,
} from './dossiers.schemas.js';
import {
  heropenDossier, leesDossier, lijstDossiers, registreerDossier, sluitDossier, wijzigDossier, wisDossierNu, zoekDossiers,
} from './dossiers.service.js';

const tags = ['Dossiers'];
const dossierParams = z.object({ dossierId: idParam('dossierId') });

const aanmaken = createRoute({
  method: 'post', path: '/dossiers', operationId: 'dossierRegistreren', tags, security: beveiligd,
  summary: 'Registreer een mogelijk slachtoffer in een pseudoniem dossier',
  description: 'Een intaker (politie, KMar, NLA) opent een pseudoniem dossier voor een mogelijk slachtoffer, met nationaliteitCategorie, verblijfssituatie en leeftijdscategorie. Persoonsgegevens komen apart (PUT …/persoonsgegevens). Uw organisatie krijgt toegang tot het dossier. Antwoord 201 met Location en ETag; met Idempotency-Key veilig te herhalen. 409 mogelijk-dezelfde-persoon als er al een dossier van dezelfde persoon lijkt te zijn.',
  middleware: [autoriseer('dossiers.aanmaken'), idempotentie] as const,
  request: { headers: idempotencyKeyHeader, body: { required: true, content: { 'application/json': { schema: DossierAanmakenSchema } } } },
  responses: {
    201: jsonAntwoord(DossierSchema, 'Dossier geregistreerd.', { ...headerDefinities.etag, ...headerDefinities.location }),
    ...fouten(409, 415, 422),
  },
});

const lijst = createRoute({
  method: 'get', path: '/dossiers', operationId: 'dossiersOpvragen', tags, security: beveiligd,
  summary: 'Dossiers die uw organisatie mag zien, nieuwste eerst',
  description: 'De dossiers waartoe uw organisatie toegang heeft (geregistreerd, aangesloten, verwezen of als ontvanger van een M55), nieuwste eerst, pseudoniem en gepagineerd met een cursor in de Link-header. Filters in de query; een onbekende queryparameter is 400.',
  middleware: [autoriseer('dossiers.lezen')] as const,
  request: { query: DossierListQuery.extend(pagineringQuery) },
  responses: { 200: jsonAntwoord(DossierCollectieSchema, 'Een pagina dossiers.', headerDefinities.link), ...fouten() },
});

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}', operationId: 'dossierOpvragen', tags, security: beveiligd,
  summary: 'Eén dossier',
  description: 'Eén dossier, pseudoniem: identificatiestatus, persoonssituatie en wie het registreerde, met een ETag voor een latere wijziging. 404 als het dossier niet bestaat of uw organisatie er geen toegang toe heeft; 410 als het is samengevoegd (samengevoegdIn wijst naar het andere dossier).',
  middleware: [autoriseer('dossiers.lezen')] as const,
  request: { params: dossierParams },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het dossier.', headerDefinities.etag), ...fouten(404) },
});

const wijzigen = createRoute({
  method: 'patch', path: '/dossiers/{dossierId}', operationId: 'dossierWijzigen', tags, security: beveiligd,
  summary: 'Wijzig nationaliteit, verblijfssituatie of leeftijdscategorie (met If-Match)',
  description: 'Wijzig nationaliteitCategorie, verblijfssituatie of leeftijdscategorie van een dossier (application/merge-patch+json of application/json). If-Match met de ETag is verplicht (428 zonder, 412 bij een verouderde ETag). Zolang de persoonsgegevens een geboortedatum hebben, volgt de leeftijdscategorie daaruit (422).',
  middleware: [autoriseer('dossiers.wijzigen')] as const,
  request: {
    params: dossierParams, headers: ifMatchHeader,
    body: { required: true, content: { 'application/merge-patch+json': { schema: DossierWijzigenSchema }, 'application/json': { schema: DossierWijzigenSchema } } },
  },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het gewijzigde dossier.', headerDefinities.etag), ...fouten(404, 412, 415, 422, 428) },
});

const zoeken = createRoute({
  method: 'post', path: '/dossiers/_zoek', operationId: 'dossiersZoeken', tags, security: beveiligd,
  summary: 'Zoek dossiers op persoonsgegevens (criteria in de body, nooit in de URL)',
  description: 'Zoek dossiers op dossiernummer, vreemdelingennummer of geslachtsnaam met geboortedatum. De criteria staan in de body, zodat persoonsgegevens nooit in een URL of log belanden. U vindt alleen dossiers waartoe uw organisatie toegang heeft; elke treffer wordt in de audittrail vastgelegd.',
  middleware: [autoriseer('dossiers.zoeken'), idempotentie] as const,
  request: { headers: idempotencyKeyHeader, body: { required: true, content: { 'application/json': { schema: DossierZoekenSchema } } } },
  responses: { 200: jsonAntwoord(DossierCollectieSchema, 'Gevonden dossiers.'), ...fouten(415) },
});

const sluiten = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/sluiting', operationId: 'dossierSluiten', tags, security: beveiligd,
  summary: 'Sluit het dossier; daarmee begint de bewaartermijn (met If-Match)',
  description: 'Sluit het dossier met een reden, bijvoorbeeld omdat de hulp is afgerond. Vanaf dat moment loopt de bewaartermijn; een gesloten dossier neemt niets nieuws aan (409 dossier-gesloten) tot het wordt heropend. If-Match is verplicht.',
  middleware: [autoriseer('dossiers.sluiten'), idempotentie] as const,
  request: { params: dossierParams, headers: ifMatchHeader.extend(idempotencyKeyHeader.shape), body: { required: true, content: { 'application/json': { schema: SluitingSchema } } } },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het gesloten dossier.', headerDefinities.etag), ...fouten(404, 409, 412, 415, 428) },
});

const heropenen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/heropening', operationId: 'dossierHeropenen', tags, security: beveiligd,
  summary: 'Heropen een gesloten dossier, met een reden (met If-Match)',
  description: 'Een gesloten dossier neemt geen nieuwe signalen, beoordelingen, aanbiedingen, verwijzingen of gebeurtenissen aan (409). '
    + 'De organisatie die het registreerde (of aansloot) heropent het met een reden; de heropening wordt geaudit.',
  middleware: [autoriseer('dossiers.sluiten'), idempotentie] as const,
  request: { params: dossierParams, headers: ifMatchHeader.extend(idempotencyKeyHeader.shape), body: { required: true, content: { 'application/json': { schema: HeropeningSchema } } } },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het heropende dossier.', headerDefinities.etag), ...fouten(404, 409, 412, 415, 428) },
});

const wissen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/wissing', operationId: 'dossierWissen', tags, security: beveiligd,
  summary: 'Wis persoonsgegevens en vrije tekst van een dossier (recht op vergetelheid, AVG art. 17)',
  description: 'De beheerder wist op verzoek van de betrokkene (AVG art. 17) of na afloop van de bewaartermijn de persoonsgegevens en vrije tekst van een dossier, met grondslag en toelichting. Het pseudonieme skelet en de audittrail blijven. Onomkeerbaar; 409 dossier-gewist als het al gebeurd is.',
  middleware: [autoriseer('dossiers.wissen'), idempotentie] as const,
  request: { params: dossierParams, headers: idempotencyKeyHeader, body: { required: true, content: { 'application/json': { schema: WissingSchema } } } },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het dossier na het wissen.'), ...fouten(404, 409, 415) },
});

const isCursor = tupel<[string, string]>(cursorDeel.moment, cursorDeel.uuid);

export const dossiersRouter = createRouter()
  .openapi(aanmaken, async (c) => {
    const dossier = await registreerDossier(useCaseContext(c), c.req.valid('json'));
    return c.json(naarDossier(dossier), 201, { ETag: etagVoor(dossier.versie), Location: `/v1/dossiers/${dossier.id}` });
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rows = await lijstDossiers(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.tijdstipRegistratie.toISOString(), laatste.id]));
    return c.json({ dossiers: items.map(naarDossier) }, 200);
  })
  .openapi(lezen, async (c) => {
    const dossier = await leesDossier(useCaseContext(c), c.req.valid('param').dossierId);
    return c.json(naarDossier(dossier), 200, { ETag: etagVoor(dossier.versie) });
  })
  .openapi(wijzigen, async (c) => {
    const dossier = await wijzigDossier(useCaseContext(c), c.req.valid('param').dossierId, c.req.header('if-match'), c.req.valid('json'));
    return c.json(naarDossier(dossier), 200, { ETag: etagVoor(dossier.versie) });
  })
  .openapi(sluiten, async (c) => {
    const dossier = await sluitDossier(useCaseContext(c), c.req.valid('param').dossierId, c.req.header('if-match'), c.req.valid('json').reden);
    return c.json(naarDossier(dossier), 200, { ETag: etagVoor(dossier.versie) });
  })
  .openapi(heropenen, async (c) => {
    const dossier = await heropenDossier(useCaseContext(c), c.req.valid('param').dossierId, c.req.header('if-match'), c.req.valid('json').reden);
    return c.json(naarDossier(dossier), 200, { ETag: etagVoor(dossier.versie) });
  })
  .openapi(wissen, async (c) => {
    const { grondslag, toelichting } = c.req.valid('json');
    return c.json(naarDossier(await wisDossierNu(useCaseContext(c), c.req.valid('param').dossierId, grondslag, toelichting)), 200);
  })
  .openapi(zoeken, async (c) => {
    const treffers = await zoekDossiers(useCaseContext(c), c.req.valid('json'));
    return c.json({ dossiers: treffers.map(naarDossier) }, 200);
  });
