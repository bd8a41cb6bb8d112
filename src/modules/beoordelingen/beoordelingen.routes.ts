// Assessments are immutable (docs/domein.md §1 punt 2): POST and GET only; a correction is a new assessment
// with `vervangt`. No PUT, PATCH or DELETE is registered, so those answer 405 with Allow.
import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import {
  beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord, pagineringQuery,
} from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  BeoordelingCollectieSchema, BeoordelingSchema, BeoordelingVastgelegdSchema, BeoordelingVastleggenSchema, naarBeoordeling,
} from './beoordelingen.schemas.js';
import { leesBeoordeling, legBeoordelingVast, lijstBeoordelingen } from './beoordelingen.service.js';

const tags = ['Beoordelingen'];
const dossierParams = z.object({ dossierId: idParam('dossierId') });

const vastleggen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/beoordelingen', operationId: 'beoordelingVastleggen', tags, security: beveiligd,
  summary: 'Leg een beoordeling van de geringste aanwijzing vast (onveranderlijk; corrigeren met vervangt)',
  description: 'Leg de beoordeling van de geringste aanwijzing van mensenhandel vast: de drie elementen van art. 273f Sr (handeling, middel, oogmerk; bij een minderjarige is een middel niet nodig), het resultaat en bij niet_vastgesteld de redenen. Een beoordeling is onveranderlijk; corrigeren is een nieuwe beoordeling met vervangt. Vastgesteld maakt het dossier vermoedelijk_slachtoffer en meldt het aan bij CoMensha.',
  middleware: [autoriseer('beoordelingen.vastleggen'), idempotentie] as const,
  request: {
    params: dossierParams, headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: BeoordelingVastleggenSchema } } },
  },
  responses: {
    201: jsonAntwoord(BeoordelingVastgelegdSchema, 'Beoordeling vastgelegd, met de identificatiestatus van het dossier daarna.', headerDefinities.location),
    ...fouten(404, 409, 415, 422),
  },
});

const lijst = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/beoordelingen', operationId: 'beoordelingenOpvragen', tags, security: beveiligd,
  summary: 'De beoordelingen van een dossier, oudste eerst (op beoordelingsdatum, dan registratie)',
  description: 'De beoordelingen van de geringste aanwijzing van een dossier, oudste eerst (op beoordelingsdatum, dan registratie), met welke beoordeling welke vervangt.',
  middleware: [autoriseer('beoordelingen.lezen')] as const,
  request: { params: dossierParams, query: z.object(pagineringQuery) },
  responses: { 200: jsonAntwoord(BeoordelingCollectieSchema, 'Een pagina beoordelingen.', headerDefinities.link), ...fouten(404) },
});

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/beoordelingen/{beoordelingId}', operationId: 'beoordelingOpvragen', tags, security: beveiligd,
  summary: 'Eén beoordeling',
  description: 'Eén beoordeling van de geringste aanwijzing, met elementen, resultaat, redenen en een eventuele vervanging.',
  middleware: [autoriseer('beoordelingen.lezen')] as const,
  request: { params: dossierParams.extend({ beoordelingId: idParam('beoordelingId') }) },
  responses: { 200: jsonAntwoord(BeoordelingSchema, 'De beoordeling.'), ...fouten(404) },
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
