// The criminal track (docs/beslissingen/0012-vroegtijdig-einde.md) and the beroep op de B8/3-regeling (model M55, bijlage Vc 2000; docs/domein.md §6), one
// router. Events are facts: POST and GET only; a correction is a new event.
import { z } from '@hono/zod-openapi';
import type { Identificatiestatus } from '../../domain/catalogus.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  BeroepB83CollectieSchema, BeroepB83Schema, BeroepB83VastleggenSchema, naarBeroep, naarGebeurtenis,
  StrafrechtelijkeGebeurtenisCollectieSchema, StrafrechtelijkeGebeurtenisSchema, StrafrechtelijkeGebeurtenisVastgelegdSchema,
  StrafrechtelijkeGebeurtenisVastleggenSchema,
} from './strafrechtelijke-gebeurtenissen.schemas.js';
import {
  leesBeroep, leesGebeurtenis, legBeroepVast, legGebeurtenisVast, lijstBeroepen, lijstGebeurtenissen,
} from './strafrechtelijke-gebeurtenissen.service.js';


const strafrechtRoute = beveiligdeRoutes('Strafrecht');
const verblijfRoute = beveiligdeRoutes('Verblijf');

const vastleggen = strafrechtRoute('post', '/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen', 'strafrechtelijkeGebeurtenisVastleggen', 'strafrecht.vastleggen', {
  summary: 'Leg een gebeurtenis in het strafrechtelijk spoor vast (intaker: aangifte e.d.; officier: OM-beslissingen)',
  description: 'Een aangifte of medewerking beëindigt een lopende bedenktijd op die datum en gaat als M55 naar de IND (en de COA bij asielzoekers en Dublinclaimanten) en, pseudoniem, naar het OM. Sepot, onderzoek_beeindigd en aanwezigheid_noodzakelijk gaan naar de IND. De identificatiestatus verandert nooit.',
  params: dossierParams, body: StrafrechtelijkeGebeurtenisVastleggenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(StrafrechtelijkeGebeurtenisVastgelegdSchema, 'Vastgelegd, met de eventueel beëindigde bedenktijd.', headerDefinities.location) },
});

const lijst = strafrechtRoute('get', '/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen', 'strafrechtelijkeGebeurtenissenVanDossier', 'strafrecht.lezen', {
  summary: 'Het strafrechtelijk spoor van een dossier, oudste eerst (datum, dan registratie)',
  description: 'Voor intakers, officieren en de IND met een reden om het dossier te zien (een organisatie met toegang tot het dossier). Het strafrechtelijk spoor staat naast de identificatie en verandert die nooit.',
  params: dossierParams, query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(StrafrechtelijkeGebeurtenisCollectieSchema, 'Een pagina gebeurtenissen.', headerDefinities.link) },
});

const lezen = strafrechtRoute('get', '/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen/{gebeurtenisId}', 'strafrechtelijkeGebeurtenisOpvragen', 'strafrecht.lezen', {
  summary: 'Eén strafrechtelijke gebeurtenis',
  description: 'De gebeurtenis met soort, datum, redenen en toelichting; 404 als die niet bij dit dossier hoort.',
  params: dossierParams.extend({ gebeurtenisId: idParam('gebeurtenisId') }),
  antwoorden: { 200: jsonAntwoord(StrafrechtelijkeGebeurtenisSchema, 'De gebeurtenis.') },
});

const beroepVastleggen = verblijfRoute('post', '/dossiers/{dossierId}/beroepen-b8-3', 'beroepB83Vastleggen', 'beroepb83.vastleggen', {
  summary: 'Leg het beroep van het slachtoffer op de B8/3-regeling vast (M55 aan de IND)',
  description: 'Een intaker legt het beroep vast; de IND ontvangt m55_beroep_b8_3 (M55, onderdeel 4: beroep op de B8/3-regeling, B8/3 Vc 2000).',
  params: dossierParams, body: BeroepB83VastleggenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(BeroepB83Schema, 'Vastgelegd.', headerDefinities.location) },
});

const beroepenLijst = verblijfRoute('get', '/dossiers/{dossierId}/beroepen-b8-3', 'beroepenB83VanDossier', 'verblijf.lezen', {
  summary: 'De beroepen op de B8/3-regeling van een dossier, oudste eerst',
  description: 'Zichtbaar voor iedere organisatie met een reden om het dossier te zien en het recht het verblijfsspoor te lezen.',
  params: dossierParams, antwoorden: { 200: jsonAntwoord(BeroepB83CollectieSchema, 'De beroepen.') },
});

const beroepLezen = verblijfRoute('get', '/dossiers/{dossierId}/beroepen-b8-3/{beroepId}', 'beroepB83Opvragen', 'verblijf.lezen', {
  summary: 'Eén beroep op de B8/3-regeling',
  description: 'Het beroep met datum en toelichting; 404 als het niet bij dit dossier hoort.',
  params: dossierParams.extend({ beroepId: idParam('beroepId') }), antwoorden: { 200: jsonAntwoord(BeroepB83Schema, 'Het beroep.') },
});

const isCursor = tupel<[string, string, string]>(cursorDeel.datum, cursorDeel.moment, cursorDeel.uuid);

export const strafrechtelijkeGebeurtenissenRouter = createRouter()
  .openapi(vastleggen, async (c) => {
    const { dossierId } = c.req.valid('param');
    const { gebeurtenis, beeindigdeBedenktijdId, identificatiestatus } = await legGebeurtenisVast(useCaseContext(c), dossierId, c.req.valid('json'));
    return c.json(
      { ...naarGebeurtenis(gebeurtenis), beeindigdeBedenktijdId, identificatiestatus: identificatiestatus as Identificatiestatus },
      201,
      { Location: `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen/${gebeurtenis.id}` },
    );
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rijen = await lijstGebeurtenissen(useCaseContext(c), c.req.valid('param').dossierId, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.datum, laatste.tijdstipRegistratie.toISOString(), laatste.id]));
    return c.json({ strafrechtelijkeGebeurtenissen: items.map(naarGebeurtenis) }, 200);
  })
  .openapi(lezen, async (c) => {
    const { dossierId, gebeurtenisId } = c.req.valid('param');
    return c.json(naarGebeurtenis(await leesGebeurtenis(useCaseContext(c), dossierId, gebeurtenisId)), 200);
  })
  .openapi(beroepVastleggen, async (c) => {
    const { dossierId } = c.req.valid('param');
    const beroep = await legBeroepVast(useCaseContext(c), dossierId, c.req.valid('json'));
    return c.json(naarBeroep(beroep), 201, { Location: `/v1/dossiers/${dossierId}/beroepen-b8-3/${beroep.id}` });
  })
  .openapi(beroepenLijst, async (c) => {
    const rijen = await lijstBeroepen(useCaseContext(c), c.req.valid('param').dossierId);
    return c.json({ beroepenB83: rijen.map(naarBeroep) }, 200);
  })
  .openapi(beroepLezen, async (c) => {
    const { dossierId, beroepId } = c.req.valid('param');
    return c.json(naarBeroep(await leesBeroep(useCaseContext(c), dossierId, beroepId)), 200);
  });
