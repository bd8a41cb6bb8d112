// createApp(deps): middleware, routes, errors and the OpenAPI document (docs/architectuur.md §1; README.md "HTTP conventions").
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { API_VERSION } from './config.js';
import type { AppDeps, AppEnv } from './context.js';
import { anoniemExpliciet, headerDefinities, voegHeadersToe, zonderLosseNullable, zonderStandaardwaarden } from './http/openapi.js';
import { voegVoorbeeldenToe } from './http/voorbeelden.js';
import { lastbegrenzing } from './http/lastbegrenzing.js';
import { Probleem, problemen, problemResponse, toProbleem } from './http/problem.js';
import { requestId, standaardheaders, verzoeklog } from './http/standaardheaders.js';
import { auditregelsRouter } from './modules/auditregels/auditregels.routes.js';
import { bedenktijdAdviezenRouter } from './modules/bedenktijd-adviezen/bedenktijd-adviezen.routes.js';
import { bedenktijdenRouter } from './modules/bedenktijden/bedenktijden.routes.js';
import { beoordelingenRouter } from './modules/beoordelingen/beoordelingen.routes.js';
import { catalogusRouter } from './modules/catalogus/catalogus.routes.js';
import { dossiersRouter } from './modules/dossiers/dossiers.routes.js';
import { samenvoegingRouter } from './modules/dossiers/samenvoeging.routes.js';
import { kennisgevingenRouter } from './modules/kennisgevingen/kennisgevingen.routes.js';
import { organisatiesRouter } from './modules/organisaties/organisaties.routes.js';
import { persoonsgegevensRouter } from './modules/persoonsgegevens/persoonsgegevens.routes.js';
import { signalenRouter } from './modules/signalen/signalen.routes.js';
import { strafrechtelijkeGebeurtenissenRouter } from './modules/strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.routes.js';
import { verblijfsbesluitenRouter } from './modules/verblijfsbesluiten/verblijfsbesluiten.routes.js';
import { tijdlijnRouter } from './modules/tijdlijn/tijdlijn.routes.js';
import { verwijzingenRouter } from './modules/verwijzingen/verwijzingen.routes.js';
import { opvanglocatiesRouter } from './modules/opvanglocaties/opvanglocaties.routes.js';
import { plaatsingenRouter } from './modules/plaatsingen/plaatsingen.routes.js';
import { zorgoverzichtRouter } from './modules/zorgoverzicht/zorgoverzicht.routes.js';
import { abonnementenRouter } from './modules/abonnementen/abonnementen.routes.js';
import { verwerkingenRouter } from './modules/verwerkingen/verwerkingen.routes.js';
import { verwerkingslog } from './privacy/verwerkingslog.js';
import { veiligeFoutmelding } from './observability/foutmelding.js';
import { statistiekenRouter } from './modules/statistieken/statistieken.routes.js';
import { monitorRouter } from './modules/monitor/monitor.routes.js';
import { systeemRouter } from './modules/systeem/systeem.routes.js';
import { isPaginaVerzoek, maakWebRouter, paginaFout } from './web/web.js';
import { documentatieRouter } from './modules/documentatie/documentatie.routes.js';
import { foutenRouter } from './modules/fouten/fouten.routes.js';

// Validation messages in Dutch: the users are Dutch agencies.
z.config(z.locales.nl());

const MAX_BODY_BYTES = 1024 * 1024;

/** Every resource router, mounted under /v1. A new resource adds one line here. */
export const resourceRouters = [
  catalogusRouter, organisatiesRouter, dossiersRouter, samenvoegingRouter, persoonsgegevensRouter, signalenRouter,
  beoordelingenRouter, bedenktijdAdviezenRouter, bedenktijdenRouter, strafrechtelijkeGebeurtenissenRouter,
  verblijfsbesluitenRouter, tijdlijnRouter, verwijzingenRouter, opvanglocatiesRouter, plaatsingenRouter, zorgoverzichtRouter,
  kennisgevingenRouter, abonnementenRouter, auditregelsRouter, verwerkingenRouter, statistiekenRouter,
  monitorRouter, foutenRouter,
];

// The document lists itself (ADR /core/publish-openapi): anonymous, CORS *.
const openApiRoute = createRoute({
  method: 'get', path: '/openapi.json', operationId: 'openapiOpvragen', tags: ['API'],
  summary: 'Dit OpenAPI-document (OpenAPI 3.0.3)',
  description: 'Dit document, zonder sleutel en met CORS voor elke origin, zodat een client er code uit kan genereren. De foutcodes staan in het schema Probleem en op GET /v1/fouten.',
  responses: {
    200: {
      description: 'Het OpenAPI-document.',
      headers: {
        ...headerDefinities.apiVersion,
        'access-control-allow-origin': { description: 'Altijd *.', schema: { type: 'string' as const, example: '*' } },
      },
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
  },
});

export function openApiDocument(v1: OpenAPIHono<AppEnv>, publicBaseUrl?: string) {
  v1.openAPIRegistry.registerComponent('securitySchemes', 'apiSleutel', {
    type: 'http', scheme: 'bearer', description: 'API-sleutel van uw organisatie en rol (Authorization: Bearer <sleutel>).',
  });
  v1.openAPIRegistry.registerComponent('securitySchemes', 'oauth2Jwt', {
    type: 'http', scheme: 'bearer', bearerFormat: 'JWT',
    description: 'OAuth 2.0-access token (JWT, RFC 9068) van een uitgever die de service vertrouwt (OAUTH_ISSUERS, sleutels via OAUTH_JWKS_URL, audience OAUTH_AUDIENCE); '
      + 'de claims noemen organisatie en rol (zie SECURITY.md). Authorization: Bearer <token>.',
  });
  const document = v1.getOpenAPIDocument({
    openapi: '3.0.3',
    info: {
      title: 'NRM — nationaal verwijsmechanisme mensenhandel',
      version: API_VERSION,
      description: 'Registratie van mogelijke slachtoffers van mensenhandel, de beoordeling van de geringste aanwijzing, de B8/3-bedenktijd, M55-kennisgevingen aan IND en COA, verwijzingen en opvang — los van de strafzaak.',
      contact: { name: 'NRM-team', url: 'https://github.com/nrm-service/nrm-service', email: 'nrm-team@example.org' },
      license: { name: 'EUPL-1.2', url: 'https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj' },
    },
    servers: [{ url: `${publicBaseUrl ?? ''}/v1`, description: 'Deze omgeving' }],
    tags: [
      { name: 'API', description: 'Het API-document zelf.' },
      { name: 'Catalogus', description: 'Waardelijsten met Nederlandse labels.' },
      { name: 'Organisaties', description: 'Deelnemende organisaties.' },
      { name: 'Dossiers', description: 'Mogelijke slachtoffers (pseudoniem).' },
      { name: 'Persoonsgegevens', description: 'Identiteit, apart opgeslagen; elke inzage wordt gelogd.' },
      { name: 'Signalen', description: 'Signalen van mensenhandel.' },
      { name: 'Beoordelingen', description: 'Beoordeling van de geringste aanwijzing.' },
      { name: 'Bedenktijden', description: 'B8/3-bedenktijd: advies, aanbod, reactie, einde, werklijst.' },
      { name: 'Strafrecht', description: 'Strafrechtelijk spoor (aangifte, OM-beslissingen), los van de identificatie.' },
      { name: 'Verblijf', description: 'Verblijfsspoor: IND-besluiten, vergunningen, schrijnend pad.' },
      { name: 'Tijdlijn', description: 'Alle sporen van een dossier in datumvolgorde.' },
      { name: 'Verwijzingen', description: 'Verwijzingen naar opvang en zorg.' },
      { name: 'Opvang', description: 'Opvanglocaties, plaatsingen en het overzicht van de zorgcoördinator.' },
      { name: 'Abonnementen', description: 'Webhooks (CloudEvents) voor kennisgevingen.' },
      { name: 'Kennisgevingen', description: 'Feed van kennisgevingen per ontvangende organisatie.' },
      { name: 'Statistieken', description: 'Landelijke tellingen voor analisten.' },
      { name: 'Monitor', description: 'Opvolgingstrechters en doorlooptijden voor de Nationaal Rapporteur en analisten, met onthullingsbeheersing: kleine aantallen die naar een persoon kunnen herleiden worden onderdrukt, ook via totalen en gekoppelde tabellen.' },
      { name: 'Audit', description: 'Audittrail met hashketen.' },
    ],
  });
  voegVoorbeeldenToe(document as never);
  voegHeadersToe(document as never);
  zonderStandaardwaarden(document as never);
  anoniemExpliciet(document as never);
  zonderLosseNullable(document);
  return document;
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => { c.set('deps', deps); await next(); });
  app.use('*', requestId, standaardheaders, verzoeklog);
  // Shutting down (src/afsluiten.ts): requests that arrive now are refused without touching the
  // database, so the ones already running can finish; the client retries on another instance.
  app.use('*', async (c, next) => {
    if (deps.afsluiten?.bezig) {
      throw problemen.nietBeschikbaar('Deze instantie van de service stopt. Probeer het zo opnieuw.', 1, { Connection: 'close' });
    }
    await next();
  });
  // Load shedding (src/http/lastbegrenzing.ts): beyond MAX_VERZOEKEN_TEGELIJK requests in progress, 503 at once.
  app.use('*', lastbegrenzing(deps.config.MAX_VERZOEKEN_TEGELIJK));
  app.use('/v1/*', async (c, next) => {
    if (c.req.path === '/v1/openapi.json') return next();
    return cors({ origin: deps.config.CORS_ORIGINS, allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Request-Id'], exposeHeaders: ['API-Version', 'ETag', 'Location', 'Link', 'X-Request-Id', 'Retry-After', 'WWW-Authenticate', 'Allow', 'Idempotent-Replayed', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'] })(c, next);
  });
  app.use('/v1/*', verwerkingslog);
  app.use('*', bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw problemen.teGroot(`De body mag hoogstens ${MAX_BODY_BYTES} bytes zijn.`); } }));

  app.route('/', systeemRouter);

  const v1 = new OpenAPIHono<AppEnv>();
  for (const router of resourceRouters) v1.route('/', router);
  let document: unknown;
  v1.openapi(openApiRoute, (c) => {
    document ??= openApiDocument(v1, deps.config.PUBLIC_BASE_URL);
    return c.json(document as Record<string, never>, 200, { 'Access-Control-Allow-Origin': '*' });
  });
  v1.route('/', documentatieRouter);
  app.route('/v1', v1);
  // The web application for people: pages under /, the same use cases and permission matrix.
  app.route('/', maakWebRouter());

  app.notFound((c) => {
    if (isPaginaVerzoek(c)) return paginaFout(c as never, problemen.nietGevonden());
    const allow = toegestaneMethoden(app, c.req.path);
    return problemResponse(c, allow.length > 0 ? problemen.methodeNietToegestaan(allow) : problemen.nietGevonden('Deze URL bestaat niet. Zie /v1/openapi.json voor de beschikbare resources.'));
  });
  app.onError((err, c) => {
    if (isPaginaVerzoek(c)) {
      if (!toProbleem(err) && !(err instanceof Error && err.name === 'PaginaWeigering')) {
        deps.logger.error({ requestId: c.var.requestId, fout: veiligeFoutmelding(err) }, 'onverwachte fout');
      }
      return paginaFout(c as never, toProbleem(err) ?? err);
    }
    const probleem = toProbleem(err);
    if (probleem) return problemResponse(c, probleem);
    deps.logger.error({ requestId: c.var.requestId, fout: veiligeFoutmelding(err) }, 'onverwachte fout');
    return problemResponse(c, new Probleem(500, 'interne-fout', 'Interne fout', 'Er ging iets mis. Probeer het later opnieuw; noem de requestId als u contact opneemt.'));
  });
  return app;
}

/** Methods registered for a concrete path, for 405 + Allow (strict: a trailing slash matches nothing). */
function toegestaneMethoden(app: OpenAPIHono<AppEnv>, pad: string): string[] {
  const methoden = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || route.path.includes('*')) continue;
    const patroon = new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`);
    if (patroon.test(pad)) methoden.add(route.method);
  }
  if (methoden.has('GET')) methoden.add('HEAD');
  return [...methoden].sort();
}
