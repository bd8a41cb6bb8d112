// Load shedding (issue 17): with MAX_VERZOEKEN_TEGELIJK=1 and one request held open (its body not yet
// sent), the next request is refused at once — 503 problem+json with Retry-After and a Dutch detail,
// nothing written — while /health and /ready keep answering; once the held request ends, requests are
// served again. No timing: the held request is known to be in progress because the app is reading its
// body, and the refusal is an answer that arrives while that request still waits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let intaker: string;
const dossier = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

beforeAll(async () => {
  t = await startTestApp({ env: { MAX_VERZOEKEN_TEGELIJK: '1' } });
  intaker = t.sleutel('politie', 'intaker');
});
afterAll(async () => { await t?.close(); });

/** POST /v1/dossiers whose body arrives only when `laatGaan` is called; `leest` resolves once the app reads it. */
function vastgehoudenRegistratie() {
  let leestNu!: () => void;
  const leest = new Promise<void>((r) => { leestNu = r; });
  let houder!: ReadableStreamDefaultController<Uint8Array>;
  let klaar!: () => void;
  const stroom = new ReadableStream<Uint8Array>({
    pull(controller) {
      houder = controller;
      leestNu();
      return new Promise<void>((r) => { klaar = r; });
    },
  }, { highWaterMark: 0 });
  const antwoord = t.app.request('/v1/dossiers', {
    method: 'POST',
    headers: { Authorization: `Bearer ${intaker}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: stroom,
    duplex: 'half',
  } as RequestInit);
  return {
    leest,
    antwoord,
    laatGaan() {
      houder.enqueue(new TextEncoder().encode(JSON.stringify(dossier)));
      houder.close();
      klaar();
    },
  };
}

describe('lastbegrenzing: MAX_VERZOEKEN_TEGELIJK', () => {
  it('weigert een verzoek boven de grens meteen met 503, Retry-After en een Nederlandse uitleg; health en ready blijven antwoorden', async () => {
    const vast = vastgehoudenRegistratie();
    await vast.leest;

    const voor = await t.tabeltellingen();
    const geweigerd = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker, body: dossier, headers: { 'Idempotency-Key': crypto.randomUUID() } });
    expect(geweigerd.status).toBe(503);
    expect(geweigerd.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    expect(geweigerd.headers.get('Retry-After')).toBe('1');
    expect(geweigerd.headers.get('API-Version')).toBeTruthy();
    expect(geweigerd.body).toMatchObject({ status: 503, type: expect.stringContaining('niet-beschikbaar') });
    expect(geweigerd.body.detail).toMatch(/1 verzoeken tegelijk.*Probeer het over 1 seconde opnieuw/);
    expect(await t.tabeltellingen()).toEqual(voor);

    const lezen = await t.verzoek('GET', '/v1/dossiers', { sleutel: intaker });
    expect(lezen.status).toBe(503);
    // A page of the web application: the same refusal as a Dutch page, not the 500 page.
    const pagina = await t.app.request('/aanmelden');
    expect(pagina.status).toBe(503);
    expect(pagina.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(pagina.headers.get('Retry-After')).toBe('1');
    const html = await pagina.text();
    expect(html).toContain('Even niet beschikbaar');
    expect(html).not.toContain('Er ging iets mis');
    expect((await t.verzoek('GET', '/health')).status).toBe(200);
    const gereed = await t.verzoek('GET', '/ready');
    expect(gereed.status).toBe(200);
    expect(gereed.body.status).toBe('gereed');

    vast.laatGaan();
    const eerste = await vast.antwoord;
    expect(eerste.status).toBe(201);

    // The held request is done: the next one is served again.
    expect((await t.verzoek('GET', '/v1/dossiers', { sleutel: intaker })).status).toBe(200);
  });

  it('een verzoek dat met een fout eindigt, geeft zijn plaats ook vrij', async () => {
    expect((await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker, body: { onbekend: true }, headers: { 'Idempotency-Key': crypto.randomUUID() } })).status).toBe(400);
    expect((await t.verzoek('GET', '/v1/dossiers/00000000-0000-4000-8000-000000000000', { sleutel: intaker })).status).toBe(404);
    expect((await t.verzoek('GET', '/v1/dossiers', { sleutel: intaker })).status).toBe(200);
  });
});
