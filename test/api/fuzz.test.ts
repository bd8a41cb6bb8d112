// Fuzzing every write route (issue 6, item 6). Property-based with fast-check, fixed seed: for EVERY
// POST/PUT/PATCH route in app.routes — with real ids from a fixture world built through the real
// endpoints, and the key of a role allowed to call it — random and hostile bodies (wrong types, huge
// strings, unicode with RTL/zero-width/emoji/NUL, SQL and script fragments, 5,000 levels of nesting,
// duplicate keys in raw JSON, 1e309 and -0, arrays for objects, unknown fields such as organisatieId,
// status, tijdstipRegistratie), random query parameters and hostile headers (huge Idempotency-Key,
// If-Match garbage, Content-Type variants). Properties:
//   1. never a 5xx;
//   2. every 4xx is application/problem+json with status, title and detail;
//   3. a 4xx writes nothing (row counts of every data table unchanged; the verwerkingen log is only
//      written on success);
//   4. an unknown field in a body is always 400 and invalidParams names it (when the rest of the
//      request is well-formed);
//   5. a body that is not JSON by its Content-Type is 415 — only application/json (optionally with
//      charset=utf-8) counts as JSON; +json types and other charsets are 415 (issue 11, issue 16);
//   6. a duplicate key is 400 and invalidParams names it (issue 11);
//   7. an impossible or out-of-range date in a date field (0000-01-01, 2026-02-30, +275760-09-13,
//      1899-12-31, 2101-01-01 …) is 400 naming the field and the accepted range (issue 11);
//   8. a control character, lone surrogate, bidi override or U+FEFF in a name or code is 400 naming
//      the field (issue 11).
// Also fuzzed (issue 11): the query of every GET route (edge dates in filters, crafted cursors:
// 36 dashes, tampered base64, valid-looking positions with a wrong MAC, a genuine cursor bit-flipped
// or moved to another list — always 400, never 5xx), and bearer JWTs with odd claims (an
// organisation claim that is no UUID, numbers, arrays, objects; missing or odd exp/sub/iss; alg
// none) — 401 or 403, never 5xx.
// And: a body over 1 MiB is 413 problem details.
//
// "Nothing written" is checked after every refusal with one cheap query: the test database gets a
// row trigger on every data table that counts inserts, updates and deletes in a counter row (in the
// same transaction, so a rolled-back change does not count). That is stricter than comparing row
// counts (an UPDATE is a write too) and keeps a case at one query of overhead, so CI runs over
// 10,000 cases (the count and the seed are printed).
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { exportJWK, generateKeyPair, SignJWT, createLocalJWKSet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/context.js';
import { rowsOf } from '../../src/db/client.js';
import { dossiers } from '../../src/db/schema.js';
import { etagVoor } from '../../src/http/versie.js';
import { isToegestaanMediatype } from '../../src/http/json-body.js';
import { VRIJE_TEKSTVELDEN } from '../../src/http/tekens.js';
import { isKalenderdatum } from '../../src/domain/kalender.js';
import { magUitvoeren, type Permissie } from '../../src/access/permissiematrix.js';
import { ROLLEN, type Rol } from '../../src/domain/catalogus.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// Reproducible in CI: one seed for every property; numRuns per write route below, and fewer per GET
// route and for tokens (see README, "Tests and CI", for the measured time). FUZZ_RUNS overrides
// the runs per write route (the others scale with it) for a quick local run or a long one.
const SEED = 20_261_120;
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 270);
const RUNS_PER_GET_ROUTE = Math.ceil(RUNS_PER_ROUTE / 2);
const RUNS_JWT = RUNS_PER_ROUTE * 3;
const MINIMUM_GEVALLEN = process.env.FUZZ_RUNS ? 0 : 10_000;
fc.configureGlobal({ seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: false });

// ---------------------------------------------------------------------------------------------
// Routes, read from the app.
// ---------------------------------------------------------------------------------------------

interface Route { methode: string; pad: string; naam: string; permissie: Permissie; params: string[] }

const configuratie = parseConfig({ CORS_ORIGINS: 'https://nrm.example.org' });
const stilleDeps = {
  config: configuratie, logger: { info() {}, warn() {}, error() {} }, ids: { uuid: () => crypto.randomUUID() }, clock: { now: () => new Date() },
} as unknown as AppDeps;
const routeApp = createApp(stilleDeps);

const SCHRIJVEND = new Set(['POST', 'PUT', 'PATCH']);
const PARAM = /:([A-Za-z0-9_]+)(\{[^}]*\})?/g;
const ROUTES: Route[] = (() => {
  const groepen = new Map<string, Route>();
  for (const r of routeApp.routes) {
    // The API's JSON routes; the web pages take forms and a session (their forms, CSRF and refusals
    // are tested in test/web/, their permissions in test/api/autorisatiematrix.test.ts).
    if (r.path.includes('*') || !SCHRIJVEND.has(r.method) || !r.path.startsWith('/v1/')) continue;
    const permissie = (r.handler as { permissie?: Permissie }).permissie;
    const sleutel = `${r.method} ${r.path}`;
    if (!groepen.has(sleutel)) {
      groepen.set(sleutel, {
        methode: r.method, pad: r.path, naam: `${r.method} ${r.path.replace(PARAM, '{$1}')}`,
        permissie: undefined as never, params: [...r.path.matchAll(PARAM)].map((m) => m[1]!),
      });
    }
    if (permissie) groepen.get(sleutel)!.permissie = permissie;
  }
  return [...groepen.values()];
})();

// The request body of each route, from the OpenAPI document the app serves.
type JsonSchema = { $ref?: string; format?: string; properties?: Record<string, JsonSchema>; allOf?: JsonSchema[]; anyOf?: JsonSchema[]; oneOf?: JsonSchema[] };
const documentAntwoord = await routeApp.request('/v1/openapi.json');
const openapi = (await documentAntwoord.json()) as {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components: { schemas: Record<string, JsonSchema> };
};
function los(s: JsonSchema | undefined): JsonSchema | undefined {
  if (!s) return undefined;
  if (s.$ref) return los(openapi.components.schemas[s.$ref.split('/').pop()!]);
  for (const deel of [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) {
    const opgelost = los(deel);
    if (opgelost?.properties) return opgelost;
  }
  return s;
}
function isDatumSchema(p: JsonSchema): boolean {
  const s = p.$ref ? los(p) : p;
  return s?.format === 'date' || [...(s?.anyOf ?? []), ...(s?.oneOf ?? [])].some((x) => los(x)?.format === 'date');
}
/** The media types a route's request body declares. */
function mediatypen(r: Route): string[] {
  const op = openapi.paths[r.pad.replace(/^\/v1/, '').replace(PARAM, '{$1}')]?.[r.methode.toLowerCase()];
  return Object.keys(op?.requestBody?.content ?? {});
}
function bodySchema(r: Route): JsonSchema | undefined {
  const op = openapi.paths[r.pad.replace(/^\/v1/, '').replace(PARAM, '{$1}')]?.[r.methode.toLowerCase()];
  const content = op?.requestBody?.content;
  return content ? los(Object.values(content)[0]!.schema) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The fixture world and who calls.
// ---------------------------------------------------------------------------------------------

let t: TestApp;
const VANDAAG = '2026-11-20';
const ids: Record<string, string> = {};
const PG = { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] };
const VASTGESTELD = {
  beoordelingsdatum: VANDAAG, informatiefGesprek: { gevoerd: true, datum: VANDAAG }, elementen: { handeling: true, middel: true, oogmerk: true },
  indicatoren: ['gebruik_geweld'], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
};

async function ok(methode: string, pad: string, o: Parameters<TestApp['verzoek']>[2], status = 201) {
  const r = await t.verzoek(methode, pad, o);
  if (r.status !== status) throw new Error(`fixture: ${methode} ${pad} gaf ${r.status}: ${r.text}`);
  return r;
}

async function bouwFixture() {
  const politie = t.sleutel('politie', 'intaker');
  const opvang = t.sleutel('opvang', 'opvangmedewerker');
  const ind = t.sleutel('ind', 'ind_medewerker');
  ids.dossierId = (await ok('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } })).body.id;
  const D = `/v1/dossiers/${ids.dossierId}`;
  await ok('PUT', `${D}/persoonsgegevens`, { sleutel: politie, body: PG });
  ids.signaalId = (await ok('POST', `${D}/signalen`, { sleutel: politie, body: { ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', uitbuitingsvormen: ['seksueel'], locatie: 'nederland', weging: { schaal: 'politie_digw', waarde: 'zeer_sterk' } } })).body.id;
  ids.beoordelingId = (await ok('POST', `${D}/beoordelingen`, { sleutel: politie, body: VASTGESTELD })).body.id;
  ids.bedenktijdId = (await ok('POST', `${D}/bedenktijden`, { sleutel: politie, body: { aanbiedingsdatum: VANDAAG, beoordelingId: ids.beoordelingId } })).body.id;
  await ok('POST', `/v1/bedenktijden/${ids.bedenktijdId}/reactie`, { sleutel: politie, body: { reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: true } }, 200);
  ids.opvanglocatieId = (await ok('POST', '/v1/opvanglocaties', { sleutel: opvang, body: { naam: 'COSM Fuzz', soort: 'cosm', capaciteit: 50 } })).body.id;
  ids.verwijzingId = (await ok('POST', `${D}/verwijzingen`, {
    sleutel: politie, body: { doel: 'cosm', ontvangendeOrganisatieId: t?.organisatieIds.opvang, reden: 'Onderdak nodig.', urgentie: 'hoog', toestemming: 'ja' },
  })).body.id;
  await ok('POST', `/v1/verwijzingen/${ids.verwijzingId}/besluit`, { sleutel: opvang, body: { besluit: 'aanvaard' } }, 200);
  ids.plaatsingId = (await ok('POST', `/v1/verwijzingen/${ids.verwijzingId}/plaatsingen`, { sleutel: opvang, body: { opvanglocatieId: ids.opvanglocatieId, startdatum: VANDAAG } })).body.id;
  // The NLA sees the dossier through a referral, so its advice reaches the use case.
  await ok('POST', `${D}/verwijzingen`, {
    sleutel: politie, body: { doel: 'nla', ontvangendeOrganisatieId: t?.organisatieIds.nla, reden: 'Arbeidsuitbuiting?', urgentie: 'normaal', toestemming: 'ja' },
  });
  // A genuine cursor: the dossier's referrals, one per page.
  const verwijzingen = await ok('GET', `${D}/verwijzingen?limit=1`, { sleutel: politie }, 200);
  echteCursor.pad = `${D}/verwijzingen`;
  echteCursor.cursor = new URL(/<([^>]+)>/.exec(verwijzingen.headers.get('link') ?? '')![1]!, 'http://x').searchParams.get('cursor')!;
  const feed = await ok('GET', '/v1/kennisgevingen?soort=m55_bedenktijd', { sleutel: ind }, 200);
  ids.kennisgevingId = feed.body.kennisgevingen.find((k: { dossierId: string }) => k.dossierId === ids.dossierId).id;
}

/** The caller of each route: a role the matrix allows, of the organisation that owns the object. */
const BELLER: Record<string, [DemoCode, Rol]> = {
  'POST /v1/dossiers/{dossierId}/wissing': ['beheer', 'beheerder'],
  'POST /v1/dossiers/{dossierId}/verblijfsbesluiten': ['ind', 'ind_medewerker'],
  'POST /v1/dossiers/{dossierId}/bedenktijd-adviezen': ['nla', 'intaker'],
  'POST /v1/dossiers/_zoek': ['politie', 'intaker'],
  'POST /v1/kennisgevingen/{kennisgevingId}/ontvangstbevestiging': ['ind', 'ind_medewerker'],
  'POST /v1/abonnementen': ['ind', 'ind_medewerker'],
  'POST /v1/opvanglocaties': ['opvang', 'opvangmedewerker'],
  'PATCH /v1/opvanglocaties/{opvanglocatieId}': ['opvang', 'opvangmedewerker'],
  'POST /v1/verwijzingen/{verwijzingId}/besluit': ['opvang', 'opvangmedewerker'],
  'POST /v1/verwijzingen/{verwijzingId}/afronding': ['opvang', 'opvangmedewerker'],
  'POST /v1/verwijzingen/{verwijzingId}/opvangweigering': ['opvang', 'opvangmedewerker'],
  'POST /v1/verwijzingen/{verwijzingId}/plaatsingen': ['opvang', 'opvangmedewerker'],
  'POST /v1/plaatsingen/{plaatsingId}/beeindiging': ['opvang', 'opvangmedewerker'],
};
const STANDAARD_BELLER: Partial<Record<Rol, DemoCode>> = {
  intaker: 'politie', opvangmedewerker: 'opvang', ind_medewerker: 'ind', zorgcoordinator: 'zorg', officier: 'om', beheerder: 'beheer', auditor: 'beheer', coa_medewerker: 'coa',
  analist: 'politie',
};
function beller(r: Route): [DemoCode, Rol] {
  const expliciet = BELLER[r.naam];
  if (expliciet) return expliciet;
  const rol = (['intaker', 'opvangmedewerker', 'ind_medewerker', 'zorgcoordinator', 'officier', 'beheerder', 'auditor', 'coa_medewerker', 'analist'] as Rol[])
    .find((k) => magUitvoeren(k, r.permissie));
  if (!rol) throw new Error(`${r.naam}: geen rol mag ${r.permissie}; voeg een beller toe in fuzz.test.ts`);
  return [STANDAARD_BELLER[rol]!, rol];
}

/** A valid body per route: mutated by the fuzzer, so it also reaches past the first validation error. */
const SJABLOON: Record<string, () => Record<string, unknown>> = {
  'POST /v1/dossiers': () => ({ nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' }),
  'PATCH /v1/dossiers/{dossierId}': () => ({ nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' }),
  'POST /v1/dossiers/_zoek': () => ({ vreemdelingennummer: '1234567890', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02' }),
  'POST /v1/dossiers/{dossierId}/sluiting': () => ({ reden: 'Hulp afgerond.' }),
  'POST /v1/dossiers/{dossierId}/heropening': () => ({ reden: 'Nieuw signaal over dezelfde persoon.' }),
  // A dossier number that does not exist: a valid merge would consume the fixture.
  'POST /v1/dossiers/{dossierId}/samenvoeging': () => ({ dossiernummer: 'NRM-2026-999999', reden: 'Dezelfde persoon.' }),
  'POST /v1/dossiers/{dossierId}/aansluiting': () => ({
    persoon: { vreemdelingennummer: PG.vreemdelingennummer }, reden: 'Zelfde V-nummer.',
    signaal: { ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', uitbuitingsvormen: ['seksueel'], indicatoren: [], locatie: 'nederland' },
  }),
  'POST /v1/dossiers/{dossierId}/wissing': () => ({ grondslag: 'avg_art_17_verzoek', toelichting: 'verzoek 2026-17' }),
  'PUT /v1/dossiers/{dossierId}/persoonsgegevens': () => ({ ...PG }),
  'POST /v1/dossiers/{dossierId}/signalen': () => ({
    ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', melder: 'Buurvrouw', uitbuitingsvormen: ['seksueel'], indicatoren: ['gebruik_geweld'],
    locatie: 'nederland', weging: { schaal: 'politie_digw', waarde: 'sterk' }, samenvatting: 'Signaal.',
  }),
  'POST /v1/dossiers/{dossierId}/beoordelingen': () => structuredClone(VASTGESTELD),
  'POST /v1/dossiers/{dossierId}/signalen/{signaalId}/opvolging': () => ({ uitkomst: 'niet_opvolgen', redenen: ['onvoldoende_opsporingsindicaties'], toelichting: 'Geen aanknopingspunten.' }),
  'POST /v1/dossiers/{dossierId}/bedenktijd-adviezen': () => ({ beoordelingId: ids.beoordelingId, ontvangendeOrganisatieId: t?.organisatieIds.politie, toelichting: 'Advies.' }),
  'POST /v1/dossiers/{dossierId}/bedenktijden': () => ({ aanbiedingsdatum: VANDAAG, beoordelingId: ids.beoordelingId }),
  'POST /v1/bedenktijden/{bedenktijdId}/reactie': () => ({ reactie: 'aanvaard', datum: VANDAAG, opvangGewenst: true }),
  'POST /v1/bedenktijden/{bedenktijdId}/beeindiging': () => ({ reden: 'afzien_medewerking', datum: VANDAAG, toelichting: 'Ziet af.' }),
  'POST /v1/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen': () => ({ soort: 'afzien_aangifte', datum: VANDAAG, redenen: [], toelichting: null }),
  'POST /v1/dossiers/{dossierId}/beroepen-b8-3': () => ({ datum: VANDAAG, toelichting: null }),
  'POST /v1/dossiers/{dossierId}/verblijfsbesluiten': () => ({ soort: 'schrijnend_pad_aangevraagd', datum: VANDAAG, geldigTot: null, gronden: ['dreiging'], toelichting: null }),
  'POST /v1/dossiers/{dossierId}/verwijzingen': () => ({ doel: 'hulpverlening', ontvangendeOrganisatieId: t?.organisatieIds.opvang, reden: 'Hulp.', urgentie: 'normaal', toestemming: 'ja', grondslag: null }),
  'POST /v1/verwijzingen/{verwijzingId}/besluit': () => ({ besluit: 'aanvaard', afwijzingsreden: null, toelichting: null }),
  'POST /v1/verwijzingen/{verwijzingId}/opvangweigering': () => ({ reden: 'Verblijft bij een kennis.' }),
  'POST /v1/verwijzingen/{verwijzingId}/plaatsingen': () => ({ opvanglocatieId: ids.opvanglocatieId, startdatum: VANDAAG }),
  'POST /v1/plaatsingen/{plaatsingId}/beeindiging': () => ({ einddatum: VANDAAG, reden: 'overig', toelichting: 'Vertrokken.' }),
  'POST /v1/kennisgevingen/{kennisgevingId}/ontvangstbevestiging': () => ({ referentieOntvanger: 'IND-2026-0042' }),
  'POST /v1/verwijzingen/{verwijzingId}/intrekking': () => ({}),
  'POST /v1/verwijzingen/{verwijzingId}/afronding': () => ({}),
  'POST /v1/opvanglocaties': () => ({ naam: 'Fuzz-locatie', soort: 'algemeen', capaciteit: 5 }),
  'PATCH /v1/opvanglocaties/{opvanglocatieId}': () => ({ naam: 'COSM Fuzz', soort: 'cosm', capaciteit: 50 }),
  'POST /v1/abonnementen': () => ({ callbackUrl: 'https://ontvanger.ind.example.nl/nrm', authorization: 'Bearer geheim', soorten: ['m55_bedenktijd'] }),
};

/** Routes with If-Match (the dossier's ETag): half the runs send the current one, so the use case is reached. */
const MET_IF_MATCH = new Set(['PATCH /v1/dossiers/{dossierId}', 'POST /v1/dossiers/{dossierId}/sluiting', 'POST /v1/dossiers/{dossierId}/heropening']);
/** Run last: they close or erase the fixture dossier. */
const SLOOPT = new Set(['POST /v1/dossiers/{dossierId}/sluiting', 'POST /v1/dossiers/{dossierId}/wissing']);

function url(r: Route, query: string): string {
  return r.pad.replace(PARAM, (_, naam: string) => {
    const id = ids[naam];
    if (!id) throw new Error(`Onbekende padparameter {${naam}} in ${r.naam}: maak dit object aan in bouwFixture() (fuzz.test.ts).`);
    return id;
  }) + query;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries: hostile values, bodies, headers, query strings.
// ---------------------------------------------------------------------------------------------

const VIJANDIGE_TEKST = [
  "'; drop table dossiers; --", "' OR '1'='1", '1; select pg_sleep(5)', "x'); delete from auditregels; --", '$$; truncate kennisgevingen; $$',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{7*7}}', '${jndi:ldap://x}',
  '\u202Egnp.exe', '\u200B\u200C\u200D\uFEFF', 'A\u0000B', '\u0000', '👩‍👩‍👧‍👦🏳️‍🌈', '\uD800', '\uDFFF\uD800', 'ﷺ', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗̻̓',
  'שלום עולם', 'مرحبا', '\r\n\r\nHTTP/1.1 200 OK', '../../etc/passwd', '%00%0a', 'NaN', 'Infinity', 'null', 'true', '-0', '1e309',
  '2026-02-30', '2026-11-20T10:00:00Z', '9999-12-31', '0000-00-00', '  ', '', '__proto__', 'constructor', 'prototype',
];
/** Dates a date field must refuse (issue 11: year 0000 ended in a 500), and the edges it must accept. */
const ONGELDIGE_DATUMS = [
  '0000-01-01', '2026-02-30', '2023-02-29', '+275760-09-13', '-000001-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '0001-01-01',
  '2026-13-01', '2026-00-10', '2026-04-31', '2026-1-1', '20261120', '2026-11-20T00:00:00Z', ' 2026-11-20', '2026-11-20\u0000',
];
const GELDIGE_DATUMS = ['1900-01-01', '2100-12-31', '2024-02-29', '2026-11-20', '2000-02-29'];
/** Characters no name or code accepts; the first group is refused in free text too. */
const ALTIJD_VERBODEN = ['\u0000', '\u0001', '\u0007', '\u001B', '\u001F', '\u007F', '\u202A', '\u202E', '\uFEFF', '\uD800', '\uDFFF'];
const ALLEEN_IN_VRIJE_TEKST = ['\t', '\n', '\r', '\u2066', '\u2069'];
VIJANDIGE_TEKST.push(...ONGELDIGE_DATUMS, ...GELDIGE_DATUMS, ...ALTIJD_VERBODEN.map((c) => `Naam${c}`), ...ALLEEN_IN_VRIJE_TEKST.map((c) => `a${c}b`));
const ONBEKENDE_VELDEN = [
  'organisatieId', 'status', 'tijdstipRegistratie', 'tijdstipGewijzigd', 'tijdstipGewist', 'id', 'versie', 'registrerendeOrganisatieId',
  'identificatiestatus', 'dossiernummer', 'hash', 'vorigeHash', 'rol', 'sleutelId', 'verwijzendeOrganisatieId', 'aanbiedendeOrganisatieId',
  'uiterlijkeEinddatum', 'beleidsregel', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isAdmin', 'Status', 'STATUS',
  '', ' ', 'status ', 'organisatie_id', 'organisatieId\u0000', '\u202Estatus', '💣',
];

const tekst = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 4, arbitrary: fc.constantFrom(...VIJANDIGE_TEKST) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '🙂', "'", '<'), fc.integer({ min: 5_000, max: 200_000 })).map(([c, n]) => c.repeat(Math.floor(n / c.length))) },
);
const getal = fc.oneof(
  fc.integer(), fc.double(), fc.constantFrom(0, -0, -1, 1, 10_000, 10_001, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e21, -1e21, 0.5, 5e-324),
);
/** Any JSON value, hostile leaves, bounded depth. */
const waarde: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  blad: fc.oneof(tekst, getal, fc.boolean(), fc.constant(null)),
  lijst: fc.array(tie('waarde'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...ONBEKENDE_VELDEN)), tie('waarde'), { maxKeys: 4 }),
  waarde: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('blad'), tie('lijst'), tie('object')),
})).waarde;

/** Raw JSON fragments JSON.stringify cannot produce. */
const RUWE_GETALLEN = ['1e309', '-1e309', '-0', '1e-400', '123456789012345678901234567890', '0.1e999999', '00012', '.5', '+1', '0x10', 'NaN', 'Infinity'];
const diep = (n: number, soort: 'lijst' | 'object') => (soort === 'lijst' ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n));

type Soort = 'mutatie' | 'onbekend' | 'genest-onbekend' | 'willekeurig' | 'ruw' | 'duplicaat' | 'diep' | 'geen' | 'datum' | 'teken';
interface Body {
  soort: Soort;
  tekst?: string;
  onbekend?: string;
  /** 'duplicaat', 'datum', 'teken': the field that must be named in a 400. */
  veld?: string;
  /** 'datum', 'teken': whether the value must be refused (a valid edge date need not be). */
  ongeldig?: boolean;
}

function bodyArbitrary(r: Route): fc.Arbitrary<Body> {
  const sjabloon = SJABLOON[r.naam];
  const schema = bodySchema(r);
  const bekend = new Set(Object.keys(schema?.properties ?? {}));
  if (!sjabloon) {
    // A route without a request body: anything may be sent; it must be ignored or refused cleanly.
    return fc.oneof(
      fc.constant<Body>({ soort: 'geen' }),
      waarde.map((w): Body => ({ soort: 'willekeurig', tekst: JSON.stringify(w) })),
      fc.constantFrom(...ONBEKENDE_VELDEN).map((v): Body => ({ soort: 'willekeurig', tekst: `{${JSON.stringify(v)}:"x"}` })),
    );
  }
  const velden = Object.keys(sjabloon());
  // A body without fields (an action such as intrekking) still gets raw and duplicate-key bodies.
  const veldenOfLeeg = velden.length > 0 ? velden : ['leeg'];
  const genesteVelden = velden.filter((v) => {
    const w = sjabloon()[v];
    return w !== null && typeof w === 'object' && !Array.isArray(w);
  });
  const metVeld = (basis: string, veld: string, w: string) => (basis === '{}' ? `{${JSON.stringify(veld)}:${w}}` : `{${JSON.stringify(veld)}:${w},${basis.slice(1)}`);

  const mutatie = velden.length === 0 ? fc.constant<Body>({ soort: 'mutatie', tekst: '{}' }) : fc.tuple(fc.subarray(velden, { minLength: 1, maxLength: Math.min(2, velden.length) }), fc.array(fc.oneof(waarde, fc.constant(undefined)), { minLength: 2, maxLength: 2 }))
    .map(([gekozen, waarden]): Body => {
      const b = sjabloon();
      gekozen.forEach((v, i) => { b[v] = waarden[i]; });
      return { soort: 'mutatie', tekst: JSON.stringify(b) };
    });
  const onbekend = fc.tuple(
    fc.oneof(fc.constantFrom(...ONBEKENDE_VELDEN), fc.string({ minLength: 1, maxLength: 20 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 10 })),
    waarde,
  ).filter(([veld]) => !bekend.has(veld)).map(([veld, w]): Body => ({
    soort: 'onbekend', onbekend: veld, tekst: metVeld(JSON.stringify(sjabloon()), veld, JSON.stringify(w) ?? 'null'),
  }));
  const genest = genesteVelden.length === 0 ? onbekend : fc.tuple(fc.constantFrom(...genesteVelden), fc.constantFrom(...ONBEKENDE_VELDEN), waarde)
    .map(([ouder, veld, w]): Body => {
      const b = sjabloon();
      const binnen = JSON.stringify(b[ouder]);
      b[ouder] = '__BINNEN__';
      return { soort: 'genest-onbekend', onbekend: veld, tekst: JSON.stringify(b).replace('"__BINNEN__"', metVeld(binnen, veld, JSON.stringify(w) ?? 'null')) };
    });
  const willekeurig = fc.oneof(
    waarde.map((w): Body => ({ soort: 'willekeurig', tekst: JSON.stringify(w) ?? 'null' })),
    fc.array(fc.constant(sjabloon()), { minLength: 1, maxLength: 2 }).map((a): Body => ({ soort: 'willekeurig', tekst: JSON.stringify(a) })),
  );
  const ruw = fc.oneof(
    fc.tuple(fc.constantFrom(...veldenOfLeeg), fc.constantFrom(...RUWE_GETALLEN)).map(([veld, g]): Body => {
      const b = sjabloon();
      b[veld] = '__RUW__';
      return { soort: 'ruw', tekst: JSON.stringify(b).replace('"__RUW__"', g) };
    }),
    fc.constantFrom('', ' ', 'null', '[]', '{}', '"tekst"', '0', 'true', '{', '}{', '{"a":}', '{"a" 1}', "{'a':1}", '\uFEFF{}', '{}garbage', '[1,]', '{"a":1,}', 'undefined')
      .map((tekst): Body => ({ soort: 'ruw', tekst })),
    fc.nat({ max: 200 }).map((n): Body => ({ soort: 'ruw', tekst: JSON.stringify(sjabloon()).slice(0, n) })),
  );
  const duplicaat = fc.tuple(fc.constantFrom(...veldenOfLeeg), waarde, fc.boolean()).map(([veld, w, eerst]): Body => {
    const geldig = JSON.stringify(sjabloon());
    const extra = `${JSON.stringify(veld)}:${JSON.stringify(w) ?? 'null'}`;
    // JSON.parse keeps the last of duplicate keys; try the hostile value in both places. Since
    // issue 11 a duplicate key is refused (for a body without fields the text is not even JSON).
    const tekst = geldig === '{}' ? `{${extra}}` : eerst ? `{${extra},${geldig.slice(1)}` : `${geldig.slice(0, -1)},${extra}}`;
    return { soort: 'duplicaat', tekst, veld: geldig === '{}' || !velden.includes(veld) ? undefined : veld };
  });
  // Edge dates in the date fields the document declares (issue 11).
  const datumvelden = Object.entries(schema?.properties ?? {}).filter(([, p]) => isDatumSchema(p)).map(([naam]) => naam).filter((v) => velden.includes(v));
  const datum = datumvelden.length === 0 ? mutatie : fc.tuple(fc.constantFrom(...datumvelden), fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ONGELDIGE_DATUMS) },
    { weight: 1, arbitrary: fc.constantFrom(...GELDIGE_DATUMS) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([j, m, d]) => `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
  )).map(([veld, w]): Body => {
    const b = sjabloon();
    b[veld] = w;
    return { soort: 'datum', tekst: JSON.stringify(b), veld, ongeldig: !isKalenderdatum(w) };
  });
  // A forbidden character inside a string field of a valid body (issue 11).
  const tekstvelden = velden.filter((v) => typeof sjabloon()[v] === 'string');
  const teken = tekstvelden.length === 0 ? mutatie : fc.tuple(
    fc.constantFrom(...tekstvelden), fc.constantFrom(...ALTIJD_VERBODEN, ...ALLEEN_IN_VRIJE_TEKST), fc.nat({ max: 20 }),
  ).map(([veld, c, plek]): Body => {
    const b = sjabloon();
    const oud = b[veld] as string;
    const i = Math.min(plek, oud.length);
    b[veld] = `${oud.slice(0, i)}${c}${oud.slice(i)}`;
    return { soort: 'teken', tekst: JSON.stringify(b), veld, ongeldig: ALTIJD_VERBODEN.includes(c) || !VRIJE_TEKSTVELDEN.has(veld) };
  });
  const diepArb = fc.tuple(fc.constantFrom<'lijst' | 'object'>('lijst', 'object'), fc.integer({ min: 1_000, max: 5_000 }), fc.option(fc.constantFrom(...veldenOfLeeg), { nil: undefined }))
    .map(([s, n, veld]): Body => {
      if (!veld) return { soort: 'diep', tekst: diep(n, s) };
      const b = sjabloon();
      b[veld] = '__DIEP__';
      return { soort: 'diep', tekst: JSON.stringify(b).replace('"__DIEP__"', diep(n, s)) };
    });
  return fc.oneof(
    { weight: 6, arbitrary: mutatie },
    { weight: 4, arbitrary: onbekend },
    { weight: 2, arbitrary: genest },
    { weight: 3, arbitrary: willekeurig },
    { weight: 2, arbitrary: ruw },
    { weight: 2, arbitrary: duplicaat },
    { weight: 1, arbitrary: diepArb },
    { weight: 2, arbitrary: datum },
    { weight: 2, arbitrary: teken },
  );
}

/** Header values must be ByteStrings without CR, LF or NUL (the Fetch API refuses anything else). */
const headerTekst = (max: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: max });
const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/JSON', 'application/json;charset=UTF-8'];
const ANDERE_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/json;;', 'json', 'application/xml',
  'text/json', '*/*', 'application/', 'x',
  // Issue 11 / issue 16: JSON-like types the route does not declare.
  'application/merge-patch+json', 'application/vnd.nrm+json', 'application/problem+json', 'application/json; charset=utf-16', 'application/json; charset=iso-8859-1', 'application/json; foo=bar',
];

interface Headers { contentType: string | null; idempotencyKey?: string; ifMatch?: string | 'actueel'; overig: Record<string, string>; netjes: boolean }

const headersArb: fc.Arbitrary<Headers> = fc.record({
  contentType: fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...JSON_TYPES) },
    { weight: 2, arbitrary: fc.constantFrom(...ANDERE_TYPES) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: headerTekst(40) },
  ),
  idempotencyKey: fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    // 'nieuw': a fresh key per request (chosen at send time, so no two runs share one).
    { weight: 3, arbitrary: fc.constant('nieuw') },
    { weight: 1, arbitrary: headerTekst(60) },
    { weight: 1, arbitrary: fc.integer({ min: 201, max: 20_000 }).map((n) => 'k'.repeat(n)) },
  ),
  ifMatch: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: fc.constant<'actueel'>('actueel') },
    { weight: 2, arbitrary: fc.oneof(headerTekst(40), fc.constantFrom('*', 'W/"1"', '"0"', '"-1"', '"999999999999999999999"', '"1", "2"', '""', 'null')) },
  ),
  overig: fc.dictionary(
    fc.constantFrom('x-request-id', 'traceparent', 'accept', 'accept-language', 'x-forwarded-for', 'content-encoding', 'origin', 'prefer', 'api-version'),
    fc.oneof(headerTekst(60), fc.constantFrom('00-00000000000000000000000000000000-0000000000000000-00', '../../', "' or 1=1 --", 'gzip', 'https://evil.example')),
    { maxKeys: 3 },
  ),
}).map((h) => ({
  ...h,
  // Well-formed apart from the body: a JSON Content-Type and no (or a fresh) Idempotency-Key.
  netjes: h.contentType !== null && JSON_TYPES.includes(h.contentType) && (h.idempotencyKey === undefined || h.idempotencyKey === 'nieuw'),
}));

/** encodeURIComponent throws on a lone surrogate; send U+FFFD in its place (as a browser would). */
const codeer = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
const queryArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('limit', 'cursor', 'organisatieId', 'status', '__proto__', 'dossierId')), tekst.map((s) => s.slice(0, 100)), { maxKeys: 3 })
    .map((q) => (Object.keys(q).length ? `?${Object.entries(q).map(([k, v]) => `${codeer(k)}=${codeer(v)}`).join('&')}` : '')) },
  { weight: 1, arbitrary: fc.constantFrom('?%', '?a=%E0%A4%A', '?limit=-1&limit=abc', '?__proto__[x]=1', '?a[]=1&a[]=2', '?=', '?&&&', "?q='%20or%201=1--") },
);

// ---------------------------------------------------------------------------------------------
// Sending and checking.
// ---------------------------------------------------------------------------------------------

let tabellen: string[] = [];
async function tellingen(): Promise<Record<string, number>> {
  const kolommen = tabellen.map((n) => `(select count(*)::int from "${n}") as "${n}"`).join(', ');
  return rowsOf<Record<string, number>>(await t.db.execute(sql.raw(`select ${kolommen}`)))[0]!;
}

/**
 * Test-only instrumentation: every insert, update or delete of a row in a data table adds one to
 * fuzz_schrijvingen.n, in the writing transaction (a rollback takes it back). Not the HTTP layer's
 * bookkeeping (idempotency answers, rate-limit counters), as in the row-count comparison.
 */
async function installeerSchrijfteller() {
  await t.db.execute(sql.raw('create table fuzz_schrijvingen (n bigint not null)'));
  await t.db.execute(sql.raw('insert into fuzz_schrijvingen values (0)'));
  await t.db.execute(sql.raw('create function fuzz_tel() returns trigger language plpgsql as $$ begin update fuzz_schrijvingen set n = n + 1; return null; end $$'));
  for (const n of tabellen) {
    await t.db.execute(sql.raw(`create trigger fuzz_tel after insert or update or delete on "${n}" for each row execute function fuzz_tel()`));
  }
}
async function schrijvingen(): Promise<number> {
  return Number(rowsOf<{ n: string | number }>(await t.db.execute(sql`select n from fuzz_schrijvingen`))[0]!.n);
}

interface Uitkomst { status: number; contentType: string; text: string; json: any }
async function stuur(methode: string, pad: string, sleutel: string, headers: Record<string, string>, body?: string | Uint8Array<ArrayBuffer>): Promise<Uitkomst> {
  const res = await t.app.request(pad, { method: methode, headers: { Authorization: `Bearer ${sleutel}`, ...headers }, body });
  const text = await res.text();
  let json: unknown;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
}

function controleerProbleem(u: Uitkomst, context: string) {
  expect(u.contentType, context).toContain('application/problem+json');
  expect(u.json, context).toMatchObject({ status: u.status, title: expect.any(String), detail: expect.any(String) });
  expect(u.json.title.length, context).toBeGreaterThan(0);
  expect(u.json.detail.length, context).toBeGreaterThan(0);
  expect(u.text, context).not.toMatch(/\bat .+\.(ts|js):\d+|syntax error at or near|relation "|duplicate key value|violates .* constraint/i);
}

const beschrijf = (r: Route, h: Headers, b: Body, query: string) =>
  `${r.naam}${query.slice(0, 80)} [${b.soort}] content-type=${JSON.stringify(h.contentType)} idempotency-key=${h.idempotencyKey === 'nieuw' ? 'nieuw (uuid)' : h.idempotencyKey ? `${h.idempotencyKey.length} tekens` : '-'} if-match=${JSON.stringify(h.ifMatch)?.slice(0, 40)} body=${(b.tekst ?? '').slice(0, 300)}${(b.tekst?.length ?? 0) > 300 ? `… (${b.tekst!.length} tekens)` : ''}`;

let basis: number | null = null;
let aantalGevallen = 0;

/** Properties 1–3 for any answer: never a 5xx; a 4xx is problem details and wrote nothing. */
async function controleerAntwoord(u: Uitkomst, context: string) {
  expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 500)}`).toBeLessThan(500);
  const na = await schrijvingen();
  if (u.status >= 400) {
    controleerProbleem(u, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`);
    expect(na - basis!, `${context}\n→ ${u.status} schreef toch iets`).toBe(0);
  }
  basis = na;
}


async function eenGeval(r: Route, sleutel: string, b: Body, h: Headers, query: string) {
  aantalGevallen++;
  const headers: Record<string, string> = { ...h.overig };
  if (h.contentType !== null) headers['Content-Type'] = h.contentType;
  if (h.idempotencyKey !== undefined) headers['Idempotency-Key'] = h.idempotencyKey === 'nieuw' ? `fuzz-${crypto.randomUUID()}` : h.idempotencyKey;
  if (h.ifMatch === 'actueel') {
    // The dossier's current ETag, read from the table (a GET would itself write a verwerking).
    const [d] = await t.db.select({ versie: dossiers.versie }).from(dossiers).where(eq(dossiers.id, ids.dossierId!));
    headers['If-Match'] = etagVoor(d!.versie);
  } else if (h.ifMatch !== undefined) headers['If-Match'] = h.ifMatch;

  basis ??= await schrijvingen();
  const context = beschrijf(r, h, b, query);
  const u = await stuur(r.methode, url(r, query), sleutel, headers, b.tekst);

  // 1–3. Never a 5xx; a refusal is problem details and writes nothing.
  await controleerAntwoord(u, context);
  const heeftBody = Boolean(SJABLOON[r.naam]);
  const namen = (): string[] => (u.json?.invalidParams ?? []).map((p: { name: string }) => p.name);
  // 4. Unknown fields are 400 and named.
  if (heeftBody && (b.soort === 'onbekend' || b.soort === 'genest-onbekend') && h.netjes) {
    expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toBe(400);
    const namen: string[] = (u.json?.invalidParams ?? []).filter((p: { code: string }) => p.code === 'unknown').map((p: { name: string }) => p.name);
    const genoemd = namen.some((n) => n === b.onbekend || n.split(', ').includes(b.onbekend!) || (b.onbekend!.length > 0 && n.includes(b.onbekend!)));
    expect(genoemd, `${context}\n→ ${u.text.slice(0, 300)}\ninvalidParams noemt het onbekende veld ${JSON.stringify(b.onbekend)} niet`).toBe(true);
  }
  // 5. A body that is not JSON by its Content-Type: 415.
  // (An Idempotency-Key that was used before is checked first: 422. So only with none or a fresh one.)
  // (JSON is what the route declares: application/json, and for a PATCH also application/merge-patch+json.)
  const jsonType = h.contentType !== null && isToegestaanMediatype(h.contentType, mediatypen(r));
  if (heeftBody && !jsonType && (b.tekst ?? '').length > 0 && (h.idempotencyKey === undefined || h.idempotencyKey === 'nieuw')) {
    expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toBe(415);
  }
  if (!heeftBody || !h.netjes || !b.veld) return;
  // 6. A duplicate key: 400 naming it.
  if (b.soort === 'duplicaat') {
    expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toBe(400);
    expect(u.json.invalidParams, context).toContainEqual(expect.objectContaining({ name: b.veld, code: 'duplicate_key' }));
  }
  // 7. An impossible or out-of-range date: 400 naming the field and the range.
  if (b.soort === 'datum' && b.ongeldig) {
    expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toBe(400);
    const fout = u.json.invalidParams.find((p: { name: string }) => p.name === b.veld);
    expect(fout?.reason, `${context}\n→ ${u.text.slice(0, 300)}`).toMatch(/1900-01-01.*2100-12-31/);
  }
  // 8. A forbidden character in a name or code (or a control character in free text): 400 naming the field.
  if (b.soort === 'teken' && b.ongeldig) {
    expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toBe(400);
    expect(namen(), `${context}\n→ ${u.text.slice(0, 300)}`).toContain(b.veld);
  }
}

// ---------------------------------------------------------------------------------------------
// The tests.
// ---------------------------------------------------------------------------------------------

const ISSUER = 'https://login.fuzz.example.nl';
let tokenSleutel: CryptoKey;

beforeAll(async () => {
  // Bearer JWTs are accepted next to API keys, so odd tokens reach the JWT path (issue 11).
  const paar = await generateKeyPair('ES256');
  tokenSleutel = paar.privateKey;
  const jwk = { ...(await exportJWK(paar.publicKey)), kid: 'fuzz', alg: 'ES256' };
  t = await startTestApp({
    nu: '2026-11-20T10:00:00Z',
    jwt: { issuers: [ISSUER], audience: 'nrm-api', organisatieClaim: 'nrm_organisatie_id', rolClaim: 'nrm_rol', sleutels: createLocalJWKSet({ keys: [jwk] }) },
  });
  tabellen = rowsOf<{ tablename: string }>(await t.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`))
    .map((r) => r.tablename).filter((n) => n !== 'idempotentie_sleutels' && n !== 'snelheidsvensters');
  await bouwFixture();
  await installeerSchrijfteller();
});
afterAll(async () => {
  // Fuzzed values stored as names are no personal data; the harness's log check compares every
  // stored name with the log lines, so keep only the fixture's own identity for that check.
  await t?.db.execute(sql`update persoonsgegevens set voornamen = ${PG.voornamen}, geslachtsnaam = ${PG.geslachtsnaam}, vreemdelingennummer = ${PG.vreemdelingennummer}`);
  await t?.close();
});

const TE_FUZZEN = [...ROUTES].sort((a, b) => Number(SLOOPT.has(a.naam)) - Number(SLOOPT.has(b.naam)));

describe('de te fuzzen routes', () => {
  it('elke POST/PUT/PATCH-route van de app wordt gefuzzed, met een toegestane rol, en elke route met een body heeft een sjabloon', () => {
    expect(ROUTES.length).toBeGreaterThan(25);
    for (const r of ROUTES) {
      expect(r.permissie, r.naam).toBeDefined();
      const [, rol] = beller(r);
      expect(magUitvoeren(rol, r.permissie), `${r.naam} als ${rol}`).toBe(true);
      if (bodySchema(r)) expect(Object.keys(SJABLOON), `${r.naam}: voeg een geldig sjabloon toe`).toContain(r.naam);
    }
    expect(Object.keys(SJABLOON).filter((n) => !ROUTES.some((r) => r.naam === n))).toEqual([]);
    expect(ROLLEN.length).toBeGreaterThan(0);
  });

  it('de sjablonen zijn geldig: elk haalt de validatie (geen 400) met een nette aanroep', async () => {
    // Dry run against a dossier nobody can see: a valid body then ends in 404/409/422, never 400.
    for (const r of TE_FUZZEN.filter((x) => SJABLOON[x.naam])) {
      const [org, rol] = beller(r);
      const pad = r.params.length ? url(r, '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '00000000-0000-4000-8000-000000000000') : null;
      if (!pad) continue; // collection routes would create; the fuzzer covers them
      const u = await stuur(r.methode, pad, t.sleutel(org, rol), { 'Content-Type': 'application/json', 'If-Match': '"1"' }, JSON.stringify(SJABLOON[r.naam]!()));
      expect(u.status, `${r.naam}: ${u.text.slice(0, 300)}`).not.toBe(400);
    }
  });
});

describe('NUL-teken (U+0000) in elk tekstveld: geen 5xx', () => {
  // Every string field of every template: NUL is refused at validation with the field named (found
  // by this fuzzer: PostgreSQL text cannot hold U+0000, which used to end in a 500).
  const gevallen = TE_FUZZEN.flatMap((r) => {
    const sjabloon = SJABLOON[r.naam];
    return sjabloon ? Object.keys(sjabloon()).map((veld) => [r.naam, veld, r] as const) : [];
  });
  const sturen = async (r: Route, veld: string) => {
    const [org, rol] = beller(r);
    const b = SJABLOON[r.naam]!();
    b[veld] = `${typeof b[veld] === 'string' ? b[veld] : 'tekst'}\u0000x`;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (MET_IF_MATCH.has(r.naam)) {
      const [d] = await t.db.select({ versie: dossiers.versie }).from(dossiers).where(eq(dossiers.id, ids.dossierId!));
      headers['If-Match'] = etagVoor(d!.versie);
    }
    const voor = await tellingen();
    const u = await stuur(r.methode, url(r, ''), t.sleutel(org, rol), headers, JSON.stringify(b));
    if (u.status >= 400) {
      controleerProbleem(u, `${r.naam} ${veld}`);
      expect(await tellingen()).toEqual(voor);
    }
    expect(u.status, `${r.naam} ${veld}: ${u.text.slice(0, 200)}`).toBeLessThan(500);
    if (typeof SJABLOON[r.naam]!()[veld] === 'string') {
      expect(u.status, `${r.naam} ${veld}`).toBe(400);
      expect(u.json.invalidParams.map((p: { name: string }) => p.name), `${r.naam} ${veld}`).toContain(veld);
    }
  };
  it.each(gevallen)('%s — %s', async (_naam, veld, r) => { await sturen(r, veld); });
});

describe('fuzzing: nooit een 5xx, altijd problem details, niets geschreven bij een weigering, onbekende velden 400', () => {
  it.each(TE_FUZZEN.map((r) => [r.naam, r] as const))('%s', async (_naam, r) => {
    const [org, rol] = beller(r);
    const sleutel = t.sleutel(org, rol);
    basis = null;
    await fc.assert(fc.asyncProperty(bodyArbitrary(r), headersArb, queryArb, async (b, h, q) => {
      await eenGeval(r, sleutel, b, h, q);
    }));
  }, 600_000);
});

// ---------------------------------------------------------------------------------------------
// GET routes: every query parameter the document declares, with edge dates and crafted cursors.
// ---------------------------------------------------------------------------------------------

interface GetRoute { naam: string; pad: string; permissie: Permissie; query: Array<{ naam: string; datum: boolean }> }
const GET_ROUTES: GetRoute[] = (() => {
  const lijst: GetRoute[] = [];
  for (const [pad, ops] of Object.entries(openapi.paths)) {
    const op = ops.get as { parameters?: Array<{ name: string; in: string; schema?: JsonSchema }> } | undefined;
    const query = (op?.parameters ?? []).filter((p) => p.in === 'query');
    if (!op || query.length === 0) continue;
    const honoPad = `/v1${pad.replace(/\{([^}]+)\}/g, ':$1')}`;
    const permissie = routeApp.routes.map((r) => (r.method === 'GET' && r.path === honoPad ? (r.handler as { permissie?: Permissie }).permissie : undefined)).find(Boolean);
    if (!permissie) continue;
    lijst.push({ naam: `GET /v1${pad}`, pad: honoPad, permissie, query: query.map((p) => ({ naam: p.name, datum: p.schema ? isDatumSchema(p.schema) : false })) });
  }
  return lijst;
})();

/** A genuine cursor (from a Link header), read in the fixture: the base of bit-flipped and moved cursors. */
const echteCursor: { pad: string; cursor: string } = { pad: '', cursor: '' };
const b64 = (w: unknown) => Buffer.from(JSON.stringify(w)).toString('base64url');
const UUID_ACHTIG = fc.constantFrom('-'.repeat(36), '00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '0000000g-0000-4000-8000-000000000000', 'x'.repeat(36));
const MOMENT_ACHTIG = fc.constantFrom('2026-11-20T10:00:00.000Z', '+275760-09-13T00:00:00.000Z', '2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', 'gisteren');
type Cursorsoort = 'oud-formaat' | 'verkeerde-mac' | 'bit-omgedraaid' | 'verplaatst' | 'rommel';
const cursorArb: fc.Arbitrary<{ soort: Cursorsoort; waarde: string }> = fc.oneof(
  // The old unsigned format with the positions that used to reach PostgreSQL.
  fc.oneof(
    fc.tuple(MOMENT_ACHTIG, UUID_ACHTIG), fc.tuple(fc.constantFrom(...ONGELDIGE_DATUMS, '2026-11-20'), UUID_ACHTIG),
    fc.tuple(fc.constantFrom('2026-11-20', '2026-02-30'), MOMENT_ACHTIG, UUID_ACHTIG), fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 1e300, 2 ** 31),
  ).map((w) => ({ soort: 'oud-formaat' as const, waarde: b64(w) })),
  // Valid-looking positions with a MAC that is not ours.
  fc.tuple(fc.tuple(fc.constant('2026-11-20T10:00:00.000Z'), fc.constant('00000000-0000-4000-8000-000000000000')), fc.uint8Array({ minLength: 16, maxLength: 16 }))
    .map(([w, mac]) => ({ soort: 'verkeerde-mac' as const, waarde: `${b64(w)}.${Buffer.from(mac).toString('base64url')}` })),
  // A genuine cursor with one bit flipped in its position or its MAC.
  fc.tuple(fc.boolean(), fc.nat(), fc.integer({ min: 0, max: 7 })).map(([inMac, plek, bit]) => {
    const [inhoud, mac] = echteCursor.cursor.split('.') as [string, string];
    const flip = (deel: string) => {
      const bytes = Buffer.from(deel, 'base64url');
      bytes[plek % bytes.length]! ^= 1 << bit;
      return bytes.toString('base64url');
    };
    return { soort: 'bit-omgedraaid' as const, waarde: inMac ? `${inhoud}.${flip(mac)}` : `${flip(inhoud)}.${mac}` };
  }),
  fc.constant(null).map(() => ({ soort: 'verplaatst' as const, waarde: echteCursor.cursor })),
  fc.oneof(tekst.map((x) => x.slice(0, 400)), fc.constantFrom('.', '..', 'a.b.c', '=', '%', '\u00ff.\u00ff')).map((waarde) => ({ soort: 'rommel' as const, waarde })),
);

const getWaarde = (datum: boolean) => fc.oneof(
  { weight: datum ? 4 : 1, arbitrary: fc.constantFrom(...ONGELDIGE_DATUMS, ...GELDIGE_DATUMS) },
  { weight: 2, arbitrary: tekst.map((x) => x.slice(0, 200)) },
  { weight: 1, arbitrary: UUID_ACHTIG },
  { weight: 1, arbitrary: fc.constantFrom('0', '-1', '201', '1e309', 'NaN', '1.5', '00050', ' 5', 'true', '', 'actief', 'open', 'lopend') },
);

function getQueryArb(r: GetRoute) {
  const namen = r.query.map((q) => q.naam);
  return fc.tuple(
    fc.subarray(namen, { minLength: 1, maxLength: Math.min(3, namen.length) }).chain((gekozen) => fc.tuple(...gekozen.map((naam) => {
      const q = r.query.find((x) => x.naam === naam)!;
      return naam === 'cursor' ? cursorArb.map((c) => [naam, c.waarde, c.soort] as const) : getWaarde(q.datum).map((w) => [naam, w, q.datum] as const);
    }))),
    fc.boolean(),
  );
}

describe('fuzzing van de query van elke GET-route: randdatums en nagemaakte cursors geven 400, nooit een 5xx', () => {
  it('er zijn GET-routes met een cursor en met een datumfilter', () => {
    expect(GET_ROUTES.filter((r) => r.query.some((q) => q.naam === 'cursor')).length).toBeGreaterThanOrEqual(15);
    expect(GET_ROUTES.filter((r) => r.query.some((q) => q.datum)).length).toBeGreaterThanOrEqual(2);
    expect(echteCursor.cursor).toContain('.');
  });

  it.each(GET_ROUTES.map((r) => [r.naam, r] as const))('%s', async (_naam, r) => {
    const [org, rol] = beller({ methode: 'GET', pad: r.pad, naam: r.naam, permissie: r.permissie, params: [] });
    const sleutel = t.sleutel(org, rol);
    const pad = r.pad.replace(PARAM, (_, naam: string) => ids[naam] ?? '00000000-0000-4000-8000-000000000000');
    basis = null;
    await fc.assert(fc.asyncProperty(getQueryArb(r), async ([paren, dubbel]) => {
      aantalGevallen++;
      const query = paren.flatMap(([naam, waarde]) => (dubbel ? [[naam, waarde], [naam, waarde]] : [[naam, waarde]]))
        .map(([naam, waarde]) => `${codeer(String(naam))}=${codeer(String(waarde))}`).join('&');
      basis ??= await schrijvingen();
      const u = await stuur('GET', `${pad}?${query}`, sleutel, {});
      const context = `${r.naam}?${query.slice(0, 300)}`;
      await controleerAntwoord(u, context);
      for (const [naam, waarde, soort] of paren) {
        // A cursor we did not sign for this path, or an impossible date in a date filter: 400.
        const nagemaakt = naam === 'cursor' && !(soort === 'verplaatst' && pad === echteCursor.pad);
        const ongeldigeDatum = soort === true && !isKalenderdatum(String(waarde));
        if (nagemaakt || ongeldigeDatum) expect(u.status, `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toBe(400);
      }
    }), { numRuns: RUNS_PER_GET_ROUTE });
  }, 600_000);
});

// ---------------------------------------------------------------------------------------------
// Bearer JWTs with odd claims (issue 11: a non-UUID organisation claim gave a 500).
// ---------------------------------------------------------------------------------------------

const ONTBREEKT = Symbol('ontbreekt');
const claimWaarde = fc.oneof(
  { weight: 2, arbitrary: tekst.map((x) => x.slice(0, 100)) },
  { weight: 2, arbitrary: UUID_ACHTIG },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 1, arbitrary: fc.oneof(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 })) },
  { weight: 1, arbitrary: fc.constant(ONTBREEKT) },
);
interface Tokengeval { org: unknown; rol: unknown; sub: unknown; iss: unknown; exp: unknown; vorm: 'getekend' | 'alg-none' | 'rommel'; geldigeOrg: 'ja' | 'hoofdletters' | 'nee' }
const tokenArb: fc.Arbitrary<Tokengeval> = fc.record({
  geldigeOrg: fc.constantFrom<'ja' | 'hoofdletters' | 'nee'>('ja', 'hoofdletters', 'nee', 'nee'),
  org: claimWaarde,
  rol: fc.oneof({ weight: 4, arbitrary: fc.constant('intaker') }, { weight: 1, arbitrary: fc.constantFrom('analist', 'auditor', 'ind_medewerker') }, { weight: 1, arbitrary: claimWaarde }),
  sub: fc.oneof({ weight: 3, arbitrary: fc.constant('medewerker-1') }, { weight: 1, arbitrary: claimWaarde }),
  iss: fc.oneof({ weight: 4, arbitrary: fc.constant(ISSUER) }, { weight: 1, arbitrary: claimWaarde }),
  exp: fc.oneof({ weight: 4, arbitrary: fc.constant('over-5-minuten') }, { weight: 1, arbitrary: fc.oneof(claimWaarde, fc.constantFrom(0, -1, 1e300, 2 ** 53, '9999999999')) }),
  vorm: fc.constantFrom<Tokengeval['vorm']>('getekend', 'getekend', 'getekend', 'alg-none', 'rommel'),
});

async function maakToken(g: Tokengeval): Promise<{ token: string; orgIsUuid: boolean }> {
  const nu = Math.floor(t.klok.now().getTime() / 1000);
  const org = g.geldigeOrg === 'ja' ? t.organisatieIds.politie : g.geldigeOrg === 'hoofdletters' ? t.organisatieIds.politie!.toUpperCase() : g.org;
  const claims: Record<string, unknown> = { aud: 'nrm-api', iat: nu };
  const zet = (naam: string, w: unknown) => { if (w !== ONTBREEKT) claims[naam] = w; };
  zet('nrm_organisatie_id', org); zet('nrm_rol', g.rol); zet('sub', g.sub); zet('iss', g.iss);
  zet('exp', g.exp === 'over-5-minuten' ? nu + 300 : g.exp);
  const orgIsUuid = typeof org === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(org);
  if (g.vorm === 'rommel') return { token: `${b64({ alg: 'ES256' })}.${b64(claims)}.${'A'.repeat(86)}`, orgIsUuid };
  if (g.vorm === 'alg-none') return { token: `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`, orgIsUuid };
  return { token: await new SignJWT(claims as never).setProtectedHeader({ alg: 'ES256', kid: 'fuzz' }).sign(tokenSleutel), orgIsUuid };
}

describe('fuzzing van bearer-JWT-claims: 200, 401 of 403, nooit een 5xx', () => {
  it(`${RUNS_JWT} tokens op GET /v1/dossiers`, async () => {
    const statussen = new Map<number, number>();
    basis = null;
    await fc.assert(fc.asyncProperty(tokenArb, async (g) => {
      aantalGevallen++;
      const { token, orgIsUuid } = await maakToken(g);
      basis ??= await schrijvingen();
      const u = await stuur('GET', '/v1/dossiers?limit=1', token, {});
      const context = `token ${JSON.stringify(g, (_k, v) => (v === ONTBREEKT ? '<ontbreekt>' : v)).slice(0, 400)}`;
      await controleerAntwoord(u, context);
      expect([200, 401, 403], `${context}\n→ ${u.status} ${u.text.slice(0, 300)}`).toContain(u.status);
      if (!orgIsUuid || g.vorm !== 'getekend') expect(u.status, `${context}\n→ ${u.text.slice(0, 300)}`).toBe(401);
      statussen.set(u.status, (statussen.get(u.status) ?? 0) + 1);
    }), { numRuns: RUNS_JWT });
    // The generator also makes valid tokens (else it would only test the first check).
    console.log(`fuzz: tokens per status ${JSON.stringify(Object.fromEntries(statussen))}`);
    expect(statussen.get(200) ?? 0).toBeGreaterThan(0);
    expect(statussen.get(401) ?? 0).toBeGreaterThan(0);
  }, 600_000);
});

describe('request body size limit', () => {
  const sluiting = () => `/v1/dossiers/${ids.dossierId}/signalen`;
  const groot = (bytes: number) => JSON.stringify({ ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', uitbuitingsvormen: ['seksueel'], locatie: 'nederland', samenvatting: 'x'.repeat(bytes) });

  it('een body van meer dan 1 MiB is 413 problem details en er wordt niets geschreven', async () => {
    const voor = await tellingen();
    const u = await stuur('POST', sluiting(), t.sleutel('politie', 'intaker'), { 'Content-Type': 'application/json' }, groot(1024 * 1024));
    expect(u.status).toBe(413);
    controleerProbleem(u, '413');
    expect(await tellingen()).toEqual(voor);
  });

  it('ook met een Content-Length die de grens overschrijdt, en zonder sleutel (de grens geldt vóór alles)', async () => {
    const body = groot(2 * 1024 * 1024);
    const u = await stuur('POST', sluiting(), t.sleutel('politie', 'intaker'), { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }, body);
    expect(u.status).toBe(413);
    controleerProbleem(u, '413 met Content-Length');
  });

  it('ook als stroom zonder Content-Length (chunked)', async () => {
    const stukken = Array.from({ length: 20 }, () => new TextEncoder().encode('x'.repeat(64 * 1024)));
    const stroom = new ReadableStream<Uint8Array>({
      start(c) { c.enqueue(new TextEncoder().encode('{"samenvatting":"')); for (const s of stukken) c.enqueue(s); c.enqueue(new TextEncoder().encode('"}')); c.close(); },
    });
    const voor = await tellingen();
    const res = await t.app.request(sluiting(), {
      method: 'POST', headers: { Authorization: `Bearer ${t.sleutel('politie', 'intaker')}`, 'Content-Type': 'application/json' }, body: stroom, duplex: 'half',
    } as RequestInit);
    const text = await res.text();
    expect(res.status, text.slice(0, 300)).toBe(413);
    controleerProbleem({ status: res.status, contentType: res.headers.get('content-type') ?? '', text, json: JSON.parse(text) }, '413 chunked');
    expect(await tellingen()).toEqual(voor);
  });

  it('net onder de grens is geen 413 (de samenvatting is dan te lang: 400)', async () => {
    const u = await stuur('POST', sluiting(), t.sleutel('politie', 'intaker'), { 'Content-Type': 'application/json' }, groot(1000 * 1024));
    expect(u.status).toBe(400);
    controleerProbleem(u, 'onder de grens');
  });

  it('niet-UTF-8-bytes in de body: 400, geen 5xx', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
    const u = await stuur('POST', sluiting(), t.sleutel('politie', 'intaker'), { 'Content-Type': 'application/json' }, bytes);
    expect(u.status).toBe(400);
    controleerProbleem(u, 'niet-UTF-8');
  });
});

describe('omvang', () => {
  it(`minstens ${MINIMUM_GEVALLEN} gevallen (seed ${SEED}, ${RUNS_PER_ROUTE} per schrijvende route, ${RUNS_PER_GET_ROUTE} per GET-route, ${RUNS_JWT} tokens)`, () => {
    console.log(`fuzz: ${aantalGevallen} gevallen, seed ${SEED}`);
    expect(aantalGevallen).toBeGreaterThanOrEqual(ROUTES.length * RUNS_PER_ROUTE + GET_ROUTES.length * RUNS_PER_GET_ROUTE + RUNS_JWT);
    expect(aantalGevallen).toBeGreaterThanOrEqual(MINIMUM_GEVALLEN);
  });
});
