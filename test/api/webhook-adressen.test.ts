// Webhooks must not reach internal addresses (issue 11, item 1: SSRF). In production only public
// addresses: checked for every address a callback's name resolves to, at subscription and at every
// delivery, and the delivery connects to exactly the checked address (DNS rebinding gains nothing);
// redirects are never followed; WEBHOOK_TOEGESTANE_HOSTS lets in the receivers of a closed network.
// Name resolution is injected (the `opzoeker` of the app's deps), so a name can first resolve to a
// public and then to an internal address; the receivers are real sockets on 127.0.0.1.
import { createServer as createTcpServer, type Socket } from 'node:net';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { afleveringen, abonnementen } from '../../src/db/schema.js';
import { webhookAflevering } from '../../src/jobs/webhook-aflevering.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import { adresbeleid, adresProbleem, controleerBestemming, type Opzoeker } from '../../src/webhooks/adresbeleid.js';
import type { GebouwdEvent } from '../../src/webhooks/cloudevent.js';
import { verzend } from '../../src/webhooks/verzender.js';
import { geweigerd } from '../support/weigering.js';
import { alsBevestigd } from '../support/abonnement.js';
import { startTestApp, type TestApp, PRODUCTIEGEHEIMEN } from '../support/harness.js';


const PUBLIEK = '8.8.8.8';

describe('adresbeleid: welke adressen een webhook mag bereiken (zonder database)', () => {
  const productie = adresbeleid(parseConfig({ NODE_ENV: 'production', ...PRODUCTIEGEHEIMEN }), false);
  it.each([
    ['127.0.0.2', 'loopback'], ['127.0.0.1', 'loopback'], ['::1', 'loopback'], ['0.0.0.0', 'onbepaalde'], ['::', 'onbepaalde'],
    ['::ffff:7f00:1', '127.0.0.1'], ['::ffff:10.0.0.1', 'privénetwerk'], ['169.254.169.254', 'link-local'], ['fe80::1', 'link-local'],
    ['10.0.0.1', 'privénetwerk'], ['172.16.5.4', 'privénetwerk'], ['192.168.1.1', 'privénetwerk'], ['100.64.0.1', 'providers'],
    ['fc00::1', 'uniek-lokaal'], ['fd12:3456::1', 'uniek-lokaal'], ['ff02::1', 'multicast'], ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'broadcast'], ['192.0.2.10', 'gereserveerd'], ['240.0.0.1', 'gereserveerd'],
    ['64:ff9b::7f00:1', '127.0.0.1'], ['64:ff9b::a00:1', '10.0.0.1'], ['64:ff9b:1::a00:1', 'bijzonder'],
    ['::7f00:1', 'geen openbaar'], ['2002:7f00:1::1', 'bijzonder'], ['2001:db8::1', 'gereserveerd'],
  ])('%s wordt geweigerd (%s)', (adres, reden) => {
    expect(adresProbleem(adres, productie)).toContain(reden);
  });

  it.each([PUBLIEK, '145.21.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', '64:ff9b::808:808'])('%s mag', (adres) => {
    expect(adresProbleem(adres, productie)).toBeNull();
  });

  it('buiten productie mag alles (een ontvanger op de eigen machine), behalve wat WEBHOOK_LOOPBACK_HTTP regelt', () => {
    const ontwikkeling = adresbeleid(parseConfig({}), true);
    for (const adres of ['127.0.0.1', '10.0.0.1', '169.254.169.254']) expect(adresProbleem(adres, ontwikkeling)).toBeNull();
  });

  it('de allowlist: netwerken en losse adressen, en host-namen (wat die ook opleveren)', async () => {
    const beleid = adresbeleid(parseConfig({ NODE_ENV: 'production', ...PRODUCTIEGEHEIMEN, WEBHOOK_TOEGESTANE_HOSTS: '10.20.0.0/16, fd12::/16, 192.168.7.7, Inway.FSC.example.nl.' }), false);
    expect(adresProbleem('10.20.3.4', beleid)).toBeNull();
    expect(adresProbleem('::ffff:10.20.3.4', beleid)).toBeNull();
    expect(adresProbleem('fd12::5', beleid)).toBeNull();
    expect(adresProbleem('192.168.7.7', beleid)).toBeNull();
    expect(adresProbleem('10.21.0.1', beleid)).not.toBeNull();
    expect(adresProbleem('192.168.7.8', beleid)).not.toBeNull();
    const opzoeker: Opzoeker = async () => ['10.99.0.1'];
    expect(await controleerBestemming('inway.fsc.example.nl', beleid, opzoeker)).toEqual({ toegestaan: true, adressen: ['10.99.0.1'] });
    expect(await controleerBestemming('ander.fsc.example.nl', beleid, opzoeker)).toMatchObject({ toegestaan: false });
  });

  it('een onjuiste allowlist-regel laat de configuratie falen', () => {
    expect(() => parseConfig({ WEBHOOK_TOEGESTANE_HOSTS: '10.0.0.0/33' })).toThrow(/WEBHOOK_TOEGESTANE_HOSTS/);
    expect(() => parseConfig({ WEBHOOK_TOEGESTANE_HOSTS: 'http://inway.example.nl' })).toThrow(/WEBHOOK_TOEGESTANE_HOSTS/);
  });

  it('verzend: een geweigerd adres en een onbekende naam maken geen verbinding; alleen het eerste is een adresweigering', async () => {
    const geenVerbinding = async () => { throw new Error('er had geen verbinding gemaakt mogen worden'); };
    const event = { headers: {}, body: '{}' } as unknown as GebouwdEvent;
    const middelen = { transport: geenVerbinding, opzoeker: dns({ 'intern.example.nl': ['10.0.0.8'] }), beleid: productie };
    expect(await verzend(middelen, 'https://intern.example.nl/x', null, event, 1000, () => new Date())).toEqual({
      httpStatus: null, retryAfterMs: null, adresGeweigerd: true, fout: 'Niet verzonden: intern.example.nl verwijst naar 10.0.0.8 is een adres in een privénetwerk (RFC 1918).',
    });
    expect(await verzend(middelen, 'https://weg.example.nl/x', null, event, 1000, () => new Date())).toEqual({
      httpStatus: null, retryAfterMs: null, fout: 'Geen verbinding: de naam weg.example.nl kon niet worden opgezocht (ENOTFOUND)',
    });
  });

  it('een naam met één openbaar en één intern adres wordt geweigerd; elk adres telt', async () => {
    const r = await controleerBestemming('dubbel.example.nl', productie, async () => [PUBLIEK, '10.0.0.7']);
    expect(r).toMatchObject({ toegestaan: false, reden: expect.stringContaining('10.0.0.7') });
  });
});

// ---- through the API and the delivery job ------------------------------------------------------

/** Names as DNS would answer them; a function per name can change its answer (rebinding). */
function dns(namen: Record<string, string[] | (() => string[])>): Opzoeker & { vragen: string[] } {
  const vragen: string[] = [];
  const opzoeker = async (naam: string) => {
    vragen.push(naam);
    const antwoord = namen[naam];
    if (!antwoord) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${naam}`), { code: 'ENOTFOUND' });
    return typeof antwoord === 'function' ? antwoord() : antwoord;
  };
  return Object.assign(opzoeker, { vragen });
}

/** A TCP listener on 127.0.0.1 that records every connection and its first bytes, then closes it. */
async function luisteraar() {
  const verbindingen: Buffer[] = [];
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('data', (data) => { verbindingen.push(Buffer.from(data)); socket.destroy(); });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    poort: (server.address() as AddressInfo).port,
    verbindingen,
    stop: () => new Promise<void>((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

async function abonneer(p: TestApp, callbackUrl: string) {
  return p.verzoek('POST', '/v1/abonnementen', {
    sleutel: p.sleutel('ind', 'ind_medewerker'), body: { callbackUrl, authorization: 'Bearer geheim-ind', soorten: ['m55_bedenktijd'] },
  });
}

// The receivers below are raw TCP listeners or answer every request alike, so they cannot answer the
// handshake (OPTIONS): these tests of the delivery path start from an allowed subscription
// (alsBevestigd). The handshake's own address check is the first test of the next block.

async function plaatsVoorInd(p: TestApp) {
  return (await p.db.transaction((tx) => plaatsKennisgeving(tx, p.deps.ids, p.klok.now(), {
    ontvangerOrganisatieId: p.organisatieIds.ind, soort: 'm55_bedenktijd', dossierId: null,
    afzenderOrganisatieId: p.organisatieIds.politie, inhoud: {}, gebeurtenisSleutel: crypto.randomUUID(),
  })))!;
}

async function afleveringVan(p: TestApp, kennisgevingId: string, abonnementId: string) {
  const [a] = await p.db.select().from(afleveringen)
    .where(and(eq(afleveringen.kennisgevingId, kennisgevingId), eq(afleveringen.abonnementId, abonnementId)));
  return a!;
}

describe('POST /v1/abonnementen in productie: geen interne adressen', () => {
  let p: TestApp;
  const opzoeker = dns({
    'ontvanger.ind.example.nl': [PUBLIEK],
    'intern.example.nl': ['10.1.2.3'],
    'metadata.example.nl': ['169.254.169.254'],
    'dubbel.example.nl': [PUBLIEK, 'fd00::5'],
    'zes.example.nl': ['2001:4860:4860::8888'],
  });
  beforeAll(async () => { p = await startTestApp({ env: { NODE_ENV: 'production' }, opzoeker }); });
  afterAll(async () => { await p.close(); });

  // The URLs of the issue (each was accepted with 201), and more of the same kind.
  it.each([
    'https://127.0.0.2:3481', 'https://0.0.0.0:3481', 'https://localhost.:3481', 'https://[::ffff:127.0.0.1]:3481', 'https://[::]:3481',
    'https://169.254.169.254/latest/meta-data/', 'https://10.0.0.1/',
    'https://ontvanger.localhost/nrm', 'https://2130706433/nrm', 'https://0x7f.1/nrm', 'https://[fe80::1]/', 'https://[fd00::1]/',
    'https://100.64.0.1/', 'https://[::ffff:a9fe:a9fe]/', 'https://[64:ff9b::a9fe:a9fe]/',
    'https://intern.example.nl/nrm', 'https://metadata.example.nl/', 'https://dubbel.example.nl/nrm', 'https://bestaat-niet.example.nl/nrm',
  ])('%s: 400 die callbackUrl noemt, niets geschreven', async (callbackUrl) => {
    const r = await geweigerd(p, 'POST', '/v1/abonnementen', {
      sleutel: p.sleutel('ind', 'ind_medewerker'), body: { callbackUrl, authorization: null, soorten: ['m55_bedenktijd'] },
    }, 400);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'callbackUrl', code: 'adres_niet_toegestaan' })]);
    expect(r.body.invalidParams[0].reason).toMatch(/niet naar een openbaar adres|niet toegestaan/);
  });

  it('een openbare ontvanger (IPv4 of IPv6) wordt aanvaard', async () => {
    for (const url of ['https://ontvanger.ind.example.nl/nrm', 'https://zes.example.nl/nrm', `https://${PUBLIEK}/nrm`]) {
      const r = await abonneer(p, url);
      expect(r.status, r.text).toBe(201);
    }
  });
});

describe('WEBHOOK_TOEGESTANE_HOSTS: ontvangers in een gesloten netwerk (FSC)', () => {
  let p: TestApp;
  beforeAll(async () => {
    p = await startTestApp({
      env: { NODE_ENV: 'production', WEBHOOK_TOEGESTANE_HOSTS: 'inway.fsc.example.nl,10.20.0.0/16' },
      opzoeker: dns({ 'inway.fsc.example.nl': ['10.99.0.1'], 'ander.fsc.example.nl': ['10.99.0.2'] }),
    });
  });
  afterAll(async () => { await p.close(); });

  it('een genoemde host of een adres in een genoemd netwerk mag; de rest niet', async () => {
    expect((await abonneer(p, 'https://inway.fsc.example.nl/nrm')).status).toBe(201);
    expect((await abonneer(p, 'https://10.20.4.5/nrm')).status).toBe(201);
    expect((await abonneer(p, 'https://ander.fsc.example.nl/nrm')).status).toBe(400);
    expect((await abonneer(p, 'https://10.21.0.1/nrm')).status).toBe(400);
  });
});

describe('handshake en aflevering: bij elke poging opnieuw opgezocht en gecontroleerd, verbonden met het gecontroleerde adres', () => {
  it('DNS-rebinding: bij het abonneren openbaar, bij handshake en aflevering 127.0.0.1 — er wordt geen verbinding gemaakt', async () => {
    const ontvanger = await luisteraar();
    let antwoord = [PUBLIEK];
    const opzoeker = dns({ 'rebind.example.nl': () => antwoord });
    const p = await startTestApp({ env: { NODE_ENV: 'production' }, opzoeker });
    try {
      const abonnement = await abonneer(p, `https://rebind.example.nl:${ontvanger.poort}/events`);
      expect(abonnement.status, abonnement.text).toBe(201);
      antwoord = ['127.0.0.1'];
      const id = await plaatsVoorInd(p);
      // The handshake goes through the same check: not sent, and the subscription says why.
      expect(await webhookAflevering({ ...p.deps, random: () => 0.5 })).toMatchObject({ bevestigd: 0, nietBevestigd: 1, pogingen: 0 });
      const [wachtend] = await p.db.select().from(abonnementen).where(eq(abonnementen.id, abonnement.body.id));
      expect(wachtend).toMatchObject({ status: 'wacht_op_bevestiging', bevestigingsfout: expect.stringMatching(/^Niet verzonden: rebind\.example\.nl verwijst naar 127\.0\.0\.1/) });
      expect(ontvanger.verbindingen).toHaveLength(0);
      expect(p.logregels.some((l) => l.niveau === 'warn' && l.msg === 'webhook-handshake niet verzonden: adres niet toegestaan')).toBe(true);
      await alsBevestigd(p, abonnement.body.id);
      const rapport = await webhookAflevering({ ...p.deps, random: () => 0.5 });
      expect(rapport).toMatchObject({ pogingen: 1, afgeleverd: 0, opnieuw: 1 });
      expect(ontvanger.verbindingen).toHaveLength(0);
      const a = await afleveringVan(p, id, abonnement.body.id);
      expect(a).toMatchObject({ status: 'wachtend', laatsteHttpStatus: null });
      expect(a.laatsteFout).toMatch(/^Niet verzonden: rebind\.example\.nl verwijst naar 127\.0\.0\.1 is een loopback-adres/);
      expect(p.logregels.some((l) => l.niveau === 'warn' && l.msg === 'webhook niet verzonden: adres niet toegestaan')).toBe(true);
      // The name was looked up again for the handshake and for the delivery (not taken from the subscription).
      expect(opzoeker.vragen).toEqual(['rebind.example.nl', 'rebind.example.nl', 'rebind.example.nl']);
    } finally {
      await p.close();
      await ontvanger.stop();
    }
  }, 90_000); // an app of its own

  it('een toegestaan adres: de verbinding gaat naar precies dat adres, met TLS voor de naam (SNI), zonder de naam opnieuw op te zoeken', async () => {
    const ontvanger = await luisteraar();
    // rebind.example.nl does not exist in real DNS: a connection can only come from the pinned lookup.
    const opzoeker = dns({ 'rebind.example.nl': ['127.0.0.1'] });
    const p = await startTestApp({ env: { NODE_ENV: 'production', WEBHOOK_TOEGESTANE_HOSTS: '127.0.0.0/8' }, opzoeker });
    try {
      const abonnement = await abonneer(p, `https://rebind.example.nl:${ontvanger.poort}/events`);
      expect(abonnement.status, abonnement.text).toBe(201);
      await alsBevestigd(p, abonnement.body.id);
      await plaatsVoorInd(p);
      await webhookAflevering({ ...p.deps, random: () => 0.5 });
      expect(ontvanger.verbindingen).toHaveLength(1);
      // A TLS ClientHello (record type 22) naming the host in its server_name extension.
      expect(ontvanger.verbindingen[0]![0]).toBe(22);
      expect(ontvanger.verbindingen[0]!.includes(Buffer.from('rebind.example.nl'))).toBe(true);
    } finally {
      await p.close();
      await ontvanger.stop();
    }
  }, 90_000); // an app of its own

  it('een doorverwijzing (3xx) wordt niet gevolgd en telt als mislukte poging', async () => {
    const doel = { verzoeken: 0 };
    const elders = createHttpServer((_req, res) => { doel.verzoeken++; res.writeHead(204).end(); });
    await new Promise<void>((resolve) => elders.listen(0, '127.0.0.1', resolve));
    const eldersUrl = `http://127.0.0.1:${(elders.address() as AddressInfo).port}/gestolen`;
    const omleider = createHttpServer((_req, res) => { res.writeHead(307, { Location: eldersUrl }).end(); });
    await new Promise<void>((resolve) => omleider.listen(0, '127.0.0.1', resolve));
    const p = await startTestApp();
    try {
      const abonnement = await abonneer(p, `http://127.0.0.1:${(omleider.address() as AddressInfo).port}/events`);
      expect(abonnement.status, abonnement.text).toBe(201);
      await alsBevestigd(p, abonnement.body.id);
      const id = await plaatsVoorInd(p);
      const rapport = await webhookAflevering({ ...p.deps, random: () => 0.5 });
      expect(rapport).toMatchObject({ afgeleverd: 0, opnieuw: 1 });
      expect(doel.verzoeken).toBe(0);
      expect(await afleveringVan(p, id, abonnement.body.id)).toMatchObject({
        status: 'wachtend', laatsteHttpStatus: 307, laatsteFout: 'HTTP 307: doorverwijzingen worden niet gevolgd',
      });
    } finally {
      await p.close();
      omleider.closeAllConnections(); elders.closeAllConnections();
      await new Promise((r) => omleider.close(r));
      await new Promise((r) => elders.close(r));
    }
  }, 90_000); // an app of its own

  it('buiten productie: de naam wordt opgezocht en de POST gaat naar dat adres, met de naam in Host', async () => {
    const ontvangen: Array<{ methode?: string; host?: string; pad?: string }> = [];
    const server = createHttpServer((req, res) => {
      ontvangen.push({ methode: req.method, host: req.headers.host, pad: req.url });
      req.resume();
      res.writeHead(204, { 'webhook-allowed-origin': String(req.headers['webhook-request-origin']) }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const poort = (server.address() as AddressInfo).port;
    const p = await startTestApp({ opzoeker: dns({ 'ontvanger.localhost': ['127.0.0.1'] }) });
    try {
      const abonnement = await abonneer(p, `http://ontvanger.localhost:${poort}/events?x=1`);
      expect(abonnement.status, abonnement.text).toBe(201);
      await plaatsVoorInd(p);
      expect(await webhookAflevering({ ...p.deps, random: () => 0.5 })).toMatchObject({ afgeleverd: 1 });
      expect(ontvangen).toEqual(['OPTIONS', 'POST'].map((methode) => ({ methode, host: `ontvanger.localhost:${poort}`, pad: '/events?x=1' })));
      const [rij] = await p.db.select().from(abonnementen).where(eq(abonnementen.id, abonnement.body.id));
      expect(rij!.status).toBe('actief');
    } finally {
      await p.close();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }, 90_000); // an app of its own
});
