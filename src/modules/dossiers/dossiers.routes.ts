import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
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

const route = beveiligdeRoutes('Dossiers');

const aanmaken = route('post', '/dossiers', 'dossierRegistreren', 'dossiers.aanmaken', {
  summary: 'Registreer een mogelijk slachtoffer in een pseudoniem dossier',
  description: 'Een intaker (politie, KMar, NLA) opent een pseudoniem dossier voor een mogelijk slachtoffer, met nationaliteitCategorie, verblijfssituatie en leeftijdscategorie. Persoonsgegevens komen apart (PUT …/persoonsgegevens). Uw organisatie krijgt toegang tot het dossier. Antwoord 201 met Location en ETag; met Idempotency-Key veilig te herhalen. 409 mogelijk-dezelfde-persoon als er al een dossier van dezelfde persoon lijkt te zijn.',
  body: DossierAanmakenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(DossierSchema, 'Dossier geregistreerd.', { ...headerDefinities.etag, ...headerDefinities.location }) },
});

const lijst = route('get', '/dossiers', 'dossiersOpvragen', 'dossiers.lezen', {
  summary: 'Dossiers die uw organisatie mag zien, nieuwste eerst',
  description: 'De dossiers waartoe uw organisatie toegang heeft (geregistreerd, aangesloten, verwezen of als ontvanger van een M55), nieuwste eerst, pseudoniem en gepagineerd met een cursor in de Link-header. Filters in de query; een onbekende queryparameter is 400.',
  query: DossierListQuery.extend(pagineringQuery), antwoorden: { 200: jsonAntwoord(DossierCollectieSchema, 'Een pagina dossiers.', headerDefinities.link) },
});

const lezen = route('get', '/dossiers/{dossierId}', 'dossierOpvragen', 'dossiers.lezen', {
  summary: 'Eén dossier',
  description: 'Eén dossier, pseudoniem: identificatiestatus, persoonssituatie en wie het registreerde, met een ETag voor een latere wijziging. 404 als het dossier niet bestaat of uw organisatie er geen toegang toe heeft; 410 als het is samengevoegd (samengevoegdIn wijst naar het andere dossier).',
  params: dossierParams, antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het dossier.', headerDefinities.etag) },
});

const wijzigen = route('patch', '/dossiers/{dossierId}', 'dossierWijzigen', 'dossiers.wijzigen', {
  summary: 'Wijzig nationaliteit, verblijfssituatie of leeftijdscategorie (met If-Match)',
  description: 'Wijzig nationaliteitCategorie, verblijfssituatie of leeftijdscategorie van een dossier (application/merge-patch+json of application/json). If-Match met de ETag is verplicht (428 zonder, 412 bij een verouderde ETag). Zolang de persoonsgegevens een geboortedatum hebben, volgt de leeftijdscategorie daaruit (422).',
  params: dossierParams, body: DossierWijzigenSchema, ifMatch: true, fouten: [422],
  antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het gewijzigde dossier.', headerDefinities.etag) },
});

const zoeken = route('post', '/dossiers/_zoek', 'dossiersZoeken', 'dossiers.zoeken', {
  summary: 'Zoek dossiers op persoonsgegevens (criteria in de body, nooit in de URL)',
  description: 'Zoek dossiers op dossiernummer, vreemdelingennummer of geslachtsnaam met geboortedatum. De criteria staan in de body, zodat persoonsgegevens nooit in een URL of log belanden. U vindt alleen dossiers waartoe uw organisatie toegang heeft; elke treffer wordt in de audittrail vastgelegd.',
  body: DossierZoekenSchema, antwoorden: { 200: jsonAntwoord(DossierCollectieSchema, 'Gevonden dossiers.') },
});

const sluiten = route('post', '/dossiers/{dossierId}/sluiting', 'dossierSluiten', 'dossiers.sluiten', {
  summary: 'Sluit het dossier; daarmee begint de bewaartermijn (met If-Match)',
  description: 'Sluit het dossier met een reden, bijvoorbeeld omdat de hulp is afgerond. Vanaf dat moment loopt de bewaartermijn; een gesloten dossier neemt niets nieuws aan (409 dossier-gesloten) tot het wordt heropend. If-Match is verplicht.',
  params: dossierParams, body: SluitingSchema, ifMatch: true, fouten: [409],
  antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het gesloten dossier.', headerDefinities.etag) },
});

const heropenen = route('post', '/dossiers/{dossierId}/heropening', 'dossierHeropenen', 'dossiers.sluiten', {
  summary: 'Heropen een gesloten dossier, met een reden (met If-Match)',
  description: 'Een gesloten dossier neemt geen nieuwe signalen, beoordelingen, aanbiedingen, verwijzingen of gebeurtenissen aan (409). '
    + 'De organisatie die het registreerde (of aansloot) heropent het met een reden; de heropening wordt geaudit.',
  params: dossierParams, body: HeropeningSchema, ifMatch: true, fouten: [409],
  antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het heropende dossier.', headerDefinities.etag) },
});

const wissen = route('post', '/dossiers/{dossierId}/wissing', 'dossierWissen', 'dossiers.wissen', {
  summary: 'Wis persoonsgegevens en vrije tekst van een dossier (recht op vergetelheid, AVG art. 17)',
  description: 'De beheerder wist op verzoek van de betrokkene (AVG art. 17) of na afloop van de bewaartermijn de persoonsgegevens en vrije tekst van een dossier, met grondslag en toelichting. Het pseudonieme skelet en de audittrail blijven. Onomkeerbaar; 409 dossier-gewist als het al gebeurd is.',
  params: dossierParams, body: WissingSchema, fouten: [409], antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het dossier na het wissen.') },
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
