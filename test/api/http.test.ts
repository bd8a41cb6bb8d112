// The HTTP conventions of README.md "HTTP conventions" that hold for every route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { apiSleutels } from '../../src/db/schema.js';
import { trekSleutelIn } from '../../src/beheer/beheer.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const dossier = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker' };

function verwachtProbleem(r: { status: number; headers: Headers; body: any }, status: number) {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.headers.get('api-version')).toBe('1.0.0');
  expect(r.body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.stringMatching(/\/v1\/fouten\/[a-z0-9-]+$/), code: expect.any(String) });
}

describe('fouten als problem details', () => {
  it('onbekende route: 404', async () => {
    verwachtProbleem(await t.verzoek('GET', '/v1/bestaat-niet', { sleutel: t.sleutel('politie', 'intaker') }), 404);
  });
  it('trailing slash: 404, geen redirect', async () => {
    const r = await t.verzoek('GET', '/v1/dossiers/', { sleutel: t.sleutel('politie', 'intaker') });
    verwachtProbleem(r, 404);
    expect(r.headers.get('location')).toBeNull();
  });
  it('verkeerde methode: 405 met Allow', async () => {
    const r = await t.verzoek('DELETE', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker') });
    verwachtProbleem(r, 405);
    expect(r.headers.get('allow')).toBe('GET, HEAD, POST');
  });
  it('verkeerd mediatype: 415', async () => {
    const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), ruweBody: 'a=b', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    verwachtProbleem(r, 415);
  });
  it('kapotte JSON: 400 en niets geschreven', async () => {
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), ruweBody: '{"nationaliteitCategorie": ', headers: { 'Content-Type': 'application/json' } });
    verwachtProbleem(r, 400);
    expect(r.body.invalidParams[0]).toMatchObject({ name: 'body', code: 'invalid_json' });
    expect(await t.tabeltellingen()).toEqual(voor);
  });
  it('te grote body: 413', async () => {
    const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), ruweBody: JSON.stringify({ x: 'a'.repeat(1_100_000) }), headers: { 'Content-Type': 'application/json' } });
    verwachtProbleem(r, 413);
  });
  it('geen sleutel: 401 met WWW-Authenticate', async () => {
    const r = await t.verzoek('GET', '/v1/dossiers');
    verwachtProbleem(r, 401);
    expect(r.headers.get('www-authenticate')).toBe('Bearer');
  });
  it('onbekende sleutel: 401', async () => {
    verwachtProbleem(await t.verzoek('GET', '/v1/dossiers', { sleutel: 'nrm_onzin' }), 401);
  });
  it('ingetrokken sleutel via deze instantie: meteen 401, ook al stond hij in de sleutelcache', async () => {
    const sleutel = t.sleutels.find((s) => s.organisatieType === 'gemeente')!;
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: sleutel.sleutel })).status).toBe(200);
    await trekSleutelIn(t.deps, sleutel.sleutelId);
    verwachtProbleem(await t.verzoek('GET', '/v1/catalogus', { sleutel: sleutel.sleutel }), 401);
  });
  it('ingetrokken elders (een andere instantie, de beheer-CLI): geweigerd zodra SLEUTEL_CACHE_SECONDEN voorbij is (geïnjecteerde klok)', async () => {
    const sleutel = t.sleutels.find((s) => s.organisatieType === 'opvang')!;
    const grens = t.deps.config.SLEUTEL_CACHE_SECONDEN * 1000;
    expect(grens).toBe(5000);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: sleutel.sleutel })).status).toBe(200);
    // Revoked in the database only, as another process does: this instance's cache still holds it.
    await t.db.update(apiSleutels).set({ tijdstipIngetrokken: t.klok.now() }).where(eq(apiSleutels.id, sleutel.sleutelId));
    t.klok.verzet(grens - 1);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: sleutel.sleutel })).status).toBe(200);
    t.klok.verzet(1);
    verwachtProbleem(await t.verzoek('GET', '/v1/catalogus', { sleutel: sleutel.sleutel }), 401);
    // A refused key is not cached: it stays refused.
    verwachtProbleem(await t.verzoek('GET', '/v1/catalogus', { sleutel: sleutel.sleutel }), 401);
  });
  it('rol buiten de matrix: 403', async () => {
    verwachtProbleem(await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('ind', 'ind_medewerker'), body: dossier }), 403);
  });
});

describe('headers op elk antwoord', () => {
  it('API-Version, beveiligingsheaders en een request id', async () => {
    for (const pad of ['/v1/dossiers', '/v1/bestaat-niet', '/v1/openapi.json', '/health']) {
      const r = await t.verzoek('GET', pad, { sleutel: t.sleutel('politie', 'intaker') });
      expect(r.headers.get('api-version'), pad).toBe('1.0.0');
      expect(r.headers.get('cache-control'), pad).toBe('no-store');
      expect(r.headers.get('x-content-type-options'), pad).toBe('nosniff');
      expect(r.headers.get('x-frame-options'), pad).toBe('DENY');
      expect(r.headers.get('referrer-policy'), pad).toBe('no-referrer');
      expect(r.headers.get('strict-transport-security'), pad).toContain('max-age=');
      expect(r.headers.get('content-security-policy'), pad).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-request-id'), pad).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
  it('neemt een geldige X-Request-Id over, ook in de problem details', async () => {
    const r = await t.verzoek('GET', '/v1/bestaat-niet', { headers: { 'X-Request-Id': 'keten-123' } });
    expect(r.headers.get('x-request-id')).toBe('keten-123');
    expect(r.body.requestId).toBe('keten-123');
    expect(t.logregels.some((l) => l.obj.requestId === 'keten-123')).toBe(true);
  });
  it('CORS alleen voor origins op de allowlist', async () => {
    const toegestaan = await t.verzoek('OPTIONS', '/v1/dossiers', { headers: { Origin: 'https://nrm.example.org', 'Access-Control-Request-Method': 'POST' } });
    expect(toegestaan.headers.get('access-control-allow-origin')).toBe('https://nrm.example.org');
    const vreemd = await t.verzoek('OPTIONS', '/v1/dossiers', { headers: { Origin: 'https://kwaadwillend.example', 'Access-Control-Request-Method': 'POST' } });
    expect(vreemd.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('OpenAPI en documentatie', () => {
  it('GET /v1/openapi.json: anoniem, 3.0.3, CORS *, noemt zichzelf', async () => {
    const r = await t.verzoek('GET', '/v1/openapi.json', { headers: { Origin: 'https://ergens.example' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.body.openapi).toBe('3.0.3');
    expect(r.body.paths['/openapi.json'].get).toBeDefined();
    expect(r.body.info.contact).toMatchObject({ name: expect.any(String), url: expect.any(String), email: expect.any(String) });
  });
  it('GET /v1/docs geeft een HTML-pagina', async () => {
    const r = await t.verzoek('GET', '/v1/docs');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/html');
  });
});

describe('health en ready', () => {
  it('/health: proces draait; /ready: database bereikbaar en migraties toegepast', async () => {
    expect((await t.verzoek('GET', '/health')).body).toEqual({ status: 'ok' });
    const ready = await t.verzoek('GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('gereed');
  });
});

describe('Idempotency-Key', () => {
  it('herhaling geeft het opgeslagen antwoord; zelfde sleutel met andere body is 422', async () => {
    const sleutel = t.sleutel('politie', 'intaker');
    const headers = { 'Idempotency-Key': 'registratie-42' };
    const eerste = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: dossier, headers });
    expect(eerste.status).toBe(201);
    const voor = await t.tabeltellingen();
    const herhaling = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: dossier, headers });
    expect(herhaling.status).toBe(201);
    expect(herhaling.body).toEqual(eerste.body);
    expect(herhaling.headers.get('location')).toBe(eerste.headers.get('location'));
    expect(herhaling.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.tabeltellingen()).toEqual(voor);
    const anders = await t.verzoek('POST', '/v1/dossiers', { sleutel, body: { ...dossier, verblijfssituatie: 'dublinclaimant' }, headers });
    verwachtProbleem(anders, 422);
    expect(await t.tabeltellingen()).toEqual(voor);
  });
  it('een sleutel geldt per credential: een andere organisatie krijgt geen antwoord van een ander', async () => {
    const headers = { 'Idempotency-Key': 'gedeeld' };
    const a = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: dossier, headers });
    const b = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('kmar', 'intaker'), body: dossier, headers });
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });
});

describe('API-sleutels', () => {
  it('slaan alleen een SHA-256-hash op, nooit de sleutel', async () => {
    const s = t.sleutels[0]!;
    const [rij] = await t.db.select().from(apiSleutels).where(eq(apiSleutels.id, s.sleutelId));
    expect(rij!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rij)).not.toContain(s.sleutel);
  });
});
