// Assessments are immutable (docs/domein.md §1 punt 2): POST and GET only; a correction is a new assessment
// with `vervangt`. No PUT, PATCH or DELETE is registered, so those answer 405 with Allow.
import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  BeoordelingCollectieSchema, BeoordelingSchema, BeoordelingVastgelegdSchema, BeoordelingVastleggenSchema, naarBeoordeling,
} from './beoordelingen.schemas.js';
import { leesBeoordeling, legBeoordelingVast, lijstBeoordelingen } from './beoordelingen.service.js';

const route = beveiligdeRoutes('Beoordelingen');

const vastleggen = route('post', '/dossiers/{dossierId}/beoordelingen', 'beoordelingVastleggen', 'beoordelingen.vastleggen', {
  summary: 'Leg een beoordeling van de geringste aanwijzing vast (onveranderlijk; corrigeren met vervangt)',
  description: 'Leg de beoordeling van de geringste aanwijzing van mensenhandel vast: de drie elementen van art. 273f Sr (handeling, middel, oogmerk; bij een minderjarige is een middel niet nodig), het resultaat en bij niet_vastgesteld de redenen. Een beoordeling is onveranderlijk; corrigeren is een nieuwe beoordeling met vervangt. Vastgesteld maakt het dossier vermoedelijk_slachtoffer en meldt het aan bij CoMensha.',
  params: dossierParams, body: BeoordelingVastleggenSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(BeoordelingVastgelegdSchema, 'Beoordeling vastgelegd, met de identificatiestatus van het dossier daarna.', headerDefinities.location) },
});

const lijst = route('get', '/dossiers/{dossierId}/beoordelingen', 'beoordelingenVanDossier', 'beoordelingen.lezen', {
  summary: 'De beoordelingen van een dossier, oudste eerst (op beoordelingsdatum, dan registratie)',
  description: 'De beoordelingen van de geringste aanwijzing van een dossier, oudste eerst (op beoordelingsdatum, dan registratie), met welke beoordeling welke vervangt.',
  params: dossierParams, query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(BeoordelingCollectieSchema, 'Een pagina beoordelingen.', headerDefinities.link) },
});

const lezen = route('get', '/dossiers/{dossierId}/beoordelingen/{beoordelingId}', 'beoordelingOpvragen', 'beoordelingen.lezen', {
  summary: 'Eén beoordeling',
  description: 'Eén beoordeling van de geringste aanwijzing, met elementen, resultaat, redenen en een eventuele vervanging.',
  params: dossierParams.extend({ beoordelingId: idParam('beoordelingId') }), antwoorden: { 200: jsonAntwoord(BeoordelingSchema, 'De beoordeling.') },
});

const isCursor = tupel<[string, string, string]>(cursorDeel.datum, cursorDeel.moment, cursorDeel.uuid);

export const beoordelingenRouter = createRouter()
  .openapi(vastleggen, async (c) => {
    const { dossierId } = c.req.valid('param');
    const { beoordeling, identificatiestatus } = await legBeoordelingVast(useCaseContext(c), dossierId, c.req.valid('json'));
    return c.json(
      { ...naarBeoordeling(beoordeling, null), identificatiestatus },
      201,
      { Location: `/v1/dossiers/${dossierId}/beoordelingen/${beoordeling.id}` },
    );
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rows = await lijstBeoordelingen(useCaseContext(c), c.req.valid('param').dossierId, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rows, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [
      laatste.beoordeling.beoordelingsdatum, laatste.beoordeling.tijdstipRegistratie.toISOString(), laatste.beoordeling.id,
    ]));
    return c.json({ beoordelingen: items.map((r) => naarBeoordeling(r.beoordeling, r.vervangenDoor)) }, 200);
  })
  .openapi(lezen, async (c) => {
    const { dossierId, beoordelingId } = c.req.valid('param');
    const rij = await leesBeoordeling(useCaseContext(c), dossierId, beoordelingId);
    return c.json(naarBeoordeling(rij.beoordeling, rij.vervangenDoor), 200);
  });
