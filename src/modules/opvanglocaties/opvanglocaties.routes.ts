// Shelter locations (docs/beslissingen/0017-verwijzing-en-opvang.md): name, kind and capacity; occupancy and free places derived.
import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  naarOpvanglocatie, OpvanglocatieAanmakenSchema, OpvanglocatieCollectieSchema, OpvanglocatieListQuery,
  OpvanglocatieSchema, OpvanglocatieWijzigenSchema,
} from './opvanglocaties.schemas.js';
import { leesOpvanglocatie, lijstOpvanglocaties, maakOpvanglocatie, wijzigOpvanglocatie } from './opvanglocaties.service.js';

const route = beveiligdeRoutes('Opvang');
const locatieParams = z.object({ opvanglocatieId: idParam('opvanglocatieId') });

const aanmaken = route('post', '/opvanglocaties', 'opvanglocatieAanmaken', 'opvanglocaties.beheren', {
  summary: 'Voeg een opvanglocatie toe (beheerder, of de opvangorganisatie zelf)',
  description: 'Een beheerder geeft organisatieId op (een opvangorganisatie); een opvangmedewerker maakt alleen locaties voor de eigen organisatie (anders 403).',
  body: OpvanglocatieAanmakenSchema, fouten: [422],
  antwoorden: { 201: jsonAntwoord(OpvanglocatieSchema, 'Opvanglocatie aangemaakt.', headerDefinities.location) },
});

const lijst = route('get', '/opvanglocaties', 'opvanglocatiesOpvragen', 'opvanglocaties.lezen', {
  summary: 'Opvanglocaties met bezetting en vrije plaatsen, op naam',
  description: 'Alle opvanglocaties, op naam; bezetting is het aantal lopende plaatsingen, vrijePlaatsen is capaciteit min bezetting.',
  query: OpvanglocatieListQuery.extend(pagineringQuery),
  antwoorden: { 200: jsonAntwoord(OpvanglocatieCollectieSchema, 'Een pagina opvanglocaties.', headerDefinities.link) },
});

const lezen = route('get', '/opvanglocaties/{opvanglocatieId}', 'opvanglocatieOpvragen', 'opvanglocaties.lezen', {
  summary: 'Eén opvanglocatie',
  description: 'Met bezetting en vrije plaatsen.',
  params: locatieParams, antwoorden: { 200: jsonAntwoord(OpvanglocatieSchema, 'De opvanglocatie.') },
});

const wijzigen = route('patch', '/opvanglocaties/{opvanglocatieId}', 'opvanglocatieWijzigen', 'opvanglocaties.beheren', {
  summary: 'Wijzig naam, soort of capaciteit (niet onder de bezetting)',
  description: 'Door een beheerder of de eigen opvangorganisatie (anders 403). De capaciteit kan niet lager dan de huidige bezetting (409).',
  params: locatieParams, body: OpvanglocatieWijzigenSchema, fouten: [409],
  antwoorden: { 200: jsonAntwoord(OpvanglocatieSchema, 'De gewijzigde opvanglocatie.') },
});

const isCursor = tupel<[string, string]>(cursorDeel.tekst(200), cursorDeel.uuid);

export const opvanglocatiesRouter = createRouter()
  .openapi(aanmaken, async (c) => {
    const { locatie, bezetting } = await maakOpvanglocatie(useCaseContext(c), c.req.valid('json'));
    return c.json(naarOpvanglocatie(locatie, bezetting), 201, { Location: `/v1/opvanglocaties/${locatie.id}` });
  })
  .openapi(lijst, async (c) => {
    const { cursor, limit, ...filters } = c.req.valid('query');
    const rijen = await lijstOpvanglocaties(useCaseContext(c), filters, limit, decodeCursor(c, cursor, isCursor));
    const { items, laatste } = pagina(rijen, limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, [laatste.locatie.naam, laatste.locatie.id]));
    return c.json({ opvanglocaties: items.map((r) => naarOpvanglocatie(r.locatie, r.bezetting)) }, 200);
  })
  .openapi(lezen, async (c) => {
    const { locatie, bezetting } = await leesOpvanglocatie(useCaseContext(c), c.req.valid('param').opvanglocatieId);
    return c.json(naarOpvanglocatie(locatie, bezetting), 200);
  })
  .openapi(wijzigen, async (c) => {
    const { locatie, bezetting } = await wijzigOpvanglocatie(useCaseContext(c), c.req.valid('param').opvanglocatieId, c.req.valid('json'));
    return c.json(naarOpvanglocatie(locatie, bezetting), 200);
  });
