import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, idParam, jsonAntwoord, pagineringQuery } from '../../http/openapi.js';
import { cursorDeel, decodeCursor, encodeCursor, pagina, tupel, zetVolgendePagina } from '../../http/paginering.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import {
  AanbiedingSchema, BedenktijdCollectieSchema, BedenktijdSchema, BeeindigingSchema, naarBedenktijd, ReactieSchema,
  SignaleringSchema, WerklijstQuery, type BedenktijdMetNummer, type BedenktijdRij,
} from './bedenktijden.schemas.js';
import {
  bedenktijdenVanDossier, beeindigBedenktijd, biedBedenktijdAan, leesBedenktijd, legReactieVast, metDossiernummer, nietAangebodenSignaleringen,
  werklijst, werklijstCursor,
} from './bedenktijden.service.js';
import type { UseCaseContext } from '../../context.js';
import { amsterdamseDatum } from '../../domain/kalender.js';

const route = beveiligdeRoutes('Bedenktijden');
const bedenktijdParams = z.object({ bedenktijdId: idParam('bedenktijdId') });

const aanbieden = route('post', '/dossiers/{dossierId}/bedenktijden', 'bedenktijdAanbieden', 'bedenktijden.aanbieden', {
  summary: 'Bied de B8/3-bedenktijd aan (politie of KMar)',
  description: 'Vereist een vastgestelde geringste aanwijzing (beoordelingId) of een open NLA-advies (adviesId), en een persoon die in aanmerking komt (B8/3 Vc 2000: een vreemdeling zonder duurzaam verblijf; geen Nederlander of EU-burger met Unierechtelijke aanspraken).',
  params: dossierParams, body: AanbiedingSchema, fouten: [409, 422],
  antwoorden: { 201: jsonAntwoord(BedenktijdSchema, 'Aangeboden.', headerDefinities.location) },
});

const vanDossier = route('get', '/dossiers/{dossierId}/bedenktijden', 'bedenktijdenVanDossier', 'bedenktijden.lezen', {
  summary: 'Alle bedenktijden van een dossier, oudste eerst',
  description: 'Alle bedenktijden van een dossier, oudste eerst, met status, ingangsdatum, uiterlijke einddatum, beleidsregel en dagenResterend.',
  params: dossierParams, antwoorden: { 200: jsonAntwoord(BedenktijdCollectieSchema, 'De bedenktijden.') },
});

const lijst = route('get', '/bedenktijden', 'bedenktijdenWerklijst', 'bedenktijden.lezen', {
  summary: 'Werklijst: bedenktijden binnen uw dossiers, op uiterlijke einddatum',
  description: 'Werklijst van bedenktijden in de dossiers waartoe uw organisatie toegang heeft, op uiterlijke einddatum (eerst aflopend eerst); filter op status en op de einddatum.',
  query: WerklijstQuery.extend(pagineringQuery), antwoorden: { 200: jsonAntwoord(BedenktijdCollectieSchema, 'Een pagina bedenktijden.', headerDefinities.link) },
});

const lezen = route('get', '/bedenktijden/{bedenktijdId}', 'bedenktijdOpvragen', 'bedenktijden.lezen', {
  summary: 'Eén bedenktijd',
  description: 'Eén bedenktijd met status, ingangsdatum, uiterlijke einddatum, de beleidsregel waarmee die is berekend en dagenResterend.',
  params: bedenktijdParams, antwoorden: { 200: jsonAntwoord(BedenktijdSchema, 'De bedenktijd.') },
});

const reactie = route('post', '/bedenktijden/{bedenktijdId}/reactie', 'bedenktijdReactieVastleggen', 'bedenktijden.reactie', {
  summary: 'Leg de reactie van het slachtoffer vast; aanvaarding verleent de bedenktijd',
  description: 'Bij aanvaard: ingangsdatum = datum, uiterlijkeEinddatum volgens de geldende beleidsregel, en een M55-kennisgeving aan IND (en COA voor asielzoekers en Dublinclaimanten).',
  params: bedenktijdParams, body: ReactieSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(BedenktijdSchema, 'De bedenktijd na de reactie.') },
});

const beeindiging = route('post', '/bedenktijden/{bedenktijdId}/beeindiging', 'bedenktijdBeeindigen', 'bedenktijden.beeindigen', {
  summary: 'Beëindig een lopende bedenktijd vroegtijdig',
  description: 'Redenen volgens B8/3.1 Vc 2000; vertrek met onbekende bestemming alleen door politie of KMar.',
  params: bedenktijdParams, body: BeeindigingSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(BedenktijdSchema, 'De beëindigde bedenktijd.') },
});

const SignaleringCollectieSchema = z.object({ signaleringen: z.array(SignaleringSchema) }).openapi('BedenktijdSignaleringCollectie');
const signaleringen = route('get', '/bedenktijd-signaleringen', 'bedenktijdSignaleringenOpvragen', 'bedenktijdsignaleringen.lezen', {
  summary: 'Dossiers met een vastgestelde geringste aanwijzing zonder aanbod van de bedenktijd, oudste eerst',
  description: 'Signaleringslijst voor intakers: dossiers van uw organisatie met een vastgestelde geringste aanwijzing waarin de bedenktijd na het ingestelde aantal dagen nog niet is aangeboden, oudste eerst.',
  query: z.object(pagineringQuery), antwoorden: { 200: jsonAntwoord(SignaleringCollectieSchema, 'De signaleringen, oudste eerst.', headerDefinities.link) },
});

const isCursor = tupel<[string, string]>(cursorDeel.datum, cursorDeel.uuid);

/** The answer for bedenktijden as the use cases return them: with the dossier's number and the days left today. */
async function weergave(ctx: UseCaseContext, rijen: Array<BedenktijdRij & { dossiernummer?: string }>) {
  const vandaag = amsterdamseDatum(ctx.clock.now());
  const metNummer = rijen.every((r) => r.dossiernummer) ? rijen as BedenktijdMetNummer[] : await metDossiernummer(ctx.db, rijen);
  return metNummer.map((r) => naarBedenktijd(r, vandaag));
}

export const bedenktijdenRouter = createRouter()
  .openapi(aanbieden, async (c) => {
    const ctx = useCaseContext(c);
    const b = await biedBedenktijdAan(ctx, c.req.valid('param').dossierId, c.req.valid('json'));
    return c.json((await weergave(ctx, [b]))[0]!, 201, { Location: `/v1/bedenktijden/${b.id}` });
  })
  .openapi(vanDossier, async (c) => {
    const ctx = useCaseContext(c);
    return c.json({ bedenktijden: await weergave(ctx, await bedenktijdenVanDossier(ctx, c.req.valid('param').dossierId)) }, 200);
  })
  .openapi(lijst, async (c) => {
    const ctx = useCaseContext(c);
    const { cursor, limit, ...filters } = c.req.valid('query');
    const { items, laatste } = pagina(await werklijst(ctx, filters, limit, decodeCursor(c, cursor, isCursor)), limit);
    zetVolgendePagina(c, laatste && encodeCursor(c, werklijstCursor(laatste)));
    return c.json({ bedenktijden: await weergave(ctx, items) }, 200);
  })
  .openapi(lezen, async (c) => {
    const ctx = useCaseContext(c);
    return c.json((await weergave(ctx, [await leesBedenktijd(ctx, c.req.valid('param').bedenktijdId)]))[0]!, 200);
  })
  .openapi(reactie, async (c) => {
    const ctx = useCaseContext(c);
    return c.json((await weergave(ctx, [await legReactieVast(ctx, c.req.valid('param').bedenktijdId, c.req.valid('json'))]))[0]!, 200);
  })
  .openapi(beeindiging, async (c) => {
    const ctx = useCaseContext(c);
    return c.json((await weergave(ctx, [await beeindigBedenktijd(ctx, c.req.valid('param').bedenktijdId, c.req.valid('json'))]))[0]!, 200);
  })
  .openapi(signaleringen, async (c) => {
    const { cursor, limit } = c.req.valid('query');
    const { signaleringen: lijst, volgende } = await nietAangebodenSignaleringen(useCaseContext(c), limit, decodeCursor(c, cursor, isCursor));
    zetVolgendePagina(c, volgende && encodeCursor(c, volgende));
    return c.json({ signaleringen: lijst }, 200);
  });
