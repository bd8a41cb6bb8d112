// GET /v1/dossiers/{dossierId}/tijdlijn — all tracks of a dossier in date order (issue 5).
import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { beveiligd, fouten, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { TijdlijnSchema } from './tijdlijn.schemas.js';
import { tijdlijn, type TijdlijnCursor } from './tijdlijn.service.js';

const lezen = createRoute({
  method: 'get', path: '/dossiers/{dossierId}/tijdlijn', operationId: 'tijdlijnOpvragen', tags: ['Tijdlijn'], security: beveiligd,
  summary: 'De tijdlijn van een dossier: slachtoffer-, strafrechtelijk, verblijfs- en zorgspoor in datumvolgorde',
  description: 'Op datum, dan op registratiemoment. Elk item noemt spoor, soort, datum, organisatie en een Nederlandse omschrijving zonder persoonsgegevens. Een spoor verschijnt alleen voor rollen die dat spoor mogen lezen.',
  middleware: [autoriseer('tijdlijn.lezen')] as const,
  request: { params: z.object({ dossierId: idParam('dossierId') }), query: z.object(pagineringQuery) },
  responses: { 200: jsonAntwoord(TijdlijnSchema, 'Een pagina van de tijdlijn, oudste eerst.', headerDefinities.link), ...fouten(404) },
});

const isCursor = tupel<TijdlijnCursor>(
  cursorDeel.datum, cursorDeel.moment, (v): v is number => typeof v === 'number' && Number.isInteger(v), cursorDeel.uuid, cursorDeel.tekst(50),
);

export const tijdlijnRouter = createRouter()
  .openapi(lezen, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const rijen = await tijdlijn(useCaseContext(c), c.req.valid('param').dossierId, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, laatste.sleutel));
    return c.json({ tijdlijn: items.map((r) => r.item) }, 200);
  });
