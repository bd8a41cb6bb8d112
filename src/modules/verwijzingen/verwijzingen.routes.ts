// Referrals (docs/beslissingen/0017-verwijzing-en-opvang.md): refer, the receiver's queue, decide, withdraw, complete, and the
// victim declining shelter. No route asks for an aangifte: help does not depend on cooperation.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarVerwijzing, OpvangweigeringSchema, VerwijzingAanmakenSchema, VerwijzingBesluitSchema, VerwijzingCollectieSchema,
  VerwijzingListQuery, VerwijzingSchema,
} from './verwijzingen.schemas.js';
import {
  achterstalligVoor, legOpvangweigeringVast, leesVerwijzing, maakVerwijzing, neemBesluit, rondAf, trekIn,
  verwijzingenVanDossier, wachtrij, wachtrijCursor, type VerwijzingMetDossier,
} from './verwijzingen.service.js';

const route = beveiligdeRoutes('Verwijzingen');
const verwijzingParams = z.object({ verwijzingId: idParam('verwijzingId') });

const aanmaken = route('post', '/dossiers/{dossierId}/verwijzingen', 'verwijzingAanmaken', 'verwijzingen.aanmaken', {
  summary: 'Verwijs een slachtoffer naar opvang of zorg',
  description: 'cosm alleen voor een meerderjarige derdelander; een minderjarige naar veilig_thuis of raad_kinderbescherming. '
    + 'Zonder toestemming is een grondslag nodig; die bepaalt of de ontvanger de persoonsgegevens mag zien. '
    + 'De ontvanger krijgt toegang tot het dossier en de kennisgeving verwijzing_ontvangen. Een aangifte is nooit nodig.',
  params: dossierParams, body: VerwijzingAanmakenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(VerwijzingSchema, 'Verwijzing aangemaakt (status open).', headerDefinities.location) },
});

const vanDossier = route('get', '/dossiers/{dossierId}/verwijzingen', 'verwijzingenVanDossier', 'verwijzingen.lezen', {
  summary: 'Verwijzingen van een dossier die uw organisatie deed of ontving, oudste eerst',
  description: 'Alleen verwijzingen waarbij uw organisatie verwijzer of ontvanger is; het dossier moet voor uw organisatie zichtbaar zijn (anders 404).',
  params: dossierParams, query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(VerwijzingCollectieSchema, 'Een pagina verwijzingen.', headerDefinities.link) },
});

const lijst = route('get', '/verwijzingen', 'verwijzingenWerklijst', 'verwijzingen.lezen', {
  summary: 'Wachtrij: verwijzingen aan uw organisatie, open eerst, oudste eerst',
  description: 'Verwijzingen aan uw organisatie: eerst de open (oudste eerst), dan de rest. achterstallig is true voor een open verwijzing die langer dan VERWIJZING_ACHTERSTALLIG_DAGEN onbeantwoord is.',
  query: VerwijzingListQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(VerwijzingCollectieSchema, 'Een pagina verwijzingen.', headerDefinities.link) },
});

const lezen = route('get', '/verwijzingen/{verwijzingId}', 'verwijzingOpvragen', 'verwijzingen.lezen', {
  summary: 'Eén verwijzing (alleen voor verwijzer en ontvanger)',
  description: 'Voor iedere andere organisatie bestaat de verwijzing niet (404).',
  params: verwijzingParams, antwoorden: { 200: jsonAntwoord(VerwijzingSchema, 'De verwijzing.') },
});

const besluit = route('post', '/verwijzingen/{verwijzingId}/besluit', 'verwijzingBesluitVastleggen', 'verwijzingen.besluiten', {
  summary: 'Aanvaard of wijs af (ontvangende organisatie); een afwijzing vereist een reden',
  description: 'Alleen de ontvangende organisatie, alleen op een open verwijzing (anders 409). Bij afgewezen is afwijzingsreden verplicht (422). De verwijzer krijgt de kennisgeving verwijzing_besluit.',
  params: verwijzingParams, body: VerwijzingBesluitSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(VerwijzingSchema, 'De verwijzing na het besluit; de verwijzer krijgt verwijzing_besluit.') },
});

// These actions carry no data: a body may be left out (the builder makes a body without fields
// optional), but if sent it must be an empty JSON object, so no one can slip in fields such as status
// or organisatieId (unknown fields are 400).
const GeenVelden = z.strictObject({}).openapi('GeenVelden');

const intrekking = route('post', '/verwijzingen/{verwijzingId}/intrekking', 'verwijzingIntrekken', 'verwijzingen.intrekken', {
  summary: 'Trek een open verwijzing in (verwijzende organisatie)',
  description: 'Alleen de verwijzende organisatie, alleen zolang de verwijzing open is (anders 409). De ontvanger krijgt verwijzing_ingetrokken en verliest de inzage in de persoonsgegevens die alleen deze verwijzing gaf.',
  params: verwijzingParams, body: GeenVelden, fouten: [409],
  antwoorden: { 200: jsonAntwoord(VerwijzingSchema, 'De ingetrokken verwijzing; de ontvanger krijgt verwijzing_ingetrokken.') },
});

const afronding = route('post', '/verwijzingen/{verwijzingId}/afronding', 'verwijzingAfronden', 'verwijzingen.besluiten', {
  summary: 'Rond een aanvaarde verwijzing af als de zorg klaar is (ontvangende organisatie)',
  description: 'Alleen de ontvangende organisatie, alleen een aanvaarde verwijzing zonder lopende plaatsing (anders 409).',
  params: verwijzingParams, body: GeenVelden, fouten: [409], antwoorden: { 200: jsonAntwoord(VerwijzingSchema, 'De afgeronde verwijzing.') },
});

const opvangweigering = route('post', '/verwijzingen/{verwijzingId}/opvangweigering', 'opvangweigeringVastleggen', 'verwijzingen.besluiten', {
  summary: 'Leg vast dat het slachtoffer opvang weigert (beëindigt de bedenktijd niet)',
  description: 'Door verwijzer of ontvanger, op een open of aanvaarde verwijzing voor opvang of zorg. De bedenktijd loopt gewoon door.',
  params: verwijzingParams, body: OpvangweigeringSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(VerwijzingSchema, 'De verwijzing met de opvangweigering.') },
});

const isWachtrijCursor = tupel<[number, string, string]>((v): v is number => v === 0 || v === 1, cursorDeel.moment, cursorDeel.uuid);
const isDossierCursor = tupel<[string, string]>(cursorDeel.moment, cursorDeel.uuid);

const weergave = (c: Context<AppEnv>, r: VerwijzingMetDossier) =>
  naarVerwijzing(r.verwijzing, r.dossiernummer, achterstalligVoor(useCaseContext(c), r.verwijzing));

export const verwijzingenRouter = createRouter()
  .openapi(aanmaken, async (c) => {
    const r = await maakVerwijzing(useCaseContext(c), c.req.valid('param').dossierId, c.req.valid('json'));
    return c.json(weergave(c, r), 201, { Location: `/v1/verwijzingen/${r.verwijzing.id}` });
  })
  .openapi(vanDossier, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rijen = await verwijzingenVanDossier(useCaseContext(c), c.req.valid('param').dossierId, limit, decodeCursor(c, cursor, isDossierCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.verwijzing.tijdstipVerwezen.toISOString(), laatste.verwijzing.id]));
    return c.json({ verwijzingen: items.map((r) => weergave(c, r)) }, 200);
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rijen = await wachtrij(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isWachtrijCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, wachtrijCursor(laatste.verwijzing)));
    return c.json({ verwijzingen: items.map((r) => weergave(c, r)) }, 200);
  })
  .openapi(lezen, async (c) => c.json(weergave(c, await leesVerwijzing(useCaseContext(c), c.req.valid('param').verwijzingId)), 200))
  .openapi(besluit, async (c) => c.json(weergave(c, await neemBesluit(useCaseContext(c), c.req.valid('param').verwijzingId, c.req.valid('json'))), 200))
  .openapi(intrekking, async (c) => c.json(weergave(c, await trekIn(useCaseContext(c), c.req.valid('param').verwijzingId)), 200))
  .openapi(afronding, async (c) => c.json(weergave(c, await rondAf(useCaseContext(c), c.req.valid('param').verwijzingId)), 200))
  .openapi(opvangweigering, async (c) => c.json(weergave(c, await legOpvangweigeringVast(useCaseContext(c), c.req.valid('param').verwijzingId, c.req.valid('json'))), 200));
