// The authorization matrix as a test (issue 6, item 1; docs/architectuur.md §3). GENERATED from the app itself:
// every (method, path) in app.routes with the permission its autoriseer(...) middleware carries, so a
// route added without a permission check fails this file. A fixture world built once through the real
// endpoints gives every path parameter a real id. Then:
//   - every route × every role (one demo key per role, of the organisation that owns the fixture)
//     is compared with the permission matrix: refused roles get exactly 403 problem details and
//     nothing is written; allowed roles get neither 401 nor 403 nor a 5xx;
//   - every route with a no key, a revoked key and an unknown key: 401 problem details;
//   - every route with an id, for every allowed role, called by an organisation that has no relation
//     with the fixture: 404 (never 200), nothing written — except the few documented global powers.
import { eq, sql } from 'drizzle-orm';
import { organisaties } from '../../src/db/schema.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/context.js';
import { rowsOf } from '../../src/db/client.js';
import { magUitvoeren, permissiematrix, rollenPerOrganisatieType, type Permissie } from '../../src/access/permissiematrix.js';
import { maakOrganisatie, maakSleutel, trekSleutelIn } from '../../src/beheer/beheer.js';
import { ROLLEN, type OrganisatieType, type Rol } from '../../src/domain/catalogus.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';
import { COOKIE_LOKAAL, csrfTokenVan, maakSessie } from '../../src/web/sessie/sessies.js';

// ---------------------------------------------------------------------------------------------
// 1. The route table, read from the app (the same createApp the server runs).
// ---------------------------------------------------------------------------------------------

/**
 * Routes that are public by design (README.md "HTTP conventions": the document and its docs; liveness/readiness;
 * the web application's sign-in and sign-out, which are how one gets or ends a session, and help).
 */
const PUBLIEK = new Set([
  'GET /v1/openapi.json', 'GET /v1/docs', 'GET /v1/docs/init.js', 'GET /v1/docs/swagger-ui.css', 'GET /v1/docs/swagger-ui-bundle.js', 'GET /v1/fouten', 'GET /v1/fouten/:code', 'GET /v1/kennisgevingen/schemas/:soort', 'GET /health', 'GET /ready',
  'GET /aanmelden', 'POST /aanmelden/demo', 'GET /aanmelden/oidc', 'GET /aanmelden/oidc/terug', 'POST /afmelden', 'GET /help',
]);

interface Route {
  methode: string;
  /** Hono path, e.g. /v1/dossiers/:dossierId */
  pad: string;
  /** Path as in the OpenAPI document, e.g. /v1/dossiers/{dossierId} (for test names). */
  naam: string;
  permissie: Permissie | null;
  params: string[];
  /** Position of the autoriseer middleware among this route's handlers (0 = first). */
  positie: number;
}

type HonoRoute = { method: string; path: string; handler: unknown };

function routetabel(routes: readonly HonoRoute[]): Route[] {
  const groepen = new Map<string, Route>();
  const aantallen = new Map<string, number>();
  for (const r of routes) {
    // Global middleware (app.use('*'), app.use('/v1/*')) is not a route.
    if (r.path.includes('*')) continue;
    const sleutel = `${r.method} ${r.path}`;
    const index = aantallen.get(sleutel) ?? 0;
    aantallen.set(sleutel, index + 1);
    let route = groepen.get(sleutel);
    if (!route) {
      const params = [...r.path.matchAll(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g)].map((m) => m[1]!);
      route = {
        methode: r.method, pad: r.path, naam: r.path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, '{$1}'),
        permissie: null, params, positie: -1,
      };
      groepen.set(sleutel, route);
    }
    const permissie = (r.handler as { permissie?: Permissie }).permissie;
    if (permissie) {
      if (route.permissie && route.permissie !== permissie) throw new Error(`${sleutel}: twee verschillende permissies (${route.permissie}, ${permissie})`);
      route.permissie = permissie;
      route.positie = index;
    }
  }
  return [...groepen.values()].sort((a, b) => a.naam.localeCompare(b.naam) || a.methode.localeCompare(b.methode));
}

// The table is read at collection time (for it.each) from an app built with the test configuration;
// the running test app's table is checked against it below. createApp only registers routes here.
const configuratie = parseConfig({ CORS_ORIGINS: 'https://nrm.example.org', RATE_LIMIT_PER_MINUUT: '1000000', RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: '1000000' });
const ROUTES = routetabel(createApp({
  config: configuratie, logger: { info() {}, warn() {}, error() {} }, ids: { uuid: () => crypto.randomUUID() }, clock: { now: () => new Date() },
} as unknown as AppDeps).routes);
const BEVEILIGD = ROUTES.filter((r) => !PUBLIEK.has(`${r.methode} ${r.pad}`));
/** The API (Bearer credentials) and the web pages (a session cookie): the same matrix, two ways in. */
const isApi = (r: Route) => r.pad === '/v1' || r.pad.startsWith('/v1/');
const BEVEILIGD_API = BEVEILIGD.filter(isApi);
const PAGINAS = BEVEILIGD.filter((r) => !isApi(r));
const MET_ID = BEVEILIGD_API.filter((r) => r.params.length > 0);
const routenaam = (r: Route) => `${r.methode} ${r.naam}`;
/** A route without a permission allows no role: its cases then fail with a clear message below. */
const mag = (rol: Rol, r: Route) => r.permissie !== null && magUitvoeren(rol, r.permissie);

// ---------------------------------------------------------------------------------------------
// 2. Who calls: one demo key per role, of the organisation that owns the fixture resources.
// ---------------------------------------------------------------------------------------------

/** For roles that exist in several organisation types: the type that normally owns the resources. */
const EIGENAAR_PER_ROL: Record<Rol, DemoCode> = {
  intaker: 'politie', officier: 'om', ind_medewerker: 'ind', coa_medewerker: 'coa', zorgcoordinator: 'zorg',
  opvangmedewerker: 'opvang', analist: 'politie', auditor: 'beheer', beheerder: 'beheer',
};
/** For the object-level test: a fresh organisation of this type, created after the fixture. */
const ANDER_TYPE_PER_ROL: Record<Rol, OrganisatieType> = {
  intaker: 'politie', officier: 'om', ind_medewerker: 'ind', coa_medewerker: 'coa', zorgcoordinator: 'zorg',
  opvangmedewerker: 'opvang', analist: 'politie', auditor: 'beheer', beheerder: 'beheer',
};

/**
 * Where a domain rule lets only one organisation type act (before any object is looked up), the
 * unrelated organisation of the object-level test is of that type: otherwise the rule's 403 would
 * hide whether the object-level check works.
 */
const ANDER_TYPE_PER_ROUTE: Record<string, Partial<Record<Rol, OrganisatieType>>> = {
  // Only an NLA intaker records a bedenktijd-advies (docs/beslissingen/0014-wie-biedt-aan.md).
  'POST /v1/dossiers/{dossierId}/bedenktijd-adviezen': { intaker: 'nla' },
};

/**
 * Allowed by the matrix, but refused by a rule about the caller's relation to an object it can see
 * (docs/beslissingen/0017-verwijzing-en-opvang.md: only the receiving organisation decides on or completes a referral, only the
 * referring one withdraws it). The fixture's referral was sent by the police intaker and received by
 * the shelter, so the police intaker — who sees it — gets this 403; it is not the matrix's 403.
 */
const DOMEIN_403: Array<{ route: string; rol: Rol; reden: string }> = [
  { route: 'POST /v1/verwijzingen/{verwijzingId}/afronding', rol: 'intaker', reden: 'Alleen de ontvangende organisatie rondt een verwijzing af; de politie is hier de verwijzer.' },
];

/**
 * Object-level exceptions: powers that are global by design, each with its reason. Everything else
 * with an id must answer 404 to an organisation without a relation to the object.
 */
const OBJECT_UITZONDERINGEN: Array<{ route: string; rol: Rol | '*'; verwacht: number | 'niet_uitvoeren'; reden: string }> = [
  { route: 'GET /v1/opvanglocaties/{opvanglocatieId}', rol: '*', verwacht: 200, reden: 'Opvanglocaties en hun vrije plaatsen zijn voor alle verwijzers zichtbaar (docs/beslissingen/0017-verwijzing-en-opvang.md: shelter capacity); geen dossiergegevens.' },
  { route: 'PATCH /v1/opvanglocaties/{opvanglocatieId}', rol: 'opvangmedewerker', verwacht: 403, reden: 'Het bestaan van een opvanglocatie is niet geheim; een andere opvangorganisatie krijgt 403 (alleen de eigen locaties beheren).' },
  { route: 'PATCH /v1/opvanglocaties/{opvanglocatieId}', rol: 'beheerder', verwacht: 200, reden: 'De beheerder beheert de locaties van elke opvangorganisatie (opvanglocaties.service.ts magBeheren).' },
  { route: 'GET /v1/kennisgevingen/{kennisgevingId}/afleveringen', rol: 'beheerder', verwacht: 200, reden: 'De beheerder ziet de aflevering van elke kennisgeving (afleveringen.service.ts), geen inhoud.' },
  { route: 'POST /v1/dossiers/{dossierId}/samenvoeging', rol: 'beheerder', verwacht: 422, reden: 'Samenvoegen is ook een bevoegdheid van de beheerder voor de hele dienst (met reden); het andere dossiernummer bestaat hier niet, dus 422 en niets geschreven.' },
  { route: 'POST /v1/dossiers/{dossierId}/wissing', rol: 'beheerder', verwacht: 'niet_uitvoeren', reden: 'Wissen (AVG art. 17) is een bevoegdheid van de beheerder voor de hele dienst, met vastgelegde grondslag (dossiers.service.ts wisDossierNu); uitvoeren zou de fixture wissen.' },
];
const uitzondering = (r: Route, rol: Rol) => OBJECT_UITZONDERINGEN.find((u) => u.route === routenaam(r) && (u.rol === '*' || u.rol === rol));

// ---------------------------------------------------------------------------------------------
// 3. The fixture world: one of every resource, through the real endpoints.
// ---------------------------------------------------------------------------------------------

let t: TestApp;
const VANDAAG = '2026-11-20';
const PG = { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] };
const VASTGESTELD = {
  beoordelingsdatum: VANDAAG, informatiefGesprek: { gevoerd: true, datum: VANDAAG }, elementen: { handeling: true, middel: true, oogmerk: true },
  indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
};
const SIGNAAL = { ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', uitbuitingsvormen: ['seksueel'], locatie: 'nederland' };

/** A real id for every path parameter name. */
const ids: Record<string, string> = {};
/** Keys: one per role of the owning organisation, and one per role of an unrelated organisation. */
const eigenaarSleutel = {} as Record<Rol, string>;
const anderSleutel = {} as Record<Rol, string>;
const anderSleutels: Record<string, string> = {};
let ingetrokkenSleutel: string;
let anderOpvanglocatieId: string;

async function ok(methode: string, pad: string, o: Parameters<TestApp['verzoek']>[2], status = 201): Promise<Antwoord> {
  const r = await t.verzoek(methode, pad, o);
  if (r.status !== status) throw new Error(`fixture: ${methode} ${pad} gaf ${r.status}: ${r.text}`);
  return r;
}

async function bouwFixture() {
  const politie = t.sleutel('politie', 'intaker');
  const opvang = t.sleutel('opvang', 'opvangmedewerker');
  const ind = t.sleutel('ind', 'ind_medewerker');
  // The dossier of an adult asylum seeker (so IND and COA are notified), with every track.
  const d = await ok('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } });
  ids.dossierId = d.body.id;
  const D = `/v1/dossiers/${ids.dossierId}`;
  await ok('PUT', `${D}/persoonsgegevens`, { sleutel: politie, body: PG });
  ids.signaalId = (await ok('POST', `${D}/signalen`, { sleutel: politie, body: SIGNAAL })).body.id;
  ids.beoordelingId = (await ok('POST', `${D}/beoordelingen`, { sleutel: politie, body: VASTGESTELD })).body.id;
  ids.bedenktijdId = (await ok('POST', `${D}/bedenktijden`, { sleutel: politie, body: { aanbiedingsdatum: VANDAAG, beoordelingId: ids.beoordelingId } })).body.id;
  await ok('POST', `/v1/bedenktijden/${ids.bedenktijdId}/reactie`, { sleutel: politie, body: { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: true } }, 200);
  ids.beroepId = (await ok('POST', `${D}/beroepen-b8-3`, { sleutel: politie, body: { datum: VANDAAG } })).body.id;
  // The aangifte ends the bedenktijd and gives the OM its reason to see the dossier.
  ids.gebeurtenisId = (await ok('POST', `${D}/strafrechtelijke-gebeurtenissen`, { sleutel: politie, body: { soort: 'aangifte', datum: VANDAAG } })).body.id;
  ids.verblijfsbesluitId = (await ok('POST', `${D}/verblijfsbesluiten`, { sleutel: ind, body: { soort: 'vertrekplicht_opgeschort', datum: VANDAAG } })).body.id;
  // Care: a shelter location, a COSM referral accepted by the shelter with a running placement, and
  // a referral to the care coordinator.
  ids.opvanglocatieId = (await ok('POST', '/v1/opvanglocaties', { sleutel: opvang, body: { naam: 'COSM Fixture', soort: 'cosm', capaciteit: 5 } })).body.id;
  ids.verwijzingId = (await ok('POST', `${D}/verwijzingen`, {
    sleutel: politie, body: { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Onderdak nodig.', urgentie: 'hoog', toestemming: 'ja' },
  })).body.id;
  await ok('POST', `/v1/verwijzingen/${ids.verwijzingId}/besluit`, { sleutel: opvang, body: { besluit: 'aanvaard' } }, 200);
  ids.plaatsingId = (await ok('POST', `/v1/verwijzingen/${ids.verwijzingId}/plaatsingen`, { sleutel: opvang, body: { opvanglocatieId: ids.opvanglocatieId, startdatum: VANDAAG } })).body.id;
  await ok('POST', `${D}/verwijzingen`, {
    sleutel: politie, body: { doel: 'zorgcoordinator', ontvangendeOrganisatieId: t.organisatieIds.zorg, reden: 'Zorgcoördinatie.', urgentie: 'normaal', toestemming: 'ja' },
  });
  // Notifications and a webhook subscription of the IND.
  const feed = await ok('GET', '/v1/kennisgevingen?soort=m55_bedenktijd', { sleutel: ind }, 200);
  ids.kennisgevingId = feed.body.kennisgevingen.find((k: { dossierId: string }) => k.dossierId === ids.dossierId).id;
  ids.abonnementId = (await ok('POST', '/v1/abonnementen', { sleutel: ind, body: { callbackUrl: 'https://ontvanger.ind.example.nl/nrm', soorten: ['m55_bedenktijd'] } })).body.id;

  for (const rol of ROLLEN) eigenaarSleutel[rol] = t.sleutel(EIGENAAR_PER_ROL[rol], rol);

  // Unrelated organisations, created only now so no notification of the fixture reached them.
  const perType = new Map<OrganisatieType, string>();
  const paren = [
    ...ROLLEN.map((rol) => [rol, ANDER_TYPE_PER_ROL[rol]] as const),
    ...Object.values(ANDER_TYPE_PER_ROUTE).flatMap((o) => Object.entries(o) as Array<[Rol, OrganisatieType]>),
  ];
  for (const [rol, type] of paren) {
    let organisatieId = perType.get(type);
    if (!organisatieId) {
      organisatieId = (await maakOrganisatie(t.deps, `Ander (${type})`, type)).id;
      perType.set(type, organisatieId);
    }
    anderSleutels[`${type}/${rol}`] ??= (await maakSleutel(t.deps, organisatieId, rol, 'autorisatiematrix')).sleutel;
  }
  for (const rol of ROLLEN) anderSleutel[rol] = anderSleutels[`${ANDER_TYPE_PER_ROL[rol]}/${rol}`]!;
  anderOpvanglocatieId = (await ok('POST', '/v1/opvanglocaties', { sleutel: anderSleutel.opvangmedewerker, body: { naam: 'Andere opvang', soort: 'algemeen', capaciteit: 3 } })).body.id;

  const ingetrokken = await maakSleutel(t.deps, t.organisatieIds.politie, 'intaker', 'wordt ingetrokken');
  expect(await trekSleutelIn(t.deps, ingetrokken.id)).toBe(true);
  ingetrokkenSleutel = ingetrokken.sleutel;
}

/** Required query parameters (the route answers 400 without them). */
const VERPLICHTE_QUERY: Record<string, () => string> = {
  'GET /v1/verwerkingen': () => `?dossierId=${ids.dossierId}`,
};

/** The concrete URL of a route, with a real id for every path parameter. Unknown names fail loudly. */
function url(r: Route): string {
  return pad(r) + (VERPLICHTE_QUERY[routenaam(r)]?.() ?? '');
}
function pad(r: Route): string {
  return r.pad.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?/g, (_, naam: string) => {
    const id = ids[naam];
    if (!id) throw new Error(`Onbekende padparameter {${naam}} in ${routenaam(r)}: maak dit object aan in bouwFixture() (autorisatiematrix.test.ts).`);
    return id;
  });
}

/**
 * A valid body per write route with an id, for the object-level test: the request must pass
 * validation, so that only the object-level check can stop it. A new write route needs an entry.
 */
const GELDIGE_BODY: Record<string, (rol: Rol) => unknown> = {
  'PATCH /v1/dossiers/{dossierId}': () => ({ verblijfssituatie: 'asielzoeker' }),
  'POST /v1/dossiers/{dossierId}/sluiting': () => ({ reden: 'Hulp afgerond.' }),
  'POST /v1/dossiers/{dossierId}/heropening': () => ({ reden: 'Nieuw signaal.' }),
  'POST /v1/dossiers/{dossierId}/samenvoeging': () => ({ dossiernummer: 'NRM-2026-999999', reden: 'Dezelfde persoon.' }),
  // Without matching knowledge of the person the dossier does not exist for the caller (404).
  'POST /v1/dossiers/{dossierId}/aansluiting': () => ({ persoon: { vreemdelingennummer: '0000000001' }, reden: 'Zelfde persoon.', signaal: SIGNAAL }),
  'POST /v1/dossiers/{dossierId}/wissing': () => ({ grondslag: 'avg_art_17_verzoek', toelichting: 'verzoek 2026-17' }),
  'PUT /v1/dossiers/{dossierId}/persoonsgegevens': () => PG,
  'POST /v1/dossiers/{dossierId}/signalen': () => SIGNAAL,
  'POST /v1/dossiers/{dossierId}/signalen/{signaalId}/opvolging': () => ({ uitkomst: 'weegtafel' }),
  'POST /v1/dossiers/{dossierId}/beoordelingen': () => VASTGESTELD,
  'POST /v1/dossiers/{dossierId}/bedenktijd-adviezen': () => ({ beoordelingId: ids.beoordelingId, ontvangendeOrganisatieId: t.organisatieIds.politie, toelichting: null }),
  'POST /v1/dossiers/{dossierId}/bedenktijden': () => ({ aanbiedingsdatum: VANDAAG, beoordelingId: ids.beoordelingId }),
  'POST /v1/bedenktijden/{bedenktijdId}/reactie': () => ({ reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: true }),
  'POST /v1/bedenktijden/{bedenktijdId}/beeindiging': () => ({ reden: 'afzien_medewerking', datum: VANDAAG, toelichting: 'Ziet af.' }),
  'POST /v1/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen': (rol) => (rol === 'officier' ? { soort: 'opsporingsonderzoek_gestart', datum: VANDAAG } : { soort: 'afzien_aangifte', datum: VANDAAG }),
  'POST /v1/dossiers/{dossierId}/beroepen-b8-3': () => ({ datum: VANDAAG }),
  'POST /v1/dossiers/{dossierId}/verblijfsbesluiten': () => ({ soort: 'vertrekplicht_opgeschort', datum: VANDAAG }),
  'POST /v1/dossiers/{dossierId}/verwijzingen': () => ({ doel: 'hulpverlening', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Hulp.', urgentie: 'normaal', toestemming: 'ja' }),
  'POST /v1/verwijzingen/{verwijzingId}/besluit': () => ({ besluit: 'aanvaard' }),
  'POST /v1/verwijzingen/{verwijzingId}/intrekking': () => undefined,
  'POST /v1/verwijzingen/{verwijzingId}/afronding': () => undefined,
  'POST /v1/verwijzingen/{verwijzingId}/opvangweigering': () => ({ reden: 'Verblijft bij een kennis.' }),
  'POST /v1/verwijzingen/{verwijzingId}/plaatsingen': (rol) => ({ opvanglocatieId: rol === 'opvangmedewerker' ? anderOpvanglocatieId : ids.opvanglocatieId, startdatum: VANDAAG }),
  'POST /v1/plaatsingen/{plaatsingId}/beeindiging': () => ({ einddatum: VANDAAG, reden: 'doorstroom', toelichting: null }),
  'POST /v1/kennisgevingen/{kennisgevingId}/ontvangstbevestiging': () => ({ referentieOntvanger: 'ANDER-1' }),
  'PATCH /v1/opvanglocaties/{opvanglocatieId}': () => ({ capaciteit: 5 }),
  'DELETE /v1/abonnementen/{abonnementId}': () => undefined,
};

/** Routes with If-Match: the object-level request carries the current ETag, so no 428/412 hides a leak. */
async function ifMatchVoor(r: Route): Promise<Record<string, string>> {
  if (!r.params.includes('dossierId') || !['PATCH', 'PUT', 'POST'].includes(r.methode)) return {};
  const d = await t.verzoek('GET', `/v1/dossiers/${ids.dossierId}`, { sleutel: eigenaarSleutel.intaker });
  const etag = d.headers.get('etag');
  return etag ? { 'If-Match': etag } : {};
}

// ---------------------------------------------------------------------------------------------
// 4. Checks.
// ---------------------------------------------------------------------------------------------

let tabellen: string[] = [];
/** Row counts of every data table in one statement (idempotency and rate-limit bookkeeping excluded). */
async function tellingen(): Promise<Record<string, number>> {
  const kolommen = tabellen.map((n) => `(select count(*)::int from "${n}") as "${n}"`).join(', ');
  return rowsOf<Record<string, number>>(await t.db.execute(sql.raw(`select ${kolommen}`)))[0]!;
}

function isProbleem(r: Antwoord, status: number) {
  expect(r.status, `${r.status} ${r.text.slice(0, 300)}`).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
}

/** A minimal body: enough to pass the media-type gate, never a valid request (so nothing changes). */
const minimaleBody = (r: Route) => (['POST', 'PUT', 'PATCH'].includes(r.methode) ? {} : undefined);

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  tabellen = rowsOf<{ tablename: string }>(await t.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`))
    .map((r) => r.tablename).filter((n) => n !== 'idempotentie_sleutels' && n !== 'snelheidsvensters');
  await bouwFixture();
});
afterAll(async () => { await t?.close(); });

describe('de routetabel', () => {
  it('de draaiende app heeft dezelfde routes met dezelfde permissies als de tabel waaruit de tests zijn gegenereerd', () => {
    expect(routetabel(t.app.routes)).toEqual(ROUTES);
    expect(BEVEILIGD_API.length).toBeGreaterThan(50);
    expect(PAGINAS.length, 'de webpagina\'s staan in dezelfde tabel').toBeGreaterThan(10);
  });

  it('elke route buiten de publieke heeft een autoriseer(...)-permissie (een route zonder controle laat de build falen)', () => {
    const zonder = BEVEILIGD.filter((r) => !r.permissie).map(routenaam);
    expect(zonder, `routes zonder autoriseer(): ${zonder.join(', ')}`).toEqual([]);
  });

  it('de publieke routes bestaan nog en hebben geen permissie', () => {
    for (const p of PUBLIEK) expect(ROUTES.find((r) => `${r.methode} ${r.pad}` === p), p).toMatchObject({ permissie: null });
  });

  it('autoriseer staat vooraan in elke beveiligde route, vóór validatie en handler (geen 400 aan anonieme bellers)', () => {
    const laat = BEVEILIGD.filter((r) => r.positie !== 0).map((r) => `${routenaam(r)} (positie ${r.positie})`);
    expect(laat).toEqual([]);
  });

  it('elke permissie in de routes staat in de matrix, en elke permissie van de matrix wordt gebruikt', () => {
    const gebruikt = new Set(BEVEILIGD.flatMap((r) => (r.permissie ? [r.permissie] : [])));
    for (const p of gebruikt) expect(Object.keys(permissiematrix), String(p)).toContain(p);
    expect(Object.keys(permissiematrix).filter((p) => !gebruikt.has(p as Permissie))).toEqual([]);
  });

  it('elke padparameter heeft een echt id in de fixture', () => {
    for (const r of BEVEILIGD) expect(() => url(r), routenaam(r)).not.toThrow();
  });

  it('elke schrijvende route met een id heeft een geldige body voor de objecttoets, en elke uitzondering bestaat nog', () => {
    const schrijvend = MET_ID.filter((r) => r.methode !== 'GET').map(routenaam);
    expect(schrijvend.filter((n) => !(n in GELDIGE_BODY))).toEqual([]);
    expect(Object.keys(GELDIGE_BODY).filter((n) => !schrijvend.includes(n))).toEqual([]);
    for (const u of [...OBJECT_UITZONDERINGEN, ...DOMEIN_403]) expect(MET_ID.map(routenaam), u.route).toContain(u.route);
    for (const naam of Object.keys(ANDER_TYPE_PER_ROUTE)) expect(MET_ID.map(routenaam), naam).toContain(naam);
  });

  it('elke rol heeft een demosleutel van een organisatie die de rol kan hebben', () => {
    for (const rol of ROLLEN) {
      const type = t.sleutels.find((k) => k.organisatieId === t.organisatieIds[EIGENAAR_PER_ROL[rol]])!.organisatieType;
      expect(rollenPerOrganisatieType[type], rol).toContain(rol);
      expect(rollenPerOrganisatieType[ANDER_TYPE_PER_ROL[rol]], rol).toContain(rol);
    }
  });
});

// The fixture is real: the owner reads every object. Checked before and after everything else.
const LEESROUTES_MET_ID = MET_ID.filter((r) => r.methode === 'GET');
/** Who reads each object of the fixture: the organisation that owns or received it. */
const LEZER_PER_PAD: Array<[string, Rol]> = [
  ['/v1/abonnementen', 'ind_medewerker'], ['/v1/kennisgevingen', 'ind_medewerker'],
  ['/v1/plaatsingen', 'opvangmedewerker'], ['/v1/opvanglocaties', 'opvangmedewerker'],
];
const lezerVan = (r: Route): Rol => LEZER_PER_PAD.find(([p]) => r.naam.startsWith(p))?.[1]
  ?? ROLLEN.find((rol) => mag(rol, r) && !['beheerder', 'auditor'].includes(rol)) ?? ROLLEN.find((rol) => mag(rol, r)) ?? 'intaker';

describe('de fixture is echt: de eigenaar leest elk object (200)', () => {
  it.each(LEESROUTES_MET_ID.map((r) => [routenaam(r), r] as const))('%s', async (_naam, r) => {
    const a = await t.verzoek('GET', url(r), { sleutel: eigenaarSleutel[lezerVan(r)] });
    expect(a.status, a.text.slice(0, 300)).toBe(200);
  });
});

// Object level first (the role matrix below sends a DELETE that consumes the subscription).
const objectgevallen = MET_ID.flatMap((r) => ROLLEN.filter((rol) => mag(rol, r))
  .map((rol) => [routenaam(r), rol, r] as const));

describe('objectniveau: een organisatie zonder relatie met het object krijgt 404 (nooit 200), en er wordt niets geschreven', () => {
  it.each(objectgevallen)('%s als %s van een andere organisatie', async (_naam, rol, r) => {
    const u = uitzondering(r, rol);
    if (u?.verwacht === 'niet_uitvoeren') return; // documented global power, see OBJECT_UITZONDERINGEN
    const body = r.methode === 'GET' ? undefined : GELDIGE_BODY[routenaam(r)]!(rol);
    const headers = await ifMatchVoor(r);
    const voor = await tellingen();
    const type = ANDER_TYPE_PER_ROUTE[routenaam(r)]?.[rol] ?? ANDER_TYPE_PER_ROL[rol];
    const a = await t.verzoek(r.methode, url(r), { sleutel: anderSleutels[`${type}/${rol}`], body, headers });
    if (u) {
      expect(a.status, `${u.reden} — ${a.text.slice(0, 300)}`).toBe(u.verwacht);
      if (u.verwacht >= 400) {
        isProbleem(a, u.verwacht);
        expect(await tellingen()).toEqual(voor);
      }
      return;
    }
    isProbleem(a, 404);
    expect(await tellingen()).toEqual(voor);
  });
});

// Role matrix: every route × every role; DELETE last, since an allowed DELETE removes its object.
const volgorde = (r: Route) => (r.methode === 'DELETE' ? 1 : 0);
const rolgevallen = [...BEVEILIGD_API].sort((a, b) => volgorde(a) - volgorde(b)).flatMap((r) => ROLLEN.map((rol) => [
  routenaam(r), rol, EIGENAAR_PER_ROL[rol], mag(rol, r) ? 'toegestaan' : 'geweigerd', r,
] as const));

describe('rollenmatrix: elke route × elke rol volgens src/access/permissiematrix.ts', () => {
  it.each(rolgevallen)('%s als %s (%s): %s', async (_naam, rol, _org, oordeel, r) => {
    const voor = oordeel === 'geweigerd' ? await tellingen() : undefined;
    const a = await t.verzoek(r.methode, url(r), { sleutel: eigenaarSleutel[rol], body: minimaleBody(r) });
    if (oordeel === 'geweigerd') {
      isProbleem(a, 403);
      expect(a.body.detail, 'de weigering van autoriseer() noemt de permissie').toContain(String(r.permissie));
      expect(await tellingen()).toEqual(voor);
    } else if (DOMEIN_403.some((d) => d.route === routenaam(r) && d.rol === rol)) {
      isProbleem(a, 403);
      expect(a.body.detail).not.toContain(String(r.permissie));
    } else {
      expect([401, 403], `${a.status} ${a.text.slice(0, 300)}`).not.toContain(a.status);
      expect(a.status, a.text.slice(0, 300)).toBeLessThan(500);
      if (a.status >= 400) isProbleem(a, a.status);
    }
  });
});

const zonderSleutelGevallen = BEVEILIGD_API.flatMap((r) => (['geen sleutel', 'ingetrokken sleutel', 'onbekende sleutel'] as const).map((soort) => [routenaam(r), soort, r] as const));

describe('authenticatie: zonder, met een ingetrokken of met een onbekende sleutel is elke beveiligde route 401', () => {
  it.each(zonderSleutelGevallen)('%s met %s', async (_naam, soort, r) => {
    const sleutel = soort === 'geen sleutel' ? undefined : soort === 'ingetrokken sleutel' ? ingetrokkenSleutel : 'nrm_onbekend_0000000000000000000000000000';
    const voor = await tellingen();
    const a = await t.verzoek(r.methode, url(r), { sleutel, body: minimaleBody(r) });
    isProbleem(a, 401);
    expect(a.headers.get('www-authenticate')).toBe('Bearer');
    expect(await tellingen()).toEqual(voor);
  });
});

describe('na alles: de fixture bestaat nog (de 404\'s hierboven kwamen niet van een verdwenen object)', () => {
  it.each(LEESROUTES_MET_ID.filter((r) => !r.naam.startsWith('/v1/abonnementen')).map((r) => [routenaam(r), r] as const))('%s', async (_naam, r) => {
    const a = await t.verzoek('GET', url(r), { sleutel: eigenaarSleutel[lezerVan(r)] });
    expect(a.status, a.text.slice(0, 300)).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. The web pages (issue 14): every page route × every role, through a session cookie instead of
//    a key. The same matrix decides: a refused role gets the 403 page naming the permission and
//    nothing is written; an allowed role gets neither 403 nor a 5xx; without a session every page
//    sends to the sign-in page; an unrelated organisation gets 404 for every page with an id.
// ---------------------------------------------------------------------------------------------

interface PaginaSessie { cookie: string; csrf: string }
const paginaSessies = {} as Record<Rol, PaginaSessie>;
const anderePaginaSessies = {} as Record<Rol, PaginaSessie>;

async function paginaSessie(organisatieId: string, rol: Rol): Promise<PaginaSessie> {
  const token = await maakSessie(t.deps, { organisatieId, rol, gebruiker: 'autorisatiematrix', weergavenaam: null, gecertificeerd: rol === 'intaker' }, null);
  return { cookie: `${COOKIE_LOKAAL}=${token}`, csrf: (await csrfTokenVan(t.deps, token))! };
}

async function paginaVerzoek(r: Route, sessie: PaginaSessie | undefined) {
  const headers: Record<string, string> = { Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' };
  if (sessie) headers.Cookie = sessie.cookie;
  const res = await t.app.request(`http://localhost${pad(r)}`, {
    method: r.methode, headers, body: r.methode === 'POST' ? new URLSearchParams({ _csrf: sessie?.csrf ?? '' }).toString() : undefined,
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

describe('webpagina\'s: elke paginaroute × elke rol volgens dezelfde permissiematrix', () => {
  beforeAll(async () => {
    for (const rol of ROLLEN) {
      const eigen = t.sleutels.find((k) => k.organisatieId === t.organisatieIds[EIGENAAR_PER_ROL[rol]] && k.rol === rol)!;
      paginaSessies[rol] = await paginaSessie(eigen.organisatieId, rol);
      const ander = await maakOrganisatie(t.deps, `Ander voor pagina's (${rol})`, ANDER_TYPE_PER_ROL[rol]);
      anderePaginaSessies[rol] = await paginaSessie(ander.id, rol);
    }
  });

  const paginagevallen = PAGINAS.flatMap((r) => ROLLEN.map((rol) => [routenaam(r), rol, mag(rol, r) ? 'toegestaan' : 'geweigerd', r] as const));

  it.each(paginagevallen)('%s als %s: %s', async (_naam, rol, oordeel, r) => {
    const voor = oordeel === 'geweigerd' ? await tellingen() : undefined;
    const a = await paginaVerzoek(r, paginaSessies[rol]);
    expect(a.headers.get('content-type')).toContain('text/html');
    if (oordeel === 'geweigerd') {
      expect(a.status, a.text.slice(0, 300)).toBe(403);
      expect(a.text, 'de weigeringspagina noemt de permissie').toContain(`data-permissie="${r.permissie}"`);
      expect(await tellingen()).toEqual(voor);
    } else {
      expect(a.status, a.text.slice(0, 500)).not.toBe(403);
      expect(a.status).toBeLessThan(500);
    }
  });

  it.each(PAGINAS.map((r) => [routenaam(r), r] as const))('%s zonder sessie: naar de aanmeldpagina, niets geschreven', async (_naam, r) => {
    const voor = await tellingen();
    const a = await paginaVerzoek(r, undefined);
    expect(a.status).toBe(303);
    expect(a.headers.get('location')).toMatch(/^\/aanmelden/);
    expect(await tellingen()).toEqual(voor);
  });

  const paginaObjectgevallen = PAGINAS.filter((r) => r.params.length > 0).flatMap((r) => ROLLEN.filter((rol) => mag(rol, r)).map((rol) => [routenaam(r), rol, r] as const));

  it.each(paginaObjectgevallen)('%s als %s van een andere organisatie: 404, niets geschreven', async (_naam, rol, r) => {
    const voor = await tellingen();
    const a = await paginaVerzoek(r, anderePaginaSessies[rol]);
    expect(a.status, a.text.slice(0, 300)).toBe(404);
    expect(a.text).toContain('Niet gevonden');
    expect(await tellingen()).toEqual(voor);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Scopes (docs/toegangsmodel.md): every route that can return personal data answers by the
//    caller's grant — pseudonymous grants never see the identity, identity grants do.
// ---------------------------------------------------------------------------------------------

/**
 * The routes whose answers can carry the identity: found in the OpenAPI document (a response schema
 * with geslachtsnaam or vreemdelingennummer), plus the notification content, which holds the M55.
 */
const IDENTITEITSROUTES = [
  'GET /v1/dossiers/{dossierId}/persoonsgegevens', 'PUT /v1/dossiers/{dossierId}/persoonsgegevens',
  'POST /v1/dossiers/_zoek', 'GET /v1/kennisgevingen/{kennisgevingId}',
];

function routesMetIdentiteitInSchema(document: any): string[] {
  const gevonden = new Set<string>();
  const bevat = (schema: any, gezien = new Set<any>()): boolean => {
    if (!schema || typeof schema !== 'object' || gezien.has(schema)) return false;
    gezien.add(schema);
    if (schema.$ref) return bevat(document.components.schemas[schema.$ref.split('/').pop()], gezien);
    if (schema.properties && ('geslachtsnaam' in schema.properties || 'vreemdelingennummer' in schema.properties)) return true;
    return [schema.items, schema.additionalProperties, ...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...Object.values(schema.properties ?? {})]
      .some((s) => bevat(s, gezien));
  };
  for (const [pad, ops] of Object.entries<any>(document.paths)) {
    for (const [methode, op] of Object.entries<any>(ops)) {
      const antwoorden = Object.entries<any>(op.responses ?? {}).filter(([status]) => status.startsWith('2'));
      if (antwoorden.some(([, a]) => Object.values<any>(a.content ?? {}).some((c) => bevat(c.schema)))) gevonden.add(`${methode.toUpperCase()} ${pad}`);
    }
  }
  return [...gevonden].sort();
}

describe('reikwijdte: pseudoniem of identiteit, voor elke route die persoonsgegevens kan teruggeven', () => {
  /** Who holds what on the fixture dossier, per role. */
  const houders: Array<{ rol: Rol; org: DemoCode | 'ander-opvang'; reikwijdte: 'pseudoniem' | 'identiteit'; hoe: string }> = [
    { rol: 'intaker', org: 'politie', reikwijdte: 'identiteit', hoe: 'registratie' },
    { rol: 'intaker', org: 'politie2', reikwijdte: 'pseudoniem', hoe: 'verwijzing zonder toestemming (wettelijke taak)' },
    { rol: 'zorgcoordinator', org: 'zorg', reikwijdte: 'identiteit', hoe: 'verwijzing met toestemming' },
    { rol: 'zorgcoordinator', org: 'comensha', reikwijdte: 'pseudoniem', hoe: 'aanmelding (B8/3.1 Vc 2000)' },
    { rol: 'zorgcoordinator', org: 'gemeente', reikwijdte: 'pseudoniem', hoe: 'verwijzing zonder toestemming (wettelijke taak)' },
    { rol: 'opvangmedewerker', org: 'opvang', reikwijdte: 'identiteit', hoe: 'COSM-verwijzing met toestemming' },
    { rol: 'opvangmedewerker', org: 'ander-opvang', reikwijdte: 'pseudoniem', hoe: 'verwijzing hulpverlening zonder toestemming' },
    { rol: 'ind_medewerker', org: 'ind', reikwijdte: 'identiteit', hoe: 'M55' },
  ];
  const sleutelVan = (h: (typeof houders)[number]) => (h.org === 'ander-opvang' ? anderSleutel.opvangmedewerker : t.sleutel(h.org, h.rol));

  beforeAll(async () => {
    const politie = t.sleutel('politie', 'intaker');
    // The role matrix above may have replaced the personal data with an empty PUT (a valid body): restore it.
    await ok('PUT', `/v1/dossiers/${ids.dossierId}/persoonsgegevens`, { sleutel: politie, body: PG }, 200);
    const D = `/v1/dossiers/${ids.dossierId}/verwijzingen`;
    const pseudoniem = { urgentie: 'normaal', toestemming: 'nee', grondslag: 'wettelijke_taak', reden: 'Opvolging.' };
    await ok('POST', D, { sleutel: politie, body: { ...pseudoniem, doel: 'politie', ontvangendeOrganisatieId: t.organisatieIds.politie2 } });
    await ok('POST', D, { sleutel: politie, body: { ...pseudoniem, doel: 'gemeente', ontvangendeOrganisatieId: t.organisatieIds.gemeente } });
    const [anderOpvang] = await t.db.select({ id: organisaties.id }).from(organisaties).where(eq(organisaties.naam, 'Ander (opvang)'));
    await ok('POST', D, { sleutel: politie, body: { ...pseudoniem, doel: 'hulpverlening', ontvangendeOrganisatieId: anderOpvang!.id } });
  });

  it('de lijst van identiteitsroutes dekt elke route waarvan het antwoordschema persoonsgegevens bevat', async () => {
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const uitSchema = routesMetIdentiteitInSchema(document).map((n) => n.replace(/^(\w+) /, '$1 /v1'));
    expect(uitSchema.filter((n) => !IDENTITEITSROUTES.includes(n))).toEqual([]);
    for (const n of IDENTITEITSROUTES) expect(ROUTES.map(routenaam), n).toContain(n);
  });

  it.each(houders.map((h) => [h.rol, h.org, h.reikwijdte, h.hoe, h] as const))('GET …/persoonsgegevens als %s van %s (%s via %s)', async (_r, _o, reikwijdte, _h, h) => {
    const a = await t.verzoek('GET', `/v1/dossiers/${ids.dossierId}/persoonsgegevens`, { sleutel: sleutelVan(h) });
    if (reikwijdte === 'identiteit') {
      expect(a.status, a.text).toBe(200);
      expect(a.body.geslachtsnaam).toBe(PG.geslachtsnaam);
    } else {
      isProbleem(a, 403);
      expect(a.text).not.toContain(PG.geslachtsnaam);
    }
  });

  it.each(houders.map((h) => [h.rol, h.org, h.reikwijdte, h] as const))('POST /v1/dossiers/_zoek als %s van %s (%s): alleen een treffer met identiteit', async (_r, _o, reikwijdte, h) => {
    for (const criteria of [{ vreemdelingennummer: PG.vreemdelingennummer }, { geslachtsnaam: PG.geslachtsnaam, geboortedatum: PG.geboortedatum }]) {
      const a = await t.verzoek('POST', '/v1/dossiers/_zoek', { sleutel: sleutelVan(h), body: criteria });
      expect(a.status, a.text).toBe(200);
      expect(a.body.dossiers.some((d: { id: string }) => d.id === ids.dossierId), JSON.stringify(criteria)).toBe(reikwijdte === 'identiteit');
    }
  });

  it.each(houders.filter((h) => h.reikwijdte === 'pseudoniem').map((h) => [h.rol, h.org, h] as const))('PUT …/persoonsgegevens als %s van %s (pseudoniem): 403, niets geschreven', async (_r, _o, h) => {
    const voor = await tellingen();
    const a = await t.verzoek('PUT', `/v1/dossiers/${ids.dossierId}/persoonsgegevens`, { sleutel: sleutelVan(h), body: PG });
    isProbleem(a, 403);
    expect(await tellingen()).toEqual(voor);
  });

  it.each(houders.map((h) => [h.rol, h.org, h.reikwijdte, h] as const))('GET /v1/kennisgevingen/{id} als %s van %s (%s): de inhoud volgt de reikwijdte', async (_r, _o, reikwijdte, h) => {
    const feed = await t.verzoek('GET', '/v1/kennisgevingen?limit=200', { sleutel: sleutelVan(h) });
    const over = feed.body.kennisgevingen.filter((k: { dossierId: string }) => k.dossierId === ids.dossierId);
    for (const k of over) {
      const a = await t.verzoek('GET', `/v1/kennisgevingen/${k.id}`, { sleutel: sleutelVan(h) });
      expect(a.status).toBe(200);
      if (reikwijdte === 'pseudoniem') {
        expect(a.text, k.soort).not.toContain(PG.geslachtsnaam);
        expect(a.text, k.soort).not.toContain(PG.vreemdelingennummer);
      }
    }
  });
});
