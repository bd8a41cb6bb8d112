// The residence track (docs/domein.md §7): only the IND records; decisions are facts (POST and GET
// only), visible to every organisation with access to the dossier; the IND has a worklist.
import { createRoute, z } from '@hono/zod-openapi';
import type { Identificatiestatus } from '../../domain/catalogus.js';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import { beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarVerblijfsbesluit, VerblijfsbesluitCollectieSchema, VerblijfsbesluitSchema, VerblijfsbesluitVastgelegdSchema,
  VerblijfsbesluitVastleggenSchema, WerklijstQuery, WerklijstSchema,
} from './verblijfsbesluiten.schemas.js';
import { leesVerblijfsbesluit, legVerblijfsbesluitVast, lijstVerblijfsbesluiten, werklijst } from './verblijfsbesluiten.service.js';

const tags = ['Verblijf'];
const dossierParams = z.object({ dossierId: idParam('dossierId') });

const vastleggen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/verblijfsbesluiten', operationId: 'verblijfsbesluitVastleggen', tags, security: beveiligd,
  summary: 'Leg een besluit of aanvraag in het verblijfsspoor vast (alleen IND)',
  description: 'Vergunning één jaar (geldigTot berekend); verlengen alleen zolang een strafrechtelijk onderzoek loopt; een Dublinclaimant pas na aanwezigheid_noodzakelijk van het OM; schrijnend pad ten hoogste één jaar en niet verlengbaar (B8/3 onder 3.1 Vc 2000). De identificatiestatus verandert nooit.',
  middleware: [autoriseer('verblijf.vastleggen'), idempotentie] as const,
  request: {
    params: dossierParams, headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: VerblijfsbesluitVastleggenSchema } } },
  },
  responses: {
    201: jsonAntwoord(VerblijfsbesluitVastgelegdSchema, 'Vastgelegd.', headerDefinities.location),
    ...fouten(404, 409, 415, 422),
  },
});

const lijst = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/verblijfsbesluiten', operationId: 'verblijfsbesluitenOpvragen', tags, security: beveiligd,
  summary: 'Het verblijfsspoor van een dossier, oudste eerst (datum, dan registratie)',
  description: 'De besluiten van de IND zijn zichtbaar voor iedere organisatie met een reden om het dossier te zien (een organisatie met toegang tot het dossier).',
  middleware: [autoriseer('verblijf.lezen')] as const,
  request: { params: dossierParams, query: z.object(pagineringQuery) },
  responses: { 200: jsonAntwoord(VerblijfsbesluitCollectieSchema, 'Een pagina verblijfsbesluiten.', headerDefinities.link), ...fouten(404) },
});

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/verblijfsbesluiten/{verblijfsbesluitId}', operationId: 'verblijfsbesluitOpvragen', tags, security: beveiligd,
  summary: 'Eén verblijfsbesluit',
  description: 'Het besluit met soort, datum, geldigTot en gronden; 404 als het niet bij dit dossier hoort.',
  middleware: [autoriseer('verblijf.lezen')] as const,
  request: { params: dossierParams.extend({ verblijfsbesluitId: idParam('verblijfsbesluitId') }) },
  responses: { 200: jsonAntwoord(VerblijfsbesluitSchema, 'Het verblijfsbesluit.'), ...fouten(404) },
});

const werklijstRoute = createRoute({
  method: 'get', path: '/verblijfsbesluiten', operationId: 'verblijfsWerklijst', tags, security: beveiligd,
  summary: 'Werklijst van de IND: geldende vergunningen en schrijnende paden die binnenkort aflopen, op geldigTot',
  description: 'Alleen de geldende vergunning per dossier (niet verlengd, vervangen of ingetrokken), met geldigTot op of vóór geldigTotVoor (standaard vandaag + 30 dagen); al verlopen vergunningen zonder besluit staan vooraan.',
  middleware: [autoriseer('verblijf.werklijst')] as const,
  request: { query: WerklijstQuery.extend(pagineringQuery) },
  responses: { 200: jsonAntwoord(WerklijstSchema, 'Een pagina van de werklijst.', headerDefinities.link), ...fouten() },
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
