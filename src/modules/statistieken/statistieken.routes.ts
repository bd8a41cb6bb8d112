// GET /v1/statistieken: aggregates for analysts — counts only, never a dossier. Small counts are
// suppressed (fewer than 5: null), so a count cannot single out a person, with the monitor's rule
// (src/domain/onthulling.ts, docs/monitor.md): the values of one column add up to a total that other
// columns give away, so a column never has exactly one suppressed value — a second one is suppressed
// with it. Built on the pseudonymous facts that remain after erasure (issue 6), so statistics survive
// the retention job.
import { z } from '@hono/zod-openapi';
import { DREMPEL } from '../../domain/onthulling.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { statistieken } from './statistieken.service.js';

const Telling = z.object({
  waarde: z.string(),
  aantal: z.number().int().nullable().openapi({ description: `null: onderdrukt — minder dan ${DREMPEL}, of aanvullend onderdrukt zodat het totaal min de andere waarden er geen teruggeeft (docs/monitor.md).` }),
}).openapi('Telling');

const StatistiekenSchema = z.object({
  dossiers: z.object({
    identificatiestatus: z.array(Telling),
    nationaliteitCategorie: z.array(Telling),
    verblijfssituatie: z.array(Telling),
    leeftijdscategorie: z.array(Telling),
  }),
  bedenktijden: z.object({ status: z.array(Telling), beeindigingsreden: z.array(Telling), beleidsregel: z.array(Telling) }),
  verwijzingen: z.object({ doel: z.array(Telling), status: z.array(Telling) }),
}).openapi('Statistieken');

const route = beveiligdeRoutes('Statistieken');

const opvragen = route('get', '/statistieken', 'statistiekenOpvragen', 'statistieken.lezen', {
  summary: 'Landelijke tellingen, zonder dossiers en met onderdrukking van kleine aantallen',
  description: 'Voor analisten en de beheerder: landelijke tellingen van dossiers (identificatiestatus, nationaliteit, verblijf, leeftijd), bedenktijden en verwijzingen, zonder dossiergegevens. Aantallen onder de 5 worden onderdrukt (null), en zo nodig een tweede cel, zodat het totaal min de andere cellen er geen teruggeeft.',
  antwoorden: { 200: jsonAntwoord(StatistiekenSchema, 'De tellingen.') },
});

export const statistiekenRouter = createRouter().openapi(opvragen, async (c) => c.json(await statistieken(useCaseContext(c)), 200));
