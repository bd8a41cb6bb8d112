import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { AdviesCollectieSchema, AdviesInvoerSchema, AdviesLijstQuery, AdviesSchema, naarAdvies } from './bedenktijd-adviezen.schemas.js';
import { adviezenVanDossier, adviezenVoorOrganisatie, legAdviesVast } from './bedenktijd-adviezen.service.js';

const route = beveiligdeRoutes('Bedenktijden');

const vastleggen = route('post', '/dossiers/{dossierId}/bedenktijd-adviezen', 'bedenktijdAdviesVastleggen', 'bedenktijdadviezen.vastleggen', {
  summary: 'NLA Opsporing adviseert politie of KMar de bedenktijd aan te bieden',
  description: 'Een intaker van NLA Opsporing biedt de bedenktijd niet zelf aan maar adviseert een politie- of KMar-eenheid dat te doen (B8/3 Vc 2000, "op voorspraak"), op grond van een beoordeling waarin de geringste aanwijzing is vastgesteld. De ontvangende eenheid krijgt toegang tot het dossier en ziet het advies in haar lijst.',
  params: dossierParams, body: AdviesInvoerSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(AdviesSchema, 'Advies vastgelegd.', headerDefinities.location) },
});

const vanDossier = route('get', '/dossiers/{dossierId}/bedenktijd-adviezen', 'bedenktijdAdviezenVanDossier', 'bedenktijdadviezen.lezen', {
  summary: 'De bedenktijd-adviezen van een dossier',
  description: 'De bedenktijd-adviezen van een dossier, met status (open, overgenomen, niet_overgenomen).',
  params: dossierParams, antwoorden: { 200: jsonAntwoord(AdviesCollectieSchema, 'De adviezen.') },
});

const lijst = route('get', '/bedenktijd-adviezen', 'bedenktijdAdviezenOpvragen', 'bedenktijdadviezen.lezen', {
  summary: 'Adviezen aan of van uw organisatie (politie/KMar: filter status=open)',
  description: 'De bedenktijd-adviezen aan of van uw organisatie. Politie en KMar filteren met status=open op de adviezen die zij nog moeten overnemen.',
  query: AdviesLijstQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(AdviesCollectieSchema, 'Een pagina adviezen, oudste eerst.', headerDefinities.link) },
});

const isCursor = tupel<[string, string]>(cursorDeel.moment, cursorDeel.uuid);

export const bedenktijdAdviezenRouter = createRouter()
  .openapi(vastleggen, async (c) => {
    const advies = await legAdviesVast(useCaseContext(c), c.req.valid('param').dossierId, c.req.valid('json'));
    return c.json(naarAdvies(advies), 201, { Location: `/v1/dossiers/${advies.dossierId}/bedenktijd-adviezen` });
  })
  .openapi(vanDossier, async (c) => c.json({ bedenktijdAdviezen: (await adviezenVanDossier(useCaseContext(c), c.req.valid('param').dossierId)).map(naarAdvies) }, 200))
  .openapi(lijst, async (c) => {
    // README.md "HTTP conventions": collections page with a cursor and a Link header (no silent cut-off).
    const { cursor, limit, ...filters } = c.req.valid('query');
    const { items, laatste } = pagina(await adviezenVoorOrganisatie(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isCursor)), limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.tijdstipAangemaakt.toISOString(), laatste.id]));
    return c.json({ bedenktijdAdviezen: items.map(naarAdvies) }, 200);
  });
