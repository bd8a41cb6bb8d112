// Webhook subscriptions (issue 4): create, list, read, delete; only the caller's own organisation
// (others 404); https or loopback http (outside production); `authorization` is write-only;
// geplandTotVolgnummer starts at the recipient's counter; roles; bad input lists every field.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abonnementen, afleveringen, auditregels } from '../../src/db/schema.js';
import { ROLLEN, type Rol } from '../../src/domain/catalogus.js';
import { magUitvoeren } from '../../src/access/permissiematrix.js';
import { rollenPerOrganisatieType } from '../../src/access/permissiematrix.js';
import { DEMO_ORGANISATIES } from '../../src/seed/demo.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import { alsBevestigd } from '../support/abonnement.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const ind = () => t.sleutel('ind', 'ind_medewerker');
const coa = () => t.sleutel('coa', 'coa_medewerker');
const GEHEIM = 'Bearer ontvanger-geheim-123';
const geldig = { callbackUrl: 'https://ontvanger.ind.example.nl/nrm', authorization: GEHEIM, soorten: ['m55_bedenktijd', 'bedenktijd_beeindigd'] };

async function maak(body: Record<string, unknown> = geldig, sleutel = ind()) {
  const r = await t.verzoek('POST', '/v1/abonnementen', { sleutel, body });
  expect(r.status, r.text).toBe(201);
  return r;
}

async function plaatsVoorInd() {
  await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
    ontvangerOrganisatieId: t.organisatieIds.ind, soort: 'm55_bedenktijd', dossierId: null,
    afzenderOrganisatieId: t.organisatieIds.politie, inhoud: {}, gebeurtenisSleutel: crypto.randomUUID(),
  }));
}

describe('POST /v1/abonnementen', () => {
  it('maakt een abonnement: 201, Location, wacht op de handshake, auditregel, en de authorization komt nooit terug', async () => {
    const r = await maak();
    expect(r.headers.get('location')).toBe(`/v1/abonnementen/${r.body.id}`);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.body).toEqual({
      id: expect.any(String), callbackUrl: geldig.callbackUrl, soorten: geldig.soorten, authorizationIngesteld: true,
      status: 'wacht_op_bevestiging', redenGestopt: null, geplandTotVolgnummer: 0,
      bevestiging: { tijdstip: null, pogingen: 0, laatsteFout: null, volgendePoging: '2026-11-20T10:00:00.000Z' },
      tijdstipAangemaakt: '2026-11-20T10:00:00.000Z', tijdstipGewijzigd: '2026-11-20T10:00:00.000Z',
    });
    expect(r.text).not.toContain('ontvanger-geheim');
    const [rij] = await t.db.select().from(abonnementen).where(eq(abonnementen.id, r.body.id));
    expect(rij).toMatchObject({ organisatieId: t.organisatieIds.ind, authorization: GEHEIM });
    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, r.body.id), eq(auditregels.actie, 'abonnement.aangemaakt')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organisatieId: t.organisatieIds.ind, rol: 'ind_medewerker' });
  });

  it('geplandTotVolgnummer is de teller van de eigen feed bij aanmaken: eerdere kennisgevingen komen uit de feed', async () => {
    await plaatsVoorInd();
    await plaatsVoorInd();
    const feed = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel: ind() });
    const laatste = Math.max(...feed.body.kennisgevingen.map((k: { volgnummer: number }) => k.volgnummer));
    expect(laatste).toBeGreaterThanOrEqual(2);
    const r = await maak({ ...geldig, callbackUrl: 'https://ontvanger.ind.example.nl/teller' });
    expect(r.body.geplandTotVolgnummer).toBe(laatste);
    // An organisation that never received anything starts at 0.
    const c = await maak({ ...geldig, callbackUrl: 'https://coa.example.nl/nrm' }, coa());
    expect(c.body.geplandTotVolgnummer).toBe(0);
  });

  it('zonder authorization mag ook; authorizationIngesteld is dan false', async () => {
    const { authorization: _weg, ...zonder } = geldig;
    const r = await maak({ ...zonder, callbackUrl: 'https://ontvanger.ind.example.nl/zonder' });
    expect(r.body.authorizationIngesteld).toBe(false);
  });

  it.each([
    ['http://127.0.0.1:8085/nrm'], ['http://localhost/nrm'], ['http://[::1]:9000/x'],
  ])('http alleen voor loopback buiten productie: %s mag', async (callbackUrl) => {
    const r = await maak({ ...geldig, callbackUrl });
    expect(r.body.callbackUrl).toBe(callbackUrl);
  });

  it('vier ongeldige velden: één 400 die ze alle noemt, en niets geschreven', async () => {
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', '/v1/abonnementen', {
      sleutel: ind(),
      body: { callbackUrl: 'http://ontvanger.example.nl/nrm', authorization: 'Bearer a\r\nX-Evil: 1', soorten: ['m55_bedenktijd', 'onbekend'], status: 'gestopt' },
    });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    const namen = r.body.invalidParams.map((p: { name: string }) => p.name);
    expect(namen).toEqual(expect.arrayContaining(['callbackUrl', 'authorization', 'soorten.1', 'status']));
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it.each([
    ['geen URL', { callbackUrl: 'geen url' }, 'callbackUrl'],
    ['ftp', { callbackUrl: 'ftp://ontvanger.example.nl/x' }, 'callbackUrl'],
    ['inloggegevens in de URL', { callbackUrl: 'https://gebruiker:wachtwoord@ontvanger.example.nl/x' }, 'callbackUrl'],
    ['een fragment', { callbackUrl: 'https://ontvanger.example.nl/x#a' }, 'callbackUrl'],
    ['lege soorten', { soorten: [] }, 'soorten'],
    ['dubbele soort', { soorten: ['m55_bedenktijd', 'm55_bedenktijd'] }, 'soorten'],
    ['ontbrekende soorten', { soorten: undefined }, 'soorten'],
    ['ontbrekende callbackUrl', { callbackUrl: undefined }, 'callbackUrl'],
    ['lege authorization', { authorization: '' }, 'authorization'],
  ])('weigert %s met 400 en schrijft niets', async (_naam, wijziging, veld) => {
    const voor = await t.tabeltellingen();
    const r = await t.verzoek('POST', '/v1/abonnementen', { sleutel: ind(), body: { ...geldig, ...wijziging } });
    expect(r.status).toBe(400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toContain(veld);
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('een tweede actief abonnement op dezelfde callbackUrl is 409 (elke kennisgeving zou dubbel komen)', async () => {
    const body = { ...geldig, callbackUrl: 'https://ontvanger.ind.example.nl/dubbel' };
    const eerste = await maak(body);
    const r = await t.verzoek('POST', '/v1/abonnementen', { sleutel: ind(), body });
    expect(r.status).toBe(409);
    expect(r.body.detail).toContain(eerste.body.id);
    // Another organisation may use the same URL (it is its own subscription).
    await maak(body, coa());
    // After deleting, the URL is free again.
    expect((await t.verzoek('DELETE', `/v1/abonnementen/${eerste.body.id}`, { sleutel: ind() })).status).toBe(204);
    await maak(body);
  });

  it('Idempotency-Key: een herhaling geeft hetzelfde antwoord en maakt niets nieuws', async () => {
    const body = { ...geldig, callbackUrl: 'https://ontvanger.ind.example.nl/idem' };
    const headers = { 'Idempotency-Key': 'abonnement-1' };
    const a = await t.verzoek('POST', '/v1/abonnementen', { sleutel: ind(), body, headers });
    const b = await t.verzoek('POST', '/v1/abonnementen', { sleutel: ind(), body, headers });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).toBe(a.body.id);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.text).not.toContain('ontvanger-geheim');
  });

  it('http naar loopback is verboden met WEBHOOK_LOOPBACK_HTTP=false en in productie', async () => {
    const omgevingen: Array<Record<string, string>> = [{ WEBHOOK_LOOPBACK_HTTP: 'false' }, { NODE_ENV: 'production' }];
    for (const env of omgevingen) {
      // In production the receiver's name is resolved (issue 11): here to a public address.
      const p = await startTestApp({ env, opzoeker: async () => ['8.8.8.8'] });
      try {
        const r = await p.verzoek('POST', '/v1/abonnementen', {
          sleutel: p.sleutel('ind', 'ind_medewerker'), body: { ...geldig, callbackUrl: 'http://127.0.0.1:8085/nrm' },
        });
        expect(r.status).toBe(400);
        expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'callbackUrl', reason: expect.stringContaining('https') })]);
        // Not over https to this machine either.
        const https = await p.verzoek('POST', '/v1/abonnementen', {
          sleutel: p.sleutel('ind', 'ind_medewerker'), body: { ...geldig, callbackUrl: 'https://localhost:8443/nrm' },
        });
        expect(https.status).toBe(400);
        expect(https.body.invalidParams).toEqual([expect.objectContaining({ name: 'callbackUrl', reason: expect.stringContaining('localhost') })]);
        const ok = await p.verzoek('POST', '/v1/abonnementen', { sleutel: p.sleutel('ind', 'ind_medewerker'), body: geldig });
        expect(ok.status).toBe(201);
      } finally {
        await p.close();
      }
    }
    // Production with the explicit override allows loopback http again (a local test bench).
    const p = await startTestApp({ env: { NODE_ENV: 'production', WEBHOOK_LOOPBACK_HTTP: 'true' } });
    try {
      const r = await p.verzoek('POST', '/v1/abonnementen', { sleutel: p.sleutel('ind', 'ind_medewerker'), body: { ...geldig, callbackUrl: 'http://127.0.0.1:8085/nrm' } });
      expect(r.status).toBe(201);
    } finally {
      await p.close();
    }
  }, 120_000); // three apps of their own

  it('zonder sleutel 401', async () => {
    const r = await t.verzoek('POST', '/v1/abonnementen', { body: geldig });
    expect(r.status).toBe(401);
  });
});

describe('GET /v1/abonnementen en /v1/abonnementen/{id}', () => {
  it('geeft alleen de eigen abonnementen, oudste eerst, zonder authorization; pagineert met Link', async () => {
    const org = 'zorg' as const;
    const sleutel = t.sleutel(org, 'zorgcoordinator');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await maak({ ...geldig, callbackUrl: `https://zorg.example.nl/${i}` }, sleutel)).body.id);
      t.klok.verzet(1000);
    }
    const gezien: string[] = [];
    let pad: string | undefined = '/v1/abonnementen?limit=2';
    while (pad) {
      const r: Antwoord = await t.verzoek('GET', pad, { sleutel });
      expect(r.status).toBe(200);
      expect(r.text).not.toContain('ontvanger-geheim');
      expect(r.text).not.toContain('"authorization"');
      gezien.push(...r.body.abonnementen.map((a: { id: string }) => a.id));
      pad = /<([^>]+)>; rel="next"/.exec(r.headers.get('link') ?? '')?.[1];
    }
    expect(gezien).toEqual(ids);
    const een = await t.verzoek('GET', `/v1/abonnementen/${ids[0]}`, { sleutel });
    expect(een.status).toBe(200);
    expect(een.body).toMatchObject({ id: ids[0], authorizationIngesteld: true });
    expect(een.body).not.toHaveProperty('authorization');
    expect(een.text).not.toContain('ontvanger-geheim');
  });

  it('filtert op status', async () => {
    const sleutel = t.sleutel('gemeente', 'zorgcoordinator');
    const a = await maak({ ...geldig, callbackUrl: 'https://gemeente.example.nl/a' }, sleutel);
    await t.db.update(abonnementen).set({ status: 'gestopt', redenGestopt: 'test' }).where(eq(abonnementen.id, a.body.id));
    await maak({ ...geldig, callbackUrl: 'https://gemeente.example.nl/b' }, sleutel);
    const gestopt = await t.verzoek('GET', '/v1/abonnementen?status=gestopt', { sleutel });
    expect(gestopt.body.abonnementen.map((x: { id: string }) => x.id)).toEqual([a.body.id]);
    expect(gestopt.body.abonnementen[0]).toMatchObject({ status: 'gestopt', redenGestopt: 'test' });
    const fout = await t.verzoek('GET', '/v1/abonnementen?status=verwijderd', { sleutel });
    expect(fout.status).toBe(400);
  });

  it('het abonnement van een andere organisatie bestaat niet (404), net als een onbekend of misvormd id', async () => {
    const a = await maak({ ...geldig, callbackUrl: 'https://ontvanger.ind.example.nl/eigen' });
    for (const [pad, sleutel] of [
      [`/v1/abonnementen/${a.body.id}`, coa()],
      [`/v1/abonnementen/${crypto.randomUUID()}`, ind()],
      ['/v1/abonnementen/geen-uuid', ind()],
    ] as const) {
      const r = await t.verzoek('GET', pad, { sleutel });
      expect(r.status).toBe(404);
      expect(r.headers.get('api-version')).toBe('1.0.0');
    }
    const lijst = await t.verzoek('GET', '/v1/abonnementen', { sleutel: coa() });
    expect(lijst.body.abonnementen.map((x: { id: string }) => x.id)).not.toContain(a.body.id);
    const weg = await t.verzoek('DELETE', `/v1/abonnementen/${a.body.id}`, { sleutel: coa() });
    expect(weg.status).toBe(404);
    expect((await t.verzoek('GET', `/v1/abonnementen/${a.body.id}`, { sleutel: ind() })).status).toBe(200);
  });
});

describe('DELETE /v1/abonnementen/{id}', () => {
  it('verwijdert: 204, daarna 404 en niet meer in de lijst; wachtende afleveringen vervallen; auditregel', async () => {
    const a = await maak({ ...geldig, callbackUrl: 'https://ontvanger.ind.example.nl/weg' });
    await plaatsVoorInd();
    await alsBevestigd(t, a.body.id);
    const { planAfleveringen } = await import('../../src/jobs/webhook-aflevering.js');
    await planAfleveringen(t.deps);
    const voor = await t.db.select().from(afleveringen).where(eq(afleveringen.abonnementId, a.body.id));
    expect(voor.map((x) => x.status)).toEqual(['wachtend']);

    const r = await t.verzoek('DELETE', `/v1/abonnementen/${a.body.id}`, { sleutel: ind() });
    expect(r.status).toBe(204);
    expect(r.text).toBe('');
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect((await t.verzoek('GET', `/v1/abonnementen/${a.body.id}`, { sleutel: ind() })).status).toBe(404);
    expect((await t.verzoek('DELETE', `/v1/abonnementen/${a.body.id}`, { sleutel: ind() })).status).toBe(404);
    const lijst = await t.verzoek('GET', '/v1/abonnementen', { sleutel: ind() });
    expect(lijst.body.abonnementen.map((x: { id: string }) => x.id)).not.toContain(a.body.id);
    const na = await t.db.select().from(afleveringen).where(eq(afleveringen.abonnementId, a.body.id));
    expect(na.map((x) => [x.status, x.laatsteFout])).toEqual([['vervallen', 'Abonnement verwijderd']]);
    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, a.body.id), eq(auditregels.actie, 'abonnement.verwijderd')));
    expect(audit).toHaveLength(1);
    // The receiver's secret is not kept after deletion.
    const [rij] = await t.db.select().from(abonnementen).where(eq(abonnementen.id, a.body.id));
    expect(rij).toMatchObject({ status: 'verwijderd', authorization: null });
  });
});

describe('rollen', () => {
  const weigeren = ROLLEN.filter((rol) => !magUitvoeren(rol, 'abonnementen.beheren'));
  it('de matrix: analist, auditor en beheerder beheren geen abonnementen', () => {
    expect(weigeren.sort()).toEqual(['analist', 'auditor', 'beheerder']);
  });

  /** A demo organisation with a key for a role. */
  function sleutelVoor(rol: Rol) {
    const org = DEMO_ORGANISATIES.find((o) => (rollenPerOrganisatieType[o.type] as readonly Rol[]).includes(rol))!;
    return t.sleutel(org.code, rol);
  }

  it.each(weigeren)('%s krijgt 403 op elke operatie, en er wordt niets geschreven', async (rol) => {
    const sleutel = sleutelVoor(rol);
    const voor = await t.tabeltellingen();
    const id = crypto.randomUUID();
    for (const [methode, pad, body] of [
      ['POST', '/v1/abonnementen', geldig], ['GET', '/v1/abonnementen', undefined],
      ['GET', `/v1/abonnementen/${id}`, undefined], ['DELETE', `/v1/abonnementen/${id}`, undefined],
    ] as const) {
      const r = await t.verzoek(methode, pad, { sleutel, body });
      expect(r.status, `${methode} ${pad}`).toBe(403);
    }
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it.each(ROLLEN.filter((rol) => magUitvoeren(rol, 'abonnementen.beheren')))('%s mag een abonnement maken', async (rol) => {
    const r = await t.verzoek('POST', '/v1/abonnementen', { sleutel: sleutelVoor(rol), body: { ...geldig, callbackUrl: `https://rol.example.nl/${rol}` } });
    expect(r.status).toBe(201);
  });
});
