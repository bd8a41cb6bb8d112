// The residence track (docs/domein.md §7): only the IND records; decisions are facts (POST and GET
// only), visible to every organisation with access to the dossier; the IND has a worklist.
import { z } from '@hono/zod-openapi';
import type { Identificatiestatus } from '../../domain/catalogus.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarVerblijfsbesluit, VerblijfsbesluitCollectieSchema, VerblijfsbesluitSchema, VerblijfsbesluitVastgelegdSchema,
  VerblijfsbesluitVastleggenSchema, WerklijstQuery, WerklijstSchema,
} from './verblijfsbesluiten.schemas.js';
import { leesVerblijfsbesluit, legVerblijfsbesluitVast, lijstVerblijfsbesluiten, werklijst } from './verblijfsbesluiten.service.js';

const route = beveiligdeRoutes('Verblijf');

const vastleggen = route('post', '/dossiers/{dossierId}/verblijfsbesluiten', 'verblijfsbesluitVastleggen', 'verblijf.vastleggen', {
  summary: 'Leg een besluit of aanvraag in het verblijfsspoor vast (alleen IND)',
  description: 'Vergunning één jaar (geldigTot berekend); verlengen alleen zolang een strafrechtelijk onderzoek loopt; een Dublinclaimant pas na aanwezigheid_noodzakelijk van het OM; schrijnend pad ten hoogste één jaar en niet verlengbaar (B8/3 onder 3.1 Vc 2000). De identificatiestatus verandert nooit.',
  params: dossierParams, body: VerblijfsbesluitVastleggenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(VerblijfsbesluitVastgelegdSchema, 'Vastgelegd.', headerDefinities.location) },
});

const lijst = route('get', '/dossiers/{dossierId}/verblijfsbesluiten', 'verblijfsbesluitenVanDossier', 'verblijf.lezen', {
  summary: 'Het verblijfsspoor van een dossier, oudste eerst (datum, dan registratie)',
  description: 'De besluiten van de IND zijn zichtbaar voor iedere organisatie met een reden om het dossier te zien (een organisatie met toegang tot het dossier).',
  params: dossierParams, query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(VerblijfsbesluitCollectieSchema, 'Een pagina verblijfsbesluiten.', headerDefinities.link) },
});

const lezen = route('get', '/dossiers/{dossierId}/verblijfsbesluiten/{verblijfsbesluitId}', 'verblijfsbesluitOpvragen', 'verblijf.lezen', {
  summary: 'Eén verblijfsbesluit',
  description: 'Het besluit met soort, datum, geldigTot en gronden; 404 als het niet bij dit dossier hoort.',
  params: dossierParams.extend({ verblijfsbesluitId: idParam('verblijfsbesluitId') }),
  antwoorden: { 200: jsonAntwoord(VerblijfsbesluitSchema, 'Het verblijfsbesluit.') },
});

const werklijstRoute = route('get', '/verblijfsbesluiten', 'verblijfsbesluitenWerklijst', 'verblijf.werklijst', {
  summary: 'Werklijst van de IND: geldende vergunningen en schrijnende paden die binnenkort aflopen, op geldigTot',
  description: 'Alleen de geldende vergunning per dossier (niet verlengd, vervangen of ingetrokken), met geldigTot op of vóór geldigTotVoor (standaard vandaag + 30 dagen); al verlopen vergunningen zonder besluit staan vooraan.',
  query: WerklijstQuery.extend(pagineringQuery), antwoorden: { 200: jsonAntwoord(WerklijstSchema, 'Een pagina van de werklijst.', headerDefinities.link) },
});

const isDossierCursor = tupel<[string, string, string]>(cursorDeel.datum, cursorDeel.moment, cursorDeel.uuid);
const isWerklijstCursor = tupel<[string, string]>(cursorDeel.datum, cursorDeel.uuid);

export const verblijfsbesluitenRouter = createRouter()
  .openapi(vastleggen, async (c) => {
    const { dossierId } = c.req.valid('param');
    const { besluit, identificatiestatus } = await legVerblijfsbesluitVast(useCaseContext(c), dossierId, c.req.valid('json'));
    return c.json(
      { ...naarVerblijfsbesluit(besluit), identificatiestatus: identificatiestatus as Identificatiestatus },
      201,
      { Location: `/v1/dossiers/${dossierId}/verblijfsbesluiten/${besluit.id}` },
    );
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rijen = await lijstVerblijfsbesluiten(useCaseContext(c), c.req.valid('param').dossierId, limit, decodeCursor(c, cursor, isDossierCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.datum, laatste.tijdstipRegistratie.toISOString(), laatste.id]));
    return c.json({ verblijfsbesluiten: items.map(naarVerblijfsbesluit) }, 200);
  })
  .openapi(lezen, async (c) => {
    const { dossierId, verblijfsbesluitId } = c.req.valid('param');
    return c.json(naarVerblijfsbesluit(await leesVerblijfsbesluit(useCaseContext(c), dossierId, verblijfsbesluitId)), 200);
  })
  .openapi(werklijstRoute, async (c) => {
    const { cursor, limit, geldigTotVoor } = c.req.valid('query');
    const rijen = await werklijst(useCaseContext(c), geldigTotVoor, limit, decodeCursor(c, cursor, isWerklijstCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.besluit.geldigTot, laatste.besluit.id]));
    return c.json({ verblijfsbesluiten: items.map((r) => ({ ...naarVerblijfsbesluit(r.besluit), dossiernummer: r.dossiernummer })) }, 200);
  });
