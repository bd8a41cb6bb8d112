// Rate limits per credential and for failed authentication per client address (issue 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:15Z', env: { RATE_LIMIT_PER_MINUUT: '5', RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: '3' } }); });
afterAll(async () => { await t.close(); });

describe('snelheidslimiet', () => {
  it('per credential: na de limiet 429 met Retry-After tot het einde van het venster; andere sleutels hebben hun eigen teller', async () => {
    const sleutel = t.sleutel('politie', 'intaker');
    for (let i = 0; i < 5; i++) expect((await t.verzoek('GET', '/v1/catalogus', { sleutel })).status).toBe(200);
    const r = await t.verzoek('GET', '/v1/catalogus', { sleutel });
    expect(r.status).toBe(429);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.headers.get('retry-after')).toBe('45');
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: t.sleutel('kmar', 'intaker') })).status).toBe(200);
    t.klok.verzet(60_000);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel })).status).toBe(200);
  });

  it('mislukte authenticatie per adres: strenger, en geldt dan ook voor een geldige sleutel vanaf dat adres', async () => {
    for (let i = 0; i < 3; i++) expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: `nrm_geraden_${i}` })).status).toBe(401);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: 'nrm_geraden_4' })).status).toBe(429);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: t.sleutel('nla', 'intaker') })).status).toBe(429);
    t.klok.verzet(60_000);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: t.sleutel('nla', 'intaker') })).status).toBe(200);
  });
});
