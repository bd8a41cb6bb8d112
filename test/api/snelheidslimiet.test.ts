// Rate limits per credential and for failed authentication per client address and per presented
// credential (issue 6, issue 11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createApp } from '../../src/app.js';
import { rowsOf } from '../../src/db/client.js';
import { SYNCHRONISATIE_MS } from '../../src/http/snelheidslimiet.js';
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

  it('over instanties heen (issue 6): elke instantie telt lokaal en telt hoogstens elke seconde op bij de gedeelde rij; de limiet geldt voor de som', async () => {
    // A second instance: its own app and its own local counts, on the same database.
    const tweede = createApp({ ...t.deps });
    const sleutel = t.sleutel('ind', 'ind_medewerker');
    const opTweede = async () => (await tweede.request('/v1/catalogus', { headers: { Authorization: `Bearer ${sleutel}` } })).status;
    const opEerste = async () => (await t.verzoek('GET', '/v1/catalogus', { sleutel })).status;
    const sleutelId = t.sleutels.find((k) => k.sleutel === sleutel)!.sleutelId;
    const gedeeld = async () => rowsOf<{ aantal: number }>(await t.db.execute(
      sql`select aantal from snelheidsvensters where sleutel = ${`credential:sleutel:${sleutelId}`} order by venster_start desc limit 1`))[0]?.aantal;

    for (let i = 0; i < 3; i++) expect(await opEerste()).toBe(200); // the first adds 1 to the shared row, the next two stay local
    expect(await opTweede()).toBe(200); // adds its 1: the shared row says 2
    expect(await gedeeld()).toBe(2);
    t.klok.verzet(SYNCHRONISATIE_MS);
    expect(await opEerste()).toBe(200); // adds its 2 + 1: 5, the limit
    expect(await gedeeld()).toBe(5);
    expect(await opTweede()).toBe(429); // adds its 1: 6 > 5, whichever instance served the first five
    t.klok.verzet(60_000 - SYNCHRONISATIE_MS);
  });

  it('mislukte authenticatie per adres: na de limiet 429 voor verdere mislukte pogingen, nooit voor een geldige sleutel', async () => {
    for (let i = 0; i < 3; i++) expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: `nrm_geraden_${i}` })).status).toBe(401);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: 'nrm_geraden_4' })).status).toBe(429);
    // Issue 11: a valid key from the same address is not locked out (it used to get 429 for a minute).
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: t.sleutel('nla', 'intaker') })).status).toBe(200);
    t.klok.verzet(60_000);
    expect((await t.verzoek('GET', '/v1/catalogus', { sleutel: 'nrm_geraden_5' })).status).toBe(401);
  });
});

// Issue 11, item 4 (and issue 16, item 7): one misconfigured client behind a shared gateway must not
// lock out the others; guessing one key is limited wherever the guesses come from.
describe('mislukte authenticatie achter een gedeelde gateway (limiet 20, adres uit X-Forwarded-For)', () => {
  let g: TestApp;
  beforeAll(async () => {
    g = await startTestApp({ nu: '2026-11-20T10:00:15Z', env: { RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: '20', TRUST_PROXY: 'true' } });
  });
  afterAll(async () => { await g.close(); });
  const vanaf = (adres: string) => ({ 'X-Forwarded-For': adres });

  it('21 mislukte pogingen vanaf één adres, daarna een geldige sleutel vanaf dat adres: 200', async () => {
    const statussen: number[] = [];
    for (let i = 0; i < 21; i++) {
      statussen.push((await g.verzoek('GET', '/v1/catalogus', { sleutel: `nrm_verkeerd${String(i).padStart(4, '0')}-${crypto.randomUUID()}`, headers: vanaf('10.1.1.1') })).status);
    }
    expect(statussen.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statussen[20]).toBe(429);
    const geldig = await g.verzoek('GET', '/v1/catalogus', { sleutel: g.sleutel('politie', 'intaker'), headers: vanaf('10.1.1.1') });
    expect(geldig.status).toBe(200);
    // A JWT-shaped or other token counts the same way; failures from this address stay refused.
    const nogEens = await g.verzoek('GET', '/v1/catalogus', { sleutel: 'eyJ.nep.token', headers: vanaf('10.1.1.1') });
    expect(nogEens.status).toBe(429);
    expect(nogEens.headers.get('retry-after')).toBe('45');
    // Another address behind the same limit is not affected.
    expect((await g.verzoek('GET', '/v1/catalogus', { sleutel: 'nrm_anders', headers: vanaf('10.1.1.2') })).status).toBe(401);
  });

  it('dezelfde sleutel steeds opnieuw raden, elke keer vanaf een ander adres: na 20 keer 429', async () => {
    const statussen: number[] = [];
    for (let i = 0; i < 21; i++) {
      statussen.push((await g.verzoek('GET', '/v1/catalogus', { sleutel: 'nrm_zelfde-geraden-sleutel', headers: vanaf(`10.2.0.${i}`) })).status);
    }
    expect(statussen.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statussen[20]).toBe(429);
  });

  it('het begin van een bestaande sleutel aanvullen telt als één sleutel; de echte sleutel blijft werken', async () => {
    const echte = g.sleutel('kmar', 'intaker');
    const begin = echte.slice(0, 16);
    const statussen: number[] = [];
    for (let i = 0; i < 21; i++) {
      statussen.push((await g.verzoek('GET', '/v1/catalogus', { sleutel: `${begin}${crypto.randomUUID()}`, headers: vanaf(`10.3.0.${i}`) })).status);
    }
    expect(statussen.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statussen[20]).toBe(429);
    expect((await g.verzoek('GET', '/v1/catalogus', { sleutel: echte, headers: vanaf('10.3.0.99') })).status).toBe(200);
  });

  it('slaat geen deel van een gepresenteerde sleutel op, alleen een hash', async () => {
    const rijen = rowsOf<{ sleutel: string }>(await g.db.execute(sql`select sleutel from snelheidsvensters where sleutel like 'authfout:credential:%'`));
    expect(rijen.length).toBeGreaterThan(0);
    for (const { sleutel } of rijen) expect(sleutel).toMatch(/^authfout:credential:[0-9a-f]{32}$/);
  });
});
