// Issue 16 item 2: every refusal carries a stable code from the error catalogue, the problem's `type`
// resolves to that entry (JSON and a page), and the catalogue is in the OpenAPI document. The first
// block reads the source: a refusal in src/ whose code is not in the catalogue (or has another
// status there) fails here, as does a catalogue entry that nothing raises any more.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FOUTCATALOGUS, FOUTCODES, verwijzingFoutcode } from '../../src/http/foutcatalogus.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const SRC = path.resolve(__dirname, '../../src');

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const vol = path.join(map, naam);
    if (statSync(vol).isDirectory()) return bestanden(vol);
    return /\.tsx?$/.test(naam) ? [vol] : [];
  });
}

interface Weigering { code: string; status: number; waar: string }

/** Every refusal in the source with the code and status it is raised with. */
function weigeringenInDeCode(): { weigeringen: Weigering[]; zonderLetterlijkeCode: string[] } {
  const weigeringen: Weigering[] = [];
  const zonderLetterlijkeCode: string[] = [];
  const statusVan = { conflict: 409, regelOvertreden: 422, verboden: 403 } as const;
  const domeinStatus = { regel: 422, toestand: 409, nietToegestaan: 403 } as const;
  for (const bestand of bestanden(SRC)) {
    if (bestand.endsWith(path.join('http', 'foutcatalogus.ts'))) continue;
    const tekst = readFileSync(bestand, 'utf8');
    const waar = (index: number) => `${path.relative(SRC, bestand)}:${tekst.slice(0, index).split('\n').length}`;
    for (const m of tekst.matchAll(/problemen\.(conflict|regelOvertreden|verboden)\(\s*([^,]+),/g)) {
      const letterlijk = /^'([a-z0-9-]+)'$/.exec(m[2]!.trim());
      if (letterlijk) weigeringen.push({ code: letterlijk[1]!, status: statusVan[m[1] as keyof typeof statusVan], waar: waar(m.index) });
      // The two domain mappings are checked below through the domain's own codes.
      else if (!/^(code|bedenktijdFoutcode\(w\))$/.test(m[2]!.trim())) zonderLetterlijkeCode.push(`${waar(m.index)}: ${m[0]}`);
    }
    for (const m of tekst.matchAll(/new Probleem\(\s*(\d{3}|err\.status),\s*'([a-z0-9-]+)'/g)) {
      weigeringen.push({ code: m[2]!, status: m[1] === 'err.status' ? FOUTCATALOGUS['http-fout'].status : Number(m[1]), waar: waar(m.index) });
    }
    // Refusals of the referral rules built outside src/domain/verwijzing.ts.
    for (const m of tekst.matchAll(/soort: '(regel|toestand|niet_toegestaan)', code: '([a-z_]+)'/g)) {
      weigeringen.push({ code: verwijzingFoutcode(m[2]!), status: { regel: 422, toestand: 409, niet_toegestaan: 403 }[m[1] as 'regel'], waar: waar(m.index) });
    }
    if (bestand.endsWith(path.join('domain', 'verwijzing.ts'))) {
      for (const m of tekst.matchAll(/\b(regel|toestand|nietToegestaan)\('([a-z_]+)'/g)) {
        weigeringen.push({ code: verwijzingFoutcode(m[2]!), status: domeinStatus[m[1] as keyof typeof domeinStatus], waar: waar(m.index) });
      }
    }
  }
  return { weigeringen, zonderLetterlijkeCode };
}

describe('de foutcatalogus dekt elke weigering in de code', () => {
  const { weigeringen, zonderLetterlijkeCode } = weigeringenInDeCode();

  it('vindt de weigeringen (de zoekpatronen werken nog)', () => {
    expect(weigeringen.length).toBeGreaterThan(80);
  });
  it('elke weigering noemt een code uit de catalogus, met dezelfde HTTP-status', () => {
    const fout = weigeringen.filter((w) => !Object.hasOwn(FOUTCATALOGUS, w.code) || FOUTCATALOGUS[w.code as keyof typeof FOUTCATALOGUS].status !== w.status);
    expect(fout.map((w) => `${w.waar}: ${w.code} (${w.status})`)).toEqual([]);
  });
  it('elke weigering noemt haar code letterlijk (of via de afbeelding van het domein)', () => {
    expect(zonderLetterlijkeCode).toEqual([]);
  });
  it('elke code in de catalogus wordt nog ergens gebruikt', () => {
    const gebruikt = new Set(weigeringen.map((w) => w.code));
    // Raised by the problemen.* helpers of src/http/problem.ts, and the bedenktijd mapping.
    const bron = readFileSync(path.join(SRC, 'http', 'problem.ts'), 'utf8') + readFileSync(path.join(SRC, 'http', 'foutcatalogus.ts'), 'utf8').split('export function bedenktijdFoutcode')[1];
    for (const m of bron.matchAll(/'([a-z0-9-]+)'/g)) gebruikt.add(m[1]!);
    expect(FOUTCODES.filter((c) => !gebruikt.has(c))).toEqual([]);
  });
});

describe('de catalogus in de service', () => {
  let t: TestApp;
  beforeAll(async () => { t = await startTestApp(); });
  afterAll(async () => { await t.close(); });

  it('GET /v1/fouten: elke code met status en betekenis, zonder sleutel', async () => {
    const r = await t.verzoek('GET', '/v1/fouten');
    expect(r.status).toBe(200);
    expect(r.body.fouten).toHaveLength(FOUTCODES.length);
    expect(r.body.fouten).toContainEqual({ code: 'opvang-vol', status: 409, titel: 'Opvang vol', betekenis: expect.any(String) });
    expect(r.body.invalidParamsCodes).toContainEqual({ code: 'required', betekenis: expect.any(String) });
  });
  it('het type van een weigering verwijst naar haar eigen vermelding (JSON en pagina)', async () => {
    const sleutel = t.sleutel('politie', 'intaker');
    const dossier = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } });
    expect(dossier.status).toBe(201);
    const sluiten = { reden: 'Test van de foutcatalogus.' };
    const eerst = await t.verzoek('POST', `/v1/dossiers/${dossier.body.id}/sluiting`, { sleutel, body: sluiten, headers: { 'If-Match': dossier.headers.get('etag')! } });
    const nogmaals = await t.verzoek('POST', `/v1/dossiers/${dossier.body.id}/sluiting`, { sleutel, body: sluiten, headers: { 'If-Match': eerst.headers.get('etag')! } });
    expect(eerst.status, JSON.stringify(eerst.body)).toBe(200);
    expect(nogmaals.status).toBe(409);
    expect(nogmaals.body.code).toBe('dossier-al-gesloten');
    const type = new URL(nogmaals.body.type);
    expect(type.pathname).toBe('/v1/fouten/dossier-al-gesloten');
    const json = await t.verzoek('GET', type.pathname);
    expect(json.body).toEqual({ code: 'dossier-al-gesloten', ...FOUTCATALOGUS['dossier-al-gesloten'] });
    const pagina = await t.verzoek('GET', type.pathname, { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(pagina.status).toBe(200);
    expect(pagina.headers.get('content-type')).toContain('text/html');
    expect(pagina.text).toContain('dossier-al-gesloten');
  });
  it('onbekende code: 404 als probleem met code niet-gevonden', async () => {
    const r = await t.verzoek('GET', '/v1/fouten/bestaat-niet');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('niet-gevonden');
  });
  it('PUBLIC_BASE_URL bepaalt het begin van de type-URI', async () => {
    const ander = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://nrm.example.nl' } });
    try {
      const r = await ander.verzoek('GET', '/v1/dossiers');
      expect(r.body.type).toBe('https://nrm.example.nl/v1/fouten/niet-geauthenticeerd');
    } finally { await ander.close(); }
  });
  it('het OpenAPI-document noemt elke code in het Probleem-schema', async () => {
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const code = document.components.schemas.Probleem.properties.code;
    expect(code.enum).toEqual(FOUTCODES);
    expect(document.components.schemas.Probleem.required).toContain('code');
    expect(document.paths['/fouten/{code}'].get.operationId).toBe('foutOpvragen');
  });
  it('item 5: de headers van de foutantwoorden, Idempotent-Replayed en If-Match staan in het document en CORS stelt ze bloot', async () => {
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const sluiten = document.paths['/dossiers/{dossierId}/sluiting'].post;
    expect(Object.keys(sluiten.responses['401'].headers)).toContain('WWW-Authenticate');
    expect(Object.keys(sluiten.responses['429'].headers)).toContain('Retry-After');
    expect(Object.keys(sluiten.responses['503'].headers)).toContain('Retry-After');
    expect(sluiten.responses['413'].description).toContain('1 MiB');
    expect(Object.keys(sluiten.responses['200'].headers)).toContain('Idempotent-Replayed');
    expect(sluiten.parameters.find((p: { name: string }) => p.name === 'if-match').required).toBe(true);
    expect(sluiten.security).toEqual([{ apiSleutel: [] }, { oauth2Jwt: [] }]);
    expect(document.components.securitySchemes.oauth2Jwt).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    const r = await t.verzoek('GET', '/v1/dossiers', { headers: { Origin: 'https://nrm.example.org' } });
    expect(r.headers.get('access-control-expose-headers')).toContain('Retry-After');
    expect(r.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
    expect(r.headers.get('access-control-expose-headers')).toContain('RateLimit-Remaining');
    const metSleutel = await t.verzoek('GET', '/v1/catalogus', { sleutel: t.sleutel('politie', 'intaker') });
    expect(metSleutel.headers.get('ratelimit-limit')).toBe('1000000');
    expect(Number(metSleutel.headers.get('ratelimit-remaining'))).toBeLessThan(1000000);
    expect(Number(metSleutel.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
    expect(Object.keys(document.paths['/catalogus'].get.responses['200'].headers)).toContain('RateLimit-Remaining');
  });
  it('een operatie die het document anoniem noemt (security: []), antwoordt zonder sleutel; een nieuwe staat hier bewust bij', async () => {
    // src/http/openapi.ts anoniemExpliciet marks every operation without security as anonymous: a route
    // that checks a key but forgot `security: beveiligd` would be called anonymous, and fails here.
    const document = (await t.verzoek('GET', '/v1/openapi.json')).body;
    const anoniem: string[] = [];
    for (const [pad, methoden] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [methode, operatie] of Object.entries<any>(methoden)) {
        if (!Array.isArray(operatie.security) || operatie.security.length > 0) continue;
        const url = pad.replace(/\{(\w+)\}/g, (_, naam: string) => {
          const schema = operatie.parameters.find((p: { name: string }) => p.name === naam).schema;
          return schema.example ?? schema.enum[0];
        });
        const r = await t.verzoek(methode.toUpperCase(), `/v1${url}`);
        expect(r.status, `${methode} ${url}`).toBe(200);
        anoniem.push(`${methode} ${pad}`);
      }
    }
    expect(anoniem.sort()).toEqual(['get /fouten', 'get /fouten/{code}', 'get /kennisgevingen/schemas/{soort}', 'get /openapi.json']);
    const callback = document.paths['/abonnementen'].post.callbacks.kennisgeving['{$request.body#/callbackUrl}'].post;
    expect(callback.security).toEqual([]);
  });
});
