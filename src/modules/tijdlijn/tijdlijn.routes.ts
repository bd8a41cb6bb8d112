// GET /v1/dossiers/{dossierId}/tijdlijn — all tracks of a dossier in date order (issue 5).
import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { TijdlijnSchema } from './tijdlijn.schemas.js';
import { tijdlijn, type TijdlijnCursor } from './tijdlijn.service.js';

const route = beveiligdeRoutes('Tijdlijn');

const lezen = route('get', '/dossiers/{dossierId}/tijdlijn', 'tijdlijnOpvragen', 'tijdlijn.lezen', {
  summary: 'De tijdlijn van een dossier: slachtoffer-, strafrechtelijk, verblijfs- en zorgspoor in datumvolgorde',
  description: 'Op datum, dan op registratiemoment. Elk item noemt spoor, soort, datum, organisatie en een Nederlandse omschrijving zonder persoonsgegevens. Een spoor verschijnt alleen voor rollen die dat spoor mogen lezen.',
  params: dossierParams, query: z.object(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(TijdlijnSchema, 'Een pagina van de tijdlijn, oudste eerst.', headerDefinities.link) },
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
