// Edge input that used to end in a 500, or was silently accepted (issue 11, items 2 and 5; issue 16,
// item 7). Every reproduction from the issue is a test here:
// - year 0000 (and other impossible or out-of-range dates) in every date field of a body, a query
//   filter and the search: 400 naming the field and the accepted range, nothing written;
// - crafted cursors (36 dashes for an id, 30 February, year 275760, a huge volgnummer) on every
//   list: 400 naming `cursor`; cursors are signed, so a tampered or transplanted one is refused too;
// - ids that are not UUIDs in every path: never a 5xx;
// - control characters, lone surrogates, bidi overrides and U+FEFF in names and codes: 400;
// - media types other than application/json (merge-patch, +json, charset=utf-16): 415, the record
//   unchanged; duplicate keys in a JSON body: 400 naming the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { AppDeps } from '../../src/context.js';
import { magUitvoeren, type Permissie } from '../../src/access/permissiematrix.js';
import type { Rol } from '../../src/domain/catalogus.js';
import { isKalenderdatum } from '../../src/domain/kalender.js';
import { dubbeleSleutels, isToegestaanMediatype } from '../../src/http/json-body.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { geweigerd, ongeldigeNamen } from '../support/weigering.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { nieuwVnummer } from '../support/personen.js';

let t: TestApp;
const VANDAAG = '2026-11-20';
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
const ind = () => t.sleutel('ind', 'ind_medewerker');
const DERDELANDER = { nationaliteitCategorie: 'derdelander', eurechtelijkeAanspraken: null, verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };
const PG = { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: '1234567890', geslacht: 'vrouw', talen: ['en'] };
const BEOORDELING = {
  beoordelingsdatum: VANDAAG, informatiefGesprek: { gevoerd: true, datum: VANDAAG }, elementen: { handeling: true, middel: true, oogmerk: true },
  indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
};
const SIGNAAL = {
  ontvangstdatum: VANDAAG, bron: 'slachtoffer_zelf', melder: null, uitbuitingsvormen: ['seksueel'], indicatoren: ['gebruik_geweld'],
  locatie: 'nederland', weging: { schaal: 'politie_digw', waarde: 'sterk' }, samenvatting: 'Meldt zich bij de balie.',
};

async function maak(pad: string, body: unknown, sleutel = intaker(), status = 201) {
  const r = await t.verzoek('POST', pad, { sleutel, body });
  expect(r.status, r.text).toBe(status);
  return r.body;
}

/** A dossier with personal data and an aangifte: the IND and the OM can see it (docs/architectuur.md §3). */
async function dossierBijInd(): Promise<string> {
  const { id } = await maak('/v1/dossiers', DERDELANDER);
  const p = await t.verzoek('PUT', `/v1/dossiers/${id}/persoonsgegevens`, { sleutel: intaker(), body: { ...PG, vreemdelingennummer: nieuwVnummer() } });
  expect(p.status, p.text).toBe(201);
  await maak(`/v1/dossiers/${id}/beoordelingen`, BEOORDELING);
  await maak(`/v1/dossiers/${id}/strafrechtelijke-gebeurtenissen`, { soort: 'aangifte', datum: VANDAAG });
  return id;
}

const BEREIK = /1900-01-01.*2100-12-31/;

function verwachtDatumfout(r: { status: number; body: any }, veld: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(400);
  const fout = r.body.invalidParams.find((p: { name: string }) => p.name === veld);
  expect(fout, `${veld} in ${JSON.stringify(r.body.invalidParams)}`).toBeDefined();
  expect(fout.reason).toMatch(BEREIK);
}

describe('datums: één controle voor elk datumveld (issue 11, item 2)', () => {
  let dossierId: string;
  beforeAll(async () => { dossierId = await dossierBijInd(); });

  // The reproductions of the issue: each of these answered 500 (PostgreSQL 22008) with year 0000.
  it.each<[string, string, () => string, () => string, Record<string, unknown>, string]>([
    ['persoonsgegevens.geboortedatum', 'PUT', () => `/v1/dossiers/${dossierId}/persoonsgegevens`, intaker, { ...PG, geboortedatum: '0000-01-01' }, 'geboortedatum'],
    ['signalen.ontvangstdatum', 'POST', () => `/v1/dossiers/${dossierId}/signalen`, intaker, { ...SIGNAAL, ontvangstdatum: '0000-01-01' }, 'ontvangstdatum'],
    ['beoordelingsdatum', 'POST', () => `/v1/dossiers/${dossierId}/beoordelingen`, intaker, { ...BEOORDELING, beoordelingsdatum: '0000-01-01', informatiefGesprek: { gevoerd: false, datum: null } }, 'beoordelingsdatum'],
    ['informatiefGesprek.datum', 'POST', () => `/v1/dossiers/${dossierId}/beoordelingen`, intaker, { ...BEOORDELING, informatiefGesprek: { gevoerd: true, datum: '0000-01-01' } }, 'informatiefGesprek.datum'],
    ['strafrechtelijke gebeurtenis datum', 'POST', () => `/v1/dossiers/${dossierId}/strafrechtelijke-gebeurtenissen`, intaker, { soort: 'afzien_aangifte', datum: '0000-01-01', redenen: [], toelichting: null }, 'datum'],
    ['beroep op B8/3 datum', 'POST', () => `/v1/dossiers/${dossierId}/beroepen-b8-3`, intaker, { datum: '0000-01-01', toelichting: null }, 'datum'],
    ['verblijfsbesluit datum', 'POST', () => `/v1/dossiers/${dossierId}/verblijfsbesluiten`, ind, { soort: 'vertrekplicht_opgeschort', datum: '0000-01-01', geldigTot: null, toelichting: null }, 'datum'],
    ['_zoek geboortedatum', 'POST', () => '/v1/dossiers/_zoek', intaker, { geslachtsnaam: 'Mensah', geboortedatum: '0000-01-01' }, 'geboortedatum'],
  ])('%s 0000-01-01: 400 met het bereik, niets geschreven', async (_naam, methode, pad, sleutel, body, veld) => {
    const r = await geweigerd(t, methode, pad(), { sleutel: sleutel(), body }, 400);
    verwachtDatumfout(r, veld);
  });

  it.each([
    ['/v1/bedenktijden?uiterlijkeEinddatumTot=0000-01-01', intaker, 'uiterlijkeEinddatumTot'],
    ['/v1/bedenktijden?uiterlijkeEinddatumTot=2026-02-30', intaker, 'uiterlijkeEinddatumTot'],
    ['/v1/verblijfsbesluiten?geldigTotVoor=0000-01-01', ind, 'geldigTotVoor'],
    ['/v1/verblijfsbesluiten?geldigTotVoor=%2B275760-09-13', ind, 'geldigTotVoor'],
  ])('lijstfilter %s: 400', async (pad, sleutel, veld) => {
    verwachtDatumfout(await t.verzoek('GET', pad, { sleutel: sleutel() }), veld);
  });

  it.each([
    ['0000-01-01', false], ['2026-02-30', false], ['2023-02-29', false], ['2024-02-29', true], ['+275760-09-13', false],
    ['1899-12-31', false], ['1900-01-01', true], ['2100-12-31', true], ['2101-01-01', false], ['2026-13-01', false],
    ['2026-00-10', false], ['2026-04-31', false], ['2026-1-1', false], ['20260101', false], ['2026-11-20T00:00:00Z', false], [' 2026-11-20', false],
  ])('isKalenderdatum(%j) is %s', (datum, geldig) => {
    expect(isKalenderdatum(datum)).toBe(geldig);
  });

  it('1899-12-31 en 2101-01-01 zijn buiten het bereik; de grenzen zelf kunnen', async () => {
    for (const datum of ['1899-12-31', '2101-01-01', '2026-02-30']) {
      verwachtDatumfout(await geweigerd(t, 'PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: intaker(), body: { ...PG, geboortedatum: datum } }, 400), 'geboortedatum');
    }
    for (const datum of ['1900-01-01', '2024-02-29']) {
      const r = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: intaker(), body: { ...PG, geboortedatum: datum } });
      expect(r.status, r.text).toBe(200);
      expect(r.body.geboortedatum).toBe(datum);
    }
  });

  // Every date field the document declares, in every body and query of the API: the same rule.
  it('elk datumveld van elke body en elke query (uit het OpenAPI-document) weigert 0000-01-01 met het bereik', async () => {
    const doc = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const schemas = doc.components.schemas as Record<string, any>;
    const los = (s: any): any => (s?.$ref ? los(schemas[s.$ref.split('/').pop()]) : s);
    /** Paths of date properties, one level into nested objects (informatiefGesprek.datum). */
    const datumvelden = (s: any, voor = ''): string[] => Object.entries(los(s)?.properties ?? {}).flatMap(([naam, p]: [string, any]) => {
      const eigen = los(p);
      const anyOf = (eigen.anyOf ?? eigen.oneOf ?? []).map(los);
      if (eigen.format === 'date' || anyOf.some((x: any) => x.format === 'date')) return [`${voor}${naam}`];
      if (eigen.type === 'object' && !voor) return datumvelden(eigen, `${naam}.`);
      return [];
    });
    let aantal = 0;
    for (const [pad, operaties] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [methode, op] of Object.entries(operaties)) {
        const permissie = permissieVan(methode.toUpperCase(), pad);
        if (!permissie) continue;
        const [org, rol] = bellerVoor(permissie);
        const url = `/v1${pad.replace(/\{[^}]+\}/g, dossierIdOfWillekeurig)}`;
        for (const p of (op.parameters ?? []).filter((x: any) => x.in === 'query' && los(x.schema)?.format === 'date')) {
          verwachtDatumfout(await t.verzoek('GET', `${url}?${p.name}=0000-01-01`, { sleutel: t.sleutel(org, rol) }), p.name);
          aantal++;
        }
        const schema = op.requestBody?.content?.['application/json']?.schema;
        for (const veld of schema ? datumvelden(schema) : []) {
          const [ouder, kind] = veld.split('.');
          const body = kind ? { [ouder!]: { [kind]: '0000-01-01' } } : { [ouder!]: '0000-01-01' };
          const r = await geweigerd(t, methode.toUpperCase(), url, { sleutel: t.sleutel(org, rol), body, headers: { 'If-Match': '"1"' } }, 400);
          verwachtDatumfout(r, veld);
          aantal++;
        }
      }
    }
    // geboortedatum ×2, ontvangstdatum, beoordelingsdatum, informatiefGesprek.datum, aanbiedingsdatum, datum ×5,
    // geldigTot, startdatum, einddatum, and the two filters: the document must keep declaring them.
    expect(aantal).toBeGreaterThanOrEqual(16);
  });

  function dossierIdOfWillekeurig(param: string) {
    return param === '{dossierId}' ? dossierId : '00000000-0000-4000-8000-000000000000';
  }
});

// ---- who may call a route (from the running app's autoriseer middleware) ----------------------

const routeApp = createApp({
  config: parseConfig({}), logger: { info() {}, warn() {}, error() {} }, ids: { uuid: () => crypto.randomUUID() }, clock: { now: () => new Date() },
} as unknown as AppDeps);
const PARAM = /:([A-Za-z0-9_]+)(\{[^}]*\})?/g;
const ROUTES = (() => {
  const m = new Map<string, { methode: string; pad: string; permissie?: Permissie }>();
  for (const r of routeApp.routes) {
    if (r.path.includes('*')) continue;
    const sleutel = `${r.method} ${r.path}`;
    const route = m.get(sleutel) ?? { methode: r.method, pad: r.path };
    const permissie = (r.handler as { permissie?: Permissie }).permissie;
    if (permissie) route.permissie = permissie;
    m.set(sleutel, route);
  }
  return [...m.values()];
})();
function permissieVan(methode: string, documentPad: string): Permissie | undefined {
  return ROUTES.find((r) => r.methode === methode && r.pad === `/v1${documentPad.replace(/\{([^}]+)\}/g, ':$1')}`)?.permissie;
}
const VOORKEUR: Array<[Rol, DemoCode]> = [
  ['intaker', 'politie'], ['ind_medewerker', 'ind'], ['opvangmedewerker', 'opvang'], ['zorgcoordinator', 'zorg'], ['officier', 'om'],
  ['coa_medewerker', 'coa'], ['beheerder', 'beheer'], ['auditor', 'beheer'], ['analist', 'beheer'],
];
function bellerVoor(permissie: Permissie): [DemoCode, Rol] {
  const gevonden = VOORKEUR.find(([rol]) => magUitvoeren(rol, permissie));
  if (!gevonden) throw new Error(`geen rol voor ${permissie}`);
  return [gevonden[1], gevonden[0]];
}

describe('cursors (issue 11, item 2): ondertekend, niet te vervalsen, nooit een 5xx', () => {
  let dossierId: string;
  beforeAll(async () => {
    dossierId = await dossierBijInd();
    for (let i = 0; i < 3; i++) { t.klok.verzet(1000); await maak(`/v1/dossiers/${dossierId}/signalen`, SIGNAAL); }
  });

  const dashes = '-'.repeat(36);
  const moment = '2026-11-20T10:00:00.000Z';
  const oud = (waarde: unknown) => Buffer.from(JSON.stringify(waarde)).toString('base64url');
  // Cursors as the old, unsigned format accepted them: each reached PostgreSQL and ended in a 500.
  const GEMAAKT: Record<string, unknown[]> = {
    '/v1/dossiers': [[moment, dashes], ['+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']],
    '/v1/dossiers/{dossierId}/signalen': [[moment, dashes]],
    '/v1/dossiers/{dossierId}/beoordelingen': [[VANDAAG, moment, dashes], ['2026-02-30', moment, '00000000-0000-4000-8000-000000000000']],
    '/v1/bedenktijd-adviezen': [[moment, dashes]],
    '/v1/bedenktijden': [[VANDAAG, dashes], ['2026-02-30', '00000000-0000-4000-8000-000000000000']],
    '/v1/bedenktijd-signaleringen': [[VANDAAG, dashes], ['2026-02-30', '00000000-0000-4000-8000-000000000000']],
    '/v1/dossiers/{dossierId}/strafrechtelijke-gebeurtenissen': [[VANDAAG, moment, dashes]],
    '/v1/dossiers/{dossierId}/verblijfsbesluiten': [[VANDAAG, moment, dashes]],
    '/v1/verblijfsbesluiten': [[VANDAAG, dashes]],
    '/v1/dossiers/{dossierId}/tijdlijn': [[VANDAAG, moment, 0, dashes, 'x']],
    '/v1/dossiers/{dossierId}/verwijzingen': [[moment, dashes]],
    '/v1/verwijzingen': [[0, moment, dashes]],
    '/v1/opvanglocaties': [['COSM', dashes]],
    '/v1/kennisgevingen': [Number.MAX_SAFE_INTEGER],
    '/v1/abonnementen': [[moment, dashes]],
    '/v1/verzonden-kennisgevingen': [[moment, dashes]],
    '/v1/auditregels': [Number.MAX_SAFE_INTEGER],
    '/v1/signalen-zonder-opvolging': [[moment, dashes]],
  };

  it('elke lijst met een cursor staat in deze tabel', async () => {
    const doc = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const lijsten = Object.entries(doc.paths as Record<string, Record<string, any>>)
      .filter(([, ops]) => ops.get?.parameters?.some((p: { name: string }) => p.name === 'cursor')).map(([pad]) => `/v1${pad}`);
    expect(lijsten.sort()).toEqual(Object.keys(GEMAAKT).sort());
  });

  const gevallen = Object.entries(GEMAAKT).flatMap(([pad, waarden]) => waarden.map((w) => [pad, JSON.stringify(w), w] as const));
  it.each(gevallen)('%s met cursor %s: 400 die cursor noemt', async (pad, _tekst, waarde) => {
    const permissie = permissieVan('GET', pad.replace(/^\/v1/, ''))!;
    const [org, rol] = bellerVoor(permissie);
    const url = `${pad.replace('{dossierId}', dossierId)}?cursor=${oud(waarde)}`;
    const r = await t.verzoek('GET', url, { sleutel: t.sleutel(org, rol) });
    expect(r.status, r.text).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(ongeldigeNamen(r)).toEqual(['cursor']);
  });

  it('een echte cursor werkt; gewijzigd, met een andere handtekening of op een andere lijst niet', async () => {
    const pad = `/v1/dossiers/${dossierId}/signalen`;
    const eerste = await t.verzoek('GET', `${pad}?limit=1`, { sleutel: intaker() });
    expect(eerste.status).toBe(200);
    const volgende = /<([^>]+)>; rel="next"/.exec(eerste.headers.get('link') ?? '')?.[1];
    expect(volgende).toBeDefined();
    const tweede = await t.verzoek('GET', volgende!, { sleutel: intaker() });
    expect(tweede.status, tweede.text).toBe(200);
    expect(tweede.body.signalen[0].id).not.toBe(eerste.body.signalen[0].id);

    const cursor = new URL(volgende!, 'http://x').searchParams.get('cursor')!;
    const [inhoud, mac] = cursor.split('.') as [string, string];
    const positie = JSON.parse(Buffer.from(inhoud, 'base64url').toString()) as [string, string];
    const varianten = {
      'andere handtekening': `${inhoud}.${Buffer.from(Buffer.from(mac, 'base64url').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64url')}`,
      'gewijzigde inhoud met de oude handtekening': `${oud([positie[0], dashes])}.${mac}`,
      'een geldig uitziend id met de oude handtekening': `${oud([positie[0], '00000000-0000-4000-8000-000000000000'])}.${mac}`,
      'zonder handtekening': inhoud,
      'lege handtekening': `${inhoud}.`,
      'drie delen': `${inhoud}.${mac}.${mac}`,
      'base64 met vreemde tekens': `${inhoud}!.${mac}`,
      'een punt': '.',
      'heel lang': 'a'.repeat(499),
    };
    for (const [naam, waarde] of Object.entries(varianten)) {
      const r = await t.verzoek('GET', `${pad}?cursor=${encodeURIComponent(waarde)}`, { sleutel: intaker() });
      expect(r.status, `${naam}: ${r.text}`).toBe(400);
      expect(ongeldigeNamen(r), naam).toEqual(['cursor']);
    }
    // A cursor is bound to its path: the same position on another dossier's list is refused.
    const ander = await dossierBijInd();
    const elders = await t.verzoek('GET', `/v1/dossiers/${ander}/signalen?cursor=${cursor}`, { sleutel: intaker() });
    expect(elders.status).toBe(400);
  });
});

describe('ids in paden (issue 11, item 2): nooit een 5xx', () => {
  const MET_ID = ROUTES.filter((r) => r.permissie && r.pad.includes('/:'));
  it.each(MET_ID.map((r) => [`${r.methode} ${r.pad}`, r] as const))('%s', async (_naam, r) => {
    const [org, rol] = bellerVoor(r.permissie!);
    for (const id of ['-'.repeat(36), '0000000g-0000-4000-8000-000000000000', '00000000000000000000000000000000', 'x'.repeat(100), "'; select 1; --"]) {
      const pad = r.pad.replace(PARAM, encodeURIComponent(id));
      const res = await t.verzoek(r.methode, pad, { sleutel: t.sleutel(org, rol), body: r.methode === 'GET' || r.methode === 'DELETE' ? undefined : {} });
      expect(res.status, `${pad}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
    }
  });
});

describe('tekens in namen en codes (issue 11, item 5)', () => {
  let dossierId: string;
  beforeAll(async () => { dossierId = (await maak('/v1/dossiers', DERDELANDER)).id; });
  const pg = () => `/v1/dossiers/${dossierId}/persoonsgegevens`;

  it.each([
    ['U+0001', 'Ama\u0001'], ['U+001F', 'Ama\u001F'], ['U+007F (DEL)', 'Ama\u007F'], ['een tab', 'Ama\tKofi'], ['een regeleinde', 'Ama\nKofi'],
    ['U+000D', 'Ama\rKofi'], ['een losse hoge surrogaat', 'Ama\uD800'], ['een losse lage surrogaat', '\uDC00Ama'],
    ['U+202E (rechts-naar-links override)', 'Mensah\u202Egnp'], ['U+202A', '\u202AMensah'], ['U+2066 (isolaat)', '\u2066Mensah\u2069'],
    ['U+FEFF (BOM)', '\uFEFFMensah'],
  ])('een naam met %s: 400 die het veld noemt, niets geschreven', async (_naam, waarde) => {
    const r = await geweigerd(t, 'PUT', pg(), { sleutel: intaker(), body: { ...PG, geslachtsnaam: waarde } }, 400);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'geslachtsnaam', code: 'ongeldig_teken' })]);
  });

  it('een geldige surrogaatparen (emoji) en letters met accenten blijven toegestaan', async () => {
    const r = await t.verzoek('PUT', pg(), { sleutel: intaker(), body: { ...PG, vreemdelingennummer: nieuwVnummer(), voornamen: 'Zoë 🙂', geslachtsnaam: 'Nguyễn' } });
    expect(r.status, r.text).toBe(201);
  });

  it('codes en kenmerken: elk veld wordt genoemd, ook meerdere tegelijk', async () => {
    const r = await geweigerd(t, 'POST', '/v1/opvanglocaties', {
      sleutel: t.sleutel('opvang', 'opvangmedewerker'), body: { naam: 'Locatie\n2', soort: 'algemeen', capaciteit: 5 },
    }, 400);
    expect(ongeldigeNamen(r)).toEqual(['naam']);
    const zoek = await t.verzoek('POST', '/v1/dossiers/_zoek', { sleutel: intaker(), body: { geslachtsnaam: 'Men\u202Esah', vreemdelingennummer: '1234567890' } });
    expect(zoek.status).toBe(400);
    expect(ongeldigeNamen(zoek)).toEqual(['geslachtsnaam']);
  });

  it('vrije tekst mag tabs en regeleinden bevatten, maar geen andere stuurtekens of overrides', async () => {
    const pad = `/v1/dossiers/${dossierId}/signalen`;
    const ok = await t.verzoek('POST', pad, { sleutel: intaker(), body: { ...SIGNAAL, samenvatting: 'Regel 1\r\nRegel 2\tmet tab; عربى \u2067x\u2069' } });
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.samenvatting).toBe('Regel 1\r\nRegel 2\tmet tab; عربى \u2067x\u2069');
    for (const waarde of ['bel\u0007', 'a\u202Eb', 'a\uFEFFb', 'a\u0000b', 'a\uD83D']) {
      const r = await geweigerd(t, 'POST', pad, { sleutel: intaker(), body: { ...SIGNAAL, samenvatting: waarde, melder: `x${waarde}` } }, 400);
      expect(ongeldigeNamen(r)).toEqual(['melder', 'samenvatting']);
    }
  });
});

describe('mediatypen (issue 11, item 5; issue 16, item 7)', () => {
  let dossierId: string;
  let persoon: typeof PG;
  beforeAll(async () => {
    dossierId = (await maak('/v1/dossiers', DERDELANDER)).id;
    persoon = { ...PG, vreemdelingennummer: nieuwVnummer() };
    const r = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: intaker(), body: persoon });
    expect(r.status).toBe(201);
  });

  it.each([
    'application/merge-patch+json', 'application/json; charset=utf-16', 'application/json; charset=UTF-16LE', 'application/vnd.nrm+json',
    'application/problem+json', 'application/json; foo=bar', 'application/json; charset=utf-8; charset=utf-16', 'application/json;;', 'text/json',
  ])('%s op een PUT die alleen application/json declareert: 415, het record ongewijzigd', async (mediatype) => {
    // The patch of the issue: with merge-patch semantics only geslachtsnaam would change; it used
    // to replace the whole record and null every other field.
    const r = await geweigerd(t, 'PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, {
      sleutel: intaker(), ruweBody: JSON.stringify({ geslachtsnaam: 'Anders' }), headers: { 'Content-Type': mediatype },
    }, 415);
    expect(r.body.detail).toContain('application/json');
    const na = await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: intaker() });
    expect(na.body).toMatchObject(persoon);
  });

  it('een PATCH die application/merge-patch+json declareert, aanvaardt dat; een ander +json-type niet', async () => {
    const pad = `/v1/dossiers/${dossierId}`;
    const etag = (await t.verzoek('GET', pad, { sleutel: intaker() })).headers.get('etag')!;
    const anders = await geweigerd(t, 'PATCH', pad, {
      sleutel: intaker(), ruweBody: JSON.stringify({ verblijfssituatie: 'asielzoeker' }), headers: { 'Content-Type': 'application/vnd.nrm+json', 'If-Match': etag },
    }, 415);
    expect(anders.body.detail).toContain('application/merge-patch+json');
    const r = await t.verzoek('PATCH', pad, {
      sleutel: intaker(), ruweBody: JSON.stringify({ verblijfssituatie: 'asielzoeker' }), headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8', 'If-Match': etag },
    });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ verblijfssituatie: 'asielzoeker', nationaliteitCategorie: 'derdelander' });
  });

  it.each(['application/json', 'application/JSON', 'application/json; charset=utf-8', 'application/json;charset=UTF-8', 'application/json; charset="utf-8"'])('%s wordt aanvaard', async (mediatype) => {
    const r = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, {
      sleutel: intaker(), ruweBody: JSON.stringify(persoon), headers: { 'Content-Type': mediatype },
    });
    expect(r.status, r.text).toBe(200);
  });

  it('isToegestaanMediatype', () => {
    expect(isToegestaanMediatype('application/json')).toBe(true);
    expect(isToegestaanMediatype(' application/json ; charset=utf-8 ')).toBe(true);
    expect(isToegestaanMediatype('application/jsonx')).toBe(false);
    expect(isToegestaanMediatype('application/json charset=utf-8')).toBe(false);
    expect(isToegestaanMediatype('')).toBe(false);
    expect(isToegestaanMediatype('application/merge-patch+json')).toBe(false);
    expect(isToegestaanMediatype('application/merge-patch+json', ['application/merge-patch+json', 'application/json'])).toBe(true);
  });
});

describe('dubbele sleutels in een JSON-body (issue 11, item 5)', () => {
  it('POST /v1/dossiers met nationaliteitCategorie twee keer: 400 die het veld noemt, niets geschreven (de laatste won)', async () => {
    const r = await geweigerd(t, 'POST', '/v1/dossiers', {
      sleutel: intaker(), headers: { 'Content-Type': 'application/json' },
      ruweBody: '{"nationaliteitCategorie":"derdelander","verblijfssituatie":"geen_rechtmatig_verblijf","leeftijdscategorie":"meerderjarig","nationaliteitCategorie":"nederlands"}',
    }, 400);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'nationaliteitCategorie', code: 'duplicate_key' })]);
  });

  it('ook genest, en ook als de sleutel anders geschreven is (\\u0061 is a)', async () => {
    const { id } = await maak('/v1/dossiers', DERDELANDER);
    const body = JSON.stringify(BEOORDELING).replace('"gevoerd":true,', '"gevoerd":true,"d\\u0061tum":"2026-11-19",');
    const r = await geweigerd(t, 'POST', `/v1/dossiers/${id}/beoordelingen`, { sleutel: intaker(), headers: { 'Content-Type': 'application/json' }, ruweBody: body }, 400);
    expect(ongeldigeNamen(r)).toEqual(['informatiefGesprek.datum']);
  });

  it.each<[string, string[]]>([
    ['{"a":1,"b":2}', []],
    ['{"a":1,"a":2}', ['a']],
    ['{"a":{"b":1,"b":2},"c":[{"d":1},{"d":2,"d":3}]}', ['a.b', 'c.1.d']],
    ['{"a":"\\"a\\":1,","b":"a"}', []],
    ['{"a\\"":1,"a\\u0022":2}', ['a"']],
    ['[{"x":1},{"x":1}]', []],
    ['{"":1,"":2}', ['']],
    ['{"a":[1,2,{"a":1}],"b":{"a":{"a":1}}}', []],
    ['{"\\\\":1,"\\u005c":2}', ['\\']],
  ])('dubbeleSleutels(%s)', (tekst, verwacht) => {
    JSON.parse(tekst);
    expect(dubbeleSleutels(tekst)).toEqual(verwacht);
  });

  it('diep geneste body zonder recursie', () => {
    const n = 20_000;
    expect(dubbeleSleutels(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`)).toEqual([]);
    expect(dubbeleSleutels(`${'['.repeat(n)}{"a":1,"a":2}${']'.repeat(n)}`)).toHaveLength(1);
  });
});
