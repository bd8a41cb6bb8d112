// GET /v1/monitor/trechter and /v1/monitor/doorlooptijden (docs/monitor.md): aggregates for analysts,
// as JSON (easy to chart: one group per row of organisations, one figure per step) or CSV.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../../context.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { headerDefinities, ProbleemSchema } from '../../http/openapi.js';
import { Probleem } from '../../http/problem.js';
import { createRouter } from '../../http/router.js';
import { DoorlooptijdenSchema, MonitorQuery, TrechterSchema, type Doorlooptijden, type Trechter } from './monitor.schemas.js';
import { doorlooptijden, trechter } from './monitor.service.js';
import { doorlooptijdenCsv, kiesFormaat, trechterCsv } from './monitor.csv.js';

const antwoord = (schema: z.ZodType, beschrijving: string) => ({
  description: beschrijving,
  headers: headerDefinities.geauthenticeerd,
  content: {
    'application/json': { schema },
    'text/csv': { schema: z.string().openapi({ description: 'Dezelfde cijfers als tabel: één regel per groep en stap (RFC 4180, UTF-8).' }) },
  },
});

const nietAanvaardbaar = {
  406: { description: 'Gevraagde weergave (Accept) niet beschikbaar: kies application/json of text/csv.', headers: headerDefinities.geauthenticeerd, content: { 'application/problem+json': { schema: ProbleemSchema } } },
};

const route = beveiligdeRoutes('Monitor');

const trechterRoute = route('get', '/monitor/trechter', 'monitorTrechterOpvragen', 'monitor.lezen', {
  summary: 'Opvolgingstrechter per organisatietype en organisatie, met noemers en onthullingsbeheersing',
  description: 'Per stap (signaal → beoordeling → informatief gesprek → vastgesteld → aanbod → reactie → aangifte → opsporingsonderzoek → beslissingen OM) het aantal dossiers, de stap die de noemer is en die noemer. '
    + 'Kleine aantallen (1–4) zijn onderdrukt, met aanvullende onderdrukking zodat geen som of verschil van gepubliceerde cijfers — over organisaties, filterwaarden of perioden — ze teruggeeft (docs/monitor.md). Nooit een dossier.',
  query: MonitorQuery, antwoorden: { 200: antwoord(TrechterSchema, 'De trechter.'), ...nietAanvaardbaar },
});

const doorlooptijdenRoute = route('get', '/monitor/doorlooptijden', 'monitorDoorlooptijdenOpvragen', 'monitor.lezen', {
  summary: 'Tijd tussen stappen (mediaan en 90e percentiel), niet-tijdig aangeboden bedenktijden en einde per reden',
  description: 'Mediaan en 90e percentiel in dagen van signaal → beoordeling, vaststelling → aanbod, verwijzing → antwoord en verwijzing → plaatsing, alleen naast een gepubliceerd aantal van ten minste 5. '
    + 'Daarnaast de aantallen aanbiedbaar, niet tijdig aangeboden (na BEDENKTIJD_SIGNALERING_DAGEN), verwezen, beantwoord, geplaatst, en bedenktijden beëindigd per reden of verlopen.',
  query: MonitorQuery, antwoorden: { 200: antwoord(DoorlooptijdenSchema, 'De doorlooptijden.'), ...nietAanvaardbaar },
});

function lever<T>(c: Context<AppEnv>, formaat: 'json' | 'csv' | undefined, data: T, csv: (d: T) => string, naam: string) {
  const gekozen = formaat ?? kiesFormaat(c.req.header('accept'));
  if (!gekozen) throw new Probleem(406, 'niet-aanvaardbaar', 'Weergave niet beschikbaar', 'De monitor is beschikbaar als application/json en text/csv (of kies met ?formaat=json|csv).');
  if (gekozen === 'csv') {
    return c.body(csv(data), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${naam}.csv"` });
  }
  return c.json(data, 200);
}

export const monitorRouter = createRouter()
  .openapi(trechterRoute, async (c) => {
    const q = c.req.valid('query');
    return lever<Trechter>(c, q.formaat, await trechter(c.var.deps, q), trechterCsv, 'trechter') as never;
  })
  .openapi(doorlooptijdenRoute, async (c) => {
    const q = c.req.valid('query');
    return lever<Doorlooptijden>(c, q.formaat, await doorlooptijden(c.var.deps, q), doorlooptijdenCsv, 'doorlooptijden') as never;
  });
