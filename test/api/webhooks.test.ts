// Webhook delivery (issue 4) against real HTTP receivers on 127.0.0.1: the example receiver from
// examples/ and small node:http servers that fail on purpose. Fixed clock and fixed jitter, so the
// retry schedule is exact. Runs on PGlite and on PostgreSQL.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { HTTP, type CloudEvent } from 'cloudevents';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { abonnementen, afleveringen, auditregels, kennisgevingen } from '../../src/db/schema.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import {
  claimAfleveringen, leaseMs, registreerPoging, webhookAflevering, type AfleverDeps,
} from '../../src/jobs/webhook-aflevering.js';
import { jobs } from '../../src/jobs/index.js';
import { systeemActor } from '../../src/audit/auditlog.js';
import { backoffMs, beoordeel, leesRetryAfter } from '../../src/webhooks/verzender.js';
import { cloudEventType, cloudEventTypen } from '../../src/webhooks/cloudevent.js';
import { KENNISGEVING_SOORTEN } from '../../src/domain/catalogus.js';
import { startOntvanger, haalAchterstandOp, type Ontvanger } from '../../examples/ontvanger.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { nieuwVnummer } from '../support/personen.js';

const NRM = 'https://nrm.example.org';
const T0 = '2026-11-20T10:00:00.000Z';
const SEC = 1000;
const UUR = 3_600_000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ nu: T0, env: { WEBHOOK_DATAREF_BASE_URL: NRM } });
});
afterAll(async () => { await t.close(); });

// ---- helpers ------------------------------------------------------------------------------------

/** The NRM API in-process, for receivers that fetch `dataref`. */
const nrmFetch = ((url: string | URL | Request, init?: RequestInit) => t.app.request(String(url), init)) as typeof fetch;

/** Runs the dispatcher with fixed jitter (random 0.5: the wait is exactly ¾ of the exponential step). */
const draai = (extra: Partial<AfleverDeps> = {}) => webhookAflevering({ ...t.deps, random: () => 0.5, ...extra });

interface Verzoek { headers: IncomingHttpHeaders; body: string; event: Record<string, any>; tijdstip: string }
type Reactie = { status: number; headers?: Record<string, string> } | 'hangen';

/**
 * A node:http receiver on loopback whose answer per delivery is decided by `reageer`. The handshake
 * (OPTIONS) is answered by `bevestig`: by default it allows the sender, as a receiver must.
 */
async function startServer(
  reageer: (v: Verzoek, n: number) => Reactie = () => ({ status: 204 }),
  bevestig: (headers: IncomingHttpHeaders) => { status: number; headers?: Record<string, string> } =
    (h) => ({ status: 204, headers: { 'webhook-allowed-origin': String(h['webhook-request-origin']) } }),
) {
  const verzoeken: Verzoek[] = [];
  const handshakes: IncomingHttpHeaders[] = [];
  const hangend: ServerResponse[] = [];
  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      handshakes.push(req.headers);
      const r = bevestig(req.headers);
      res.writeHead(r.status, r.headers);
      res.end();
      return;
    }
    let body = '';
    for await (const deel of req) body += deel;
    const v: Verzoek = { headers: req.headers, body, event: JSON.parse(body), tijdstip: t.klok.now().toISOString() };
    verzoeken.push(v);
    const r = reageer(v, verzoeken.length);
    if (r === 'hangen') { hangend.push(res); return; }
    res.writeHead(r.status, r.headers);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/events`,
    verzoeken,
    handshakes,
    ids: () => verzoeken.map((v) => v.event.id as string),
    stop: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const sleutelVan: Partial<Record<DemoCode, () => string>> = {
  ind: () => t.sleutel('ind', 'ind_medewerker'),
  coa: () => t.sleutel('coa', 'coa_medewerker'),
  comensha: () => t.sleutel('comensha', 'zorgcoordinator'),
  zorg: () => t.sleutel('zorg', 'zorgcoordinator'),
  opvang: () => t.sleutel('opvang', 'opvangmedewerker'),
  gemeente: () => t.sleutel('gemeente', 'zorgcoordinator'),
  veiligthuis: () => t.sleutel('veiligthuis', 'zorgcoordinator'),
  raad: () => t.sleutel('raad', 'zorgcoordinator'),
};

const aangemaakt: Array<{ id: string; org: DemoCode }> = [];
async function abonneer(org: DemoCode, callbackUrl: string, soorten: string[], authorization: string | null = `Bearer geheim-${org}`) {
  const r = await t.verzoek('POST', '/v1/abonnementen', { sleutel: sleutelVan[org]!(), body: { callbackUrl, authorization, soorten } });
  expect(r.status, r.text).toBe(201);
  aangemaakt.push({ id: r.body.id, org });
  return r.body as { id: string; geplandTotVolgnummer: number };
}
// Every test cleans up its subscriptions, so the next test's notifications are not sent to them.
afterEach(async () => {
  for (const { id, org } of aangemaakt.splice(0)) await t.verzoek('DELETE', `/v1/abonnementen/${id}`, { sleutel: sleutelVan[org]!() });
});

async function plaats(ontvanger: DemoCode, soort = 'verwijzing_ontvangen', inhoud: Record<string, unknown> = {}) {
  const id = await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
    ontvangerOrganisatieId: t.organisatieIds[ontvanger], soort, dossierId: null,
    afzenderOrganisatieId: t.organisatieIds.politie, inhoud, gebeurtenisSleutel: crypto.randomUUID(),
  }));
  return id!;
}

async function aflevering(kennisgevingId: string, abonnementId: string) {
  const [a] = await t.db.select().from(afleveringen)
    .where(and(eq(afleveringen.kennisgevingId, kennisgevingId), eq(afleveringen.abonnementId, abonnementId)));
  return a!;
}

const intaker = () => t.sleutel('politie', 'intaker');

/** A dossier with an established assessment: CoMensha gets `aanmelding_vermoedelijk_slachtoffer`. */
async function vastgesteldDossier(verblijfssituatie = 'geen_rechtmatig_verblijf') {
  const d = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie, leeftijdscategorie: 'meerderjarig' },
  });
  expect(d.status, d.text).toBe(201);
  const b = await t.verzoek('POST', `/v1/dossiers/${d.body.id}/beoordelingen`, {
    sleutel: intaker(),
    body: {
      beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' },
      elementen: { handeling: true, middel: true, oogmerk: true }, indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    },
  });
  expect(b.status, b.text).toBe(201);
  return { dossierId: d.body.id as string, beoordelingId: b.body.id as string };
}

/** A granted bedenktijd: IND gets `m55_bedenktijd` with the person's identity in its inhoud. */
async function verleendeBedenktijd() {
  const { dossierId, beoordelingId } = await vastgesteldDossier();
  const p = await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, {
    sleutel: intaker(),
    body: { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: nieuwVnummer(), geslacht: 'vrouw', talen: ['en'] },
  });
  expect(p.status, p.text).toBe(201);
  const a = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-11-20', beoordelingId } });
  expect(a.status, a.text).toBe(201);
  const r = await t.verzoek('POST', `/v1/bedenktijden/${a.body.id}/reactie`, { sleutel: intaker(), body: { reactie: 'aanvaard', datum: '2026-11-20', opvangGewenst: false } });
  expect(r.status, r.text).toBe(200);
  const [m55] = await t.db.select().from(kennisgevingen)
    .where(and(eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.soort, 'm55_bedenktijd'), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind)));
  return { dossierId, kennisgevingId: m55!.id };
}

// ---- tests --------------------------------------------------------------------------------------

describe('aflevering aan de voorbeeldontvanger (examples/ontvanger.ts)', () => {
  let ontvanger: Ontvanger;
  afterEach(async () => { await ontvanger?.stop(); });

  it('levert elke kennisgeving één keer af; de ontvanger haalt de inhoud op met de eigen sleutel en bevestigt', async () => {
    t.klok.zet(T0);
    ontvanger = await startOntvanger({
      nrmUrl: NRM, apiSleutel: t.sleutel('comensha', 'zorgcoordinator'), verwachteAuthorization: 'Bearer geheim-comensha',
      fetch: nrmFetch, referentie: (k) => `CM-${k.volgnummer}`,
    });
    const abonnement = await abonneer('comensha', ontvanger.url, ['aanmelding_vermoedelijk_slachtoffer']);
    for (let i = 0; i < 3; i++) await vastgesteldDossier();
    const feed = await t.verzoek('GET', `/v1/kennisgevingen?naVolgnummer=${abonnement.geplandTotVolgnummer}`, { sleutel: sleutelVan.comensha!() });
    const verwacht = feed.body.kennisgevingen.map((k: { id: string }) => k.id);
    expect(verwacht).toHaveLength(3);

    const rapport = await draai();
    expect(rapport).toMatchObject({ gepland: 3, afgeleverd: 3, opnieuw: 0, fouten: 0 });
    expect(ontvanger.ontvangen.map((o) => o.id)).toEqual(verwacht);
    expect(ontvanger.ontvangen.every((o) => !o.dubbel && o.status === 204)).toBe(true);
    expect([...ontvanger.verwerkt.keys()]).toEqual(verwacht);

    // The receiver acknowledged each with its own reference.
    const na = await t.verzoek('GET', `/v1/kennisgevingen?naVolgnummer=${abonnement.geplandTotVolgnummer}`, { sleutel: sleutelVan.comensha!() });
    expect(na.body.kennisgevingen.map((k: { referentieOntvanger: string }) => k.referentieOntvanger))
      .toEqual(na.body.kennisgevingen.map((k: { volgnummer: number }) => `CM-${k.volgnummer}`));

    // Nothing twice: another run sends nothing.
    expect(await draai()).toMatchObject({ gepland: 0, pogingen: 0 });
    expect(ontvanger.ontvangen).toHaveLength(3);

    const status = await t.verzoek('GET', `/v1/kennisgevingen/${verwacht[0]}/afleveringen`, { sleutel: sleutelVan.comensha!() });
    expect(status.status).toBe(200);
    expect(status.body.afleveringen).toEqual([expect.objectContaining({
      abonnementId: abonnement.id, status: 'afgeleverd', pogingen: 1, laatsteHttpStatus: 204, laatsteFout: null,
      volgendePoging: null, tijdstipAfgeleverd: T0,
    })]);
  });

  it('ontdubbelt op het event-id, weigert een verkeerde Authorization (401) en haalt na downtime bij via de feed', async () => {
    t.klok.zet(T0);
    ontvanger = await startOntvanger({ nrmUrl: NRM, apiSleutel: t.sleutel('comensha', 'zorgcoordinator'), verwachteAuthorization: 'Bearer juist', fetch: nrmFetch });
    const abonnement = await abonneer('comensha', ontvanger.url, ['aanmelding_vermoedelijk_slachtoffer'], 'Bearer onjuist');
    const id = await plaats('comensha', 'aanmelding_vermoedelijk_slachtoffer');
    // The receiver refuses the handshake of a sender with the wrong Authorization: nothing is delivered,
    // and the subscription says why.
    expect(await draai()).toMatchObject({ bevestigd: 0, nietBevestigd: 1, pogingen: 0 });
    expect(ontvanger.handshakes()).toBe(1);
    expect(await aflevering(id, abonnement.id)).toBeUndefined();
    const g = await t.verzoek('GET', `/v1/abonnementen/${abonnement.id}`, { sleutel: sleutelVan.comensha!() });
    expect(g.body).toMatchObject({ status: 'wacht_op_bevestiging', bevestiging: { tijdstip: null, pogingen: 1, laatsteFout: expect.stringContaining('HTTP 401') } });
    expect(ontvanger.verwerkt.size).toBe(0);

    // Downtime is over: catch up via the feed from the last volgnummer processed (here: the subscription's start).
    const tot = await haalAchterstandOp({ nrmUrl: NRM, apiSleutel: t.sleutel('comensha', 'zorgcoordinator'), fetch: nrmFetch }, abonnement.geplandTotVolgnummer, ontvanger.verwerk);
    expect(ontvanger.verwerkt.has(id)).toBe(true);
    expect(tot).toBe(ontvanger.hoogsteVolgnummer());

    // A correct event for an id already processed: 2xx, counted as a duplicate, not processed again.
    const { bouwCloudEvent } = await import('../../src/webhooks/cloudevent.js');
    const [k] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, id));
    const event = bouwCloudEvent(k!, t.deps.config);
    const r = await fetch(ontvanger.url, { method: 'POST', headers: { ...event.headers, authorization: 'Bearer juist' }, body: event.body });
    expect(r.status).toBe(204);
    expect(ontvanger.ontvangen.at(-1)).toMatchObject({ id, dubbel: true });
    // An event whose dataref points elsewhere is refused: the receiver never sends its key there.
    const vals = JSON.parse(event.body);
    vals.dataref = `https://aanvaller.example/v1/kennisgevingen/${id}`;
    const r2 = await fetch(ontvanger.url, { method: 'POST', headers: { ...event.headers, authorization: 'Bearer juist' }, body: JSON.stringify(vals) });
    expect(r2.status).toBe(400);
  });
});

describe('de webhook-handshake (CloudEvents HTTP Web Hooks §4.1)', () => {
  const lees = async (id: string) => (await t.verzoek('GET', `/v1/abonnementen/${id}`, { sleutel: sleutelVan.ind!() })).body;

  it('vraagt toestemming met OPTIONS vóór de eerste aflevering; daarna komt alles van na het aanmaken, ook wat intussen ontstond', async () => {
    t.klok.zet(T0);
    const server = await startServer();
    try {
      const abonnement = await abonneer('ind', server.url, ['verwijzing_ontvangen']);
      expect(await lees(abonnement.id)).toMatchObject({
        status: 'wacht_op_bevestiging', bevestiging: { tijdstip: null, pogingen: 0, laatsteFout: null, volgendePoging: T0 },
      });
      const eerder = await plaats('ind');
      expect(await draai()).toMatchObject({ bevestigd: 1, gepland: 1, afgeleverd: 1 });
      expect(server.handshakes).toHaveLength(1);
      expect(server.handshakes[0]).toMatchObject({ 'webhook-request-origin': 'nrm.example.org', authorization: 'Bearer geheim-ind' });
      expect(server.ids()).toEqual([eerder]);
      expect(await lees(abonnement.id)).toMatchObject({
        status: 'actief', bevestiging: { tijdstip: T0, pogingen: 1, laatsteFout: null, volgendePoging: null },
      });
      const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, abonnement.id), eq(auditregels.actie, 'abonnement.bevestigd')));
      expect(audit).toHaveLength(1);
      // Confirmed once: later runs deliver without asking again.
      const later = await plaats('ind');
      await draai();
      expect(server.handshakes).toHaveLength(1);
      expect(server.ids()).toEqual([eerder, later]);
    } finally { await server.stop(); }
  });

  it.each([
    ['200 zonder WebHook-Allowed-Origin', { status: 200 }, 'mist de header WebHook-Allowed-Origin'],
    ['een andere afzender toegestaan', { status: 200, headers: { 'webhook-allowed-origin': 'ander.example.org' } }, "WebHook-Allowed-Origin is 'ander.example.org'"],
    ['404 (de ontvanger kent OPTIONS niet op dit pad)', { status: 404 }, 'HTTP 404 op OPTIONS'],
    ['405 (de ontvanger kent geen OPTIONS)', { status: 405, headers: { allow: 'POST' } }, 'HTTP 405 op OPTIONS'],
    ['3xx (doorverwijzingen worden niet gevolgd)', { status: 307, headers: { location: 'https://elders.example.org/' } }, 'HTTP 307 op OPTIONS'],
  ])('%s: niets afgeleverd, het abonnement wacht en zegt waarom', async (_naam, reactie, reden) => {
    t.klok.zet(T0);
    const server = await startServer(undefined, () => reactie);
    try {
      const abonnement = await abonneer('ind', server.url, ['verwijzing_ontvangen']);
      const id = await plaats('ind');
      expect(await draai()).toMatchObject({ bevestigd: 0, nietBevestigd: 1, gepland: 0, pogingen: 0 });
      expect(server.verzoeken).toEqual([]);
      expect(await aflevering(id, abonnement.id)).toBeUndefined();
      // The next attempt after the delivery backoff (random 0.5: ¾ of 30 s).
      expect(await lees(abonnement.id)).toMatchObject({
        status: 'wacht_op_bevestiging',
        bevestiging: { tijdstip: null, pogingen: 1, laatsteFout: expect.stringContaining(reden), volgendePoging: new Date(Date.parse(T0) + 22.5 * SEC).toISOString() },
      });
    } finally { await server.stop(); }
  });

  it.each([
    ['*', '*'],
    ['de naam in andere hoofdletters', 'NRM.Example.ORG'],
  ])('WebHook-Allowed-Origin %s bevestigt', async (_naam, waarde) => {
    t.klok.zet(T0);
    const server = await startServer(undefined, () => ({ status: 200, headers: { 'webhook-allowed-origin': waarde } }));
    try {
      const abonnement = await abonneer('ind', server.url, ['verwijzing_ontvangen']);
      expect(await draai()).toMatchObject({ bevestigd: 1 });
      expect((await lees(abonnement.id)).status).toBe('actief');
    } finally { await server.stop(); }
  });

  it('herhaalt de handshake met de backoff; een ontvanger die later bevestigt krijgt alles, één die nooit bevestigt wordt na 24 uur gestopt', async () => {
    t.klok.zet(T0);
    let staToe = false;
    const laat = await startServer(undefined, (h) => (staToe ? { status: 204, headers: { 'webhook-allowed-origin': String(h['webhook-request-origin']) } } : { status: 503 }));
    const nooit = await startServer(undefined, () => ({ status: 403 }));
    try {
      const a = await abonneer('ind', laat.url, ['verwijzing_ontvangen']);
      const b = await abonneer('coa', nooit.url, ['verwijzing_ontvangen']);
      const voorInd = await plaats('ind');
      const voorCoa = await plaats('coa');
      expect(await draai()).toMatchObject({ nietBevestigd: 2 });
      // Before the backoff has passed nobody is asked again.
      t.klok.verzet(20 * SEC);
      expect(await draai()).toMatchObject({ bevestigd: 0, nietBevestigd: 0 });
      staToe = true;
      t.klok.verzet(3 * SEC);
      expect(await draai()).toMatchObject({ bevestigd: 1, nietBevestigd: 1, afgeleverd: 1 });
      expect(laat.ids()).toEqual([voorInd]);
      expect(laat.handshakes).toHaveLength(2);

      for (let uur = 0; uur < 25; uur++) { t.klok.verzet(UUR); await draai(); }
      const gestopt = (await t.verzoek('GET', `/v1/abonnementen/${b.id}`, { sleutel: sleutelVan.coa!() })).body;
      expect(gestopt).toMatchObject({
        status: 'gestopt', redenGestopt: expect.stringContaining('bevestigde de webhook-handshake (OPTIONS met WebHook-Request-Origin) niet binnen 24 uur'),
        bevestiging: { tijdstip: null, laatsteFout: expect.stringContaining('HTTP 403'), volgendePoging: null },
      });
      expect(nooit.verzoeken).toEqual([]);
      expect(await aflevering(voorCoa, b.id)).toBeUndefined();
      const pogingen = nooit.handshakes.length;
      t.klok.verzet(UUR);
      await draai();
      expect(nooit.handshakes).toHaveLength(pogingen);
      const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, b.id), eq(auditregels.actie, 'abonnement.gestopt')));
      expect(audit).toHaveLength(1);
      expect((await lees(a.id)).status).toBe('actief');
    } finally { await laat.stop(); await nooit.stop(); }
  });
});

describe('het CloudEvent', () => {
  it('volgt het NL GOV-profiel: gestructureerd JSON, stabiel id, URN-bron, reverse-DNS-type, dataref; zonder persoonsgegevens', async () => {
    t.klok.zet(T0);
    const server = await startServer();
    try {
      const abonnement = await abonneer('ind', server.url, ['m55_bedenktijd']);
      const { dossierId, kennisgevingId } = await verleendeBedenktijd();
      const [k] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, kennisgevingId));
      expect(JSON.stringify(k!.inhoud)).toContain('Mensah');

      const rapport = await draai();
      expect(rapport.afgeleverd).toBe(1);
      expect(server.verzoeken).toHaveLength(1);
      const [v] = server.verzoeken;
      expect(v!.headers['content-type']).toBe('application/cloudevents+json; charset=utf-8');
      expect(v!.headers.authorization).toBe('Bearer geheim-ind');
      // CloudEvents HTTP Web Hooks §4.1: the sender's DNS name, the host of the dataref base URL.
      expect(v!.headers['webhook-request-origin']).toBe(new URL(NRM).hostname);
      expect(Object.keys(v!.event).sort()).toEqual(['data', 'datacontenttype', 'dataref', 'dataschema', 'id', 'sequence', 'source', 'specversion', 'subject', 'time', 'type']);
      expect(v!.event).toEqual({
        specversion: '1.0',
        id: kennisgevingId,
        source: 'urn:nld:nrm:kennisgevingen',
        type: 'nl.nrm.bedenktijd.verleend',
        time: k!.tijdstipAangemaakt.toISOString(),
        subject: dossierId,
        datacontenttype: 'application/json',
        dataref: `${NRM}/v1/kennisgevingen/${kennisgevingId}`,
        dataschema: `${NRM}/v1/kennisgevingen/schemas/m55_bedenktijd`,
        sequence: String(k!.volgnummer).padStart(20, '0'),
        data: { kennisgevingId, volgnummer: k!.volgnummer, soort: 'm55_bedenktijd' },
      });
      // No personal data: not the name, V-number, birth date, nationality — and not the dossiernummer.
      for (const geheim of ['Mensah', 'Ama', '81000', '1999-04-02', '"GH"', 'NRM-2026', 'vrouw']) expect(v!.body).not.toContain(geheim);
      // The cloudevents SDK reads it as a valid event.
      const gelezen = HTTP.toEvent({ headers: v!.headers as Record<string, string>, body: v!.body });
      const event = (Array.isArray(gelezen) ? gelezen[0] : gelezen) as CloudEvent;
      expect(event.validate()).toBe(true);
      expect(event.id).toBe(kennisgevingId);
      expect((await aflevering(kennisgevingId, abonnement.id)).status).toBe('afgeleverd');
    } finally {
      await server.stop();
    }
  });

  it('één typetabel voor alle soorten, elk type reverse-DNS en uniek', () => {
    expect(Object.keys(cloudEventTypen).sort()).toEqual([...KENNISGEVING_SOORTEN].sort());
    const typen = Object.values(cloudEventTypen);
    expect(new Set(typen).size).toBe(typen.length);
    for (const type of typen) expect(type).toMatch(/^nl\.nrm(\.[a-z0-9-]+)+$/);
    expect(cloudEventType('iets_nieuws')).toBe('nl.nrm.kennisgeving.iets-nieuws');
  });

  it('alleen gevraagde soorten, en alleen kennisgevingen van na het abonnement', async () => {
    t.klok.zet(T0);
    const server = await startServer();
    try {
      const ervoor = await plaats('zorg', 'verwijzing_ontvangen');
      const abonnement = await abonneer('zorg', server.url, ['verwijzing_ontvangen']);
      const anders = await plaats('zorg', 'bedenktijd_loopt_af');
      const gewenst = await plaats('zorg', 'verwijzing_ontvangen');
      const rapport = await draai();
      expect(rapport).toMatchObject({ gepland: 1, afgeleverd: 1 });
      expect(server.ids()).toEqual([gewenst]);
      expect(server.ids()).not.toContain(ervoor);
      expect(server.ids()).not.toContain(anders);
      const [rij] = await t.db.select().from(abonnementen).where(eq(abonnementen.id, abonnement.id));
      expect(rij!.geplandTotVolgnummer).toBe(abonnement.geplandTotVolgnummer + 2);
    } finally {
      await server.stop();
    }
  });
});

describe('herhalen en volgorde', () => {
  it('500: opnieuw na de backoff (¾ van 30 s, 60 s, …), de volgende wacht; daarna alles op volgorde; een ander abonnement loopt door', async () => {
    t.klok.zet(T0);
    let fouten = 2;
    const server = await startServer(() => (fouten-- > 0 ? { status: 500 } : { status: 200 }));
    const gezond = await startServer();
    try {
      const abonnement = await abonneer('coa', server.url, ['verwijzing_ontvangen']);
      const ander = await abonneer('coa', gezond.url, ['verwijzing_ontvangen']);
      const ids = [await plaats('coa'), await plaats('coa'), await plaats('coa')];

      expect(await draai()).toMatchObject({ afgeleverd: 3, opnieuw: 1 });
      // The healthy subscription of the same organisation is not held up.
      expect(gezond.ids()).toEqual(ids);
      expect(server.ids()).toEqual([ids[0]]);
      let a = await aflevering(ids[0]!, abonnement.id);
      expect(a).toMatchObject({ status: 'wachtend', pogingen: 1, laatsteHttpStatus: 500, laatsteFout: 'HTTP 500', leaseTot: null });
      expect(a.volgendePoging.toISOString()).toBe(new Date(Date.parse(T0) + 22.5 * SEC).toISOString());

      // Not due yet: nothing is sent, also not the later events (head-of-line).
      t.klok.verzet(22.5 * SEC - 1);
      expect(await draai()).toMatchObject({ pogingen: 0 });
      t.klok.verzet(1);
      expect(await draai()).toMatchObject({ pogingen: 1, opnieuw: 1 });
      a = await aflevering(ids[0]!, abonnement.id);
      expect(a.pogingen).toBe(2);
      expect(a.volgendePoging.getTime() - t.klok.now().getTime()).toBe(45 * SEC);
      expect(server.ids()).toEqual([ids[0], ids[0]]);

      t.klok.verzet(45 * SEC);
      expect(await draai()).toMatchObject({ pogingen: 3, afgeleverd: 3 });
      expect(server.ids()).toEqual([ids[0], ids[0], ids[0], ids[1], ids[2]]);
      expect(server.verzoeken.map((v) => v.tijdstip)).toEqual([T0, '2026-11-20T10:00:22.500Z', '2026-11-20T10:01:07.500Z', '2026-11-20T10:01:07.500Z', '2026-11-20T10:01:07.500Z']);
      expect((await Promise.all(ids.map((id) => aflevering(id, abonnement.id)))).map((x) => [x.status, x.pogingen])).toEqual([['afgeleverd', 3], ['afgeleverd', 1], ['afgeleverd', 1]]);
      expect((await aflevering(ids[0]!, ander.id)).pogingen).toBe(1);
    } finally {
      await server.stop();
      await gezond.stop();
    }
  });

  it('time-out: geen antwoord binnen WEBHOOK_TIMEOUT_MS telt als mislukte poging en wordt herhaald', async () => {
    t.klok.zet(T0);
    const server = await startServer((_v, n) => (n === 1 ? 'hangen' : { status: 202 }));
    try {
      const abonnement = await abonneer('opvang', server.url, ['verwijzing_ontvangen']);
      const [eerste, tweede] = [await plaats('opvang'), await plaats('opvang')];
      const start = Date.now();
      expect(t.deps.config.WEBHOOK_TIMEOUT_MS).toBe(10_000);
      expect(await draai({ config: { ...t.deps.config, WEBHOOK_TIMEOUT_MS: 300 } })).toMatchObject({ pogingen: 1, opnieuw: 1 });
      expect(Date.now() - start).toBeLessThan(5000);
      const a = await aflevering(eerste, abonnement.id);
      expect(a).toMatchObject({ status: 'wachtend', pogingen: 1, laatsteHttpStatus: null, laatsteFout: 'Time-out: geen antwoord binnen 300 ms' });
      expect(a.volgendePoging.toISOString()).toBe('2026-11-20T10:00:22.500Z');

      t.klok.zet('2026-11-20T10:00:22.500Z');
      expect(await draai()).toMatchObject({ afgeleverd: 2 });
      expect(server.ids()).toEqual([eerste, eerste, tweede]);
      expect((await aflevering(eerste, abonnement.id)).laatsteHttpStatus).toBe(202);
    } finally {
      await server.stop();
    }
  });

  it('429 en 503 met Retry-After (seconden en HTTP-datum): precies dan opnieuw, zonder jitter; intussen wacht de rest', async () => {
    t.klok.zet(T0);
    const server = await startServer((_v, n) => {
      if (n === 1) return { status: 429, headers: { 'Retry-After': '120' } };
      if (n === 2) return { status: 503, headers: { 'Retry-After': new Date(t.klok.now().getTime() + 300 * SEC).toUTCString() } };
      return { status: 200 };
    });
    try {
      const abonnement = await abonneer('gemeente', server.url, ['verwijzing_ontvangen']);
      const [eerste, tweede] = [await plaats('gemeente'), await plaats('gemeente')];
      await draai();
      let a = await aflevering(eerste, abonnement.id);
      expect(a).toMatchObject({ laatsteHttpStatus: 429, laatsteFout: 'HTTP 429' });
      expect(a.volgendePoging.toISOString()).toBe('2026-11-20T10:02:00.000Z');

      t.klok.zet('2026-11-20T10:01:59.999Z');
      expect(await draai()).toMatchObject({ pogingen: 0 });
      t.klok.zet('2026-11-20T10:02:00.000Z');
      await draai();
      a = await aflevering(eerste, abonnement.id);
      expect(a).toMatchObject({ laatsteHttpStatus: 503, pogingen: 2 });
      expect(a.volgendePoging.toISOString()).toBe('2026-11-20T10:07:00.000Z');
      expect(server.ids()).toEqual([eerste, eerste]);

      t.klok.zet('2026-11-20T10:07:00.000Z');
      expect(await draai()).toMatchObject({ afgeleverd: 2 });
      expect(server.ids()).toEqual([eerste, eerste, eerste, tweede]);
    } finally {
      await server.stop();
    }
  });

  it('410 Gone stopt het abonnement: niets meer verzonden, wachtende afleveringen vervallen, zichtbaar in GET', async () => {
    t.klok.zet(T0);
    const server = await startServer(() => ({ status: 410 }));
    try {
      const abonnement = await abonneer('veiligthuis', server.url, ['verwijzing_ontvangen']);
      const [eerste, tweede] = [await plaats('veiligthuis'), await plaats('veiligthuis')];
      expect(await draai()).toMatchObject({ pogingen: 1, gestopt: 1 });
      expect(server.ids()).toEqual([eerste]);

      const r = await t.verzoek('GET', `/v1/abonnementen/${abonnement.id}`, { sleutel: sleutelVan.veiligthuis!() });
      expect(r.body).toMatchObject({ status: 'gestopt', redenGestopt: expect.stringContaining('410') });
      expect((await aflevering(eerste, abonnement.id))).toMatchObject({ status: 'vervallen', laatsteHttpStatus: 410 });
      expect((await aflevering(tweede, abonnement.id))).toMatchObject({ status: 'vervallen', pogingen: 0 });
      const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, abonnement.id), eq(auditregels.actie, 'abonnement.gestopt')));
      expect(audit).toHaveLength(1);

      await plaats('veiligthuis');
      t.klok.verzet(UUR);
      expect(await draai()).toMatchObject({ gepland: 0, pogingen: 0 });
      expect(server.verzoeken).toHaveLength(1);
      // The notifications remain in the feed.
      const feed = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel: sleutelVan.veiligthuis!() });
      expect(feed.body.kennisgevingen.map((k: { id: string }) => k.id)).toEqual(expect.arrayContaining([eerste, tweede]));
    } finally {
      await server.stop();
    }
  });
});

describe('crash tussen verzenden en vastleggen', () => {
  it('wordt na het verlopen van de lease opnieuw afgeleverd met hetzelfde CloudEvent-id en dezelfde body — nooit verloren', async () => {
    t.klok.zet(T0);
    const server = await startServer();
    try {
      const abonnement = await abonneer('raad', server.url, ['verwijzing_ontvangen']);
      const id = await plaats('raad');
      const rapport = await draai({ registreer: async () => { throw new Error('proces gestopt'); } });
      expect(rapport).toMatchObject({ pogingen: 1, fouten: 1, afgeleverd: 0 });
      expect(server.ids()).toEqual([id]);
      const lease = leaseMs(t.deps.config);
      expect(lease).toBe(120 * SEC);
      const a = await aflevering(id, abonnement.id);
      expect(a).toMatchObject({ status: 'wachtend', pogingen: 1 });
      expect(a.leaseTot!.toISOString()).toBe(new Date(Date.parse(T0) + lease).toISOString());

      // While the lease runs, no other instance (or run) sends it again.
      t.klok.verzet(lease - 1);
      expect(await draai()).toMatchObject({ pogingen: 0 });
      t.klok.verzet(1);
      expect(await draai()).toMatchObject({ pogingen: 1, afgeleverd: 1 });
      expect(server.ids()).toEqual([id, id]);
      expect(server.verzoeken[1]!.body).toBe(server.verzoeken[0]!.body);
      expect(await aflevering(id, abonnement.id)).toMatchObject({ status: 'afgeleverd', pogingen: 2, leaseTot: null });
    } finally {
      await server.stop();
    }
  });

  it('een trage instantie die haar lease kwijt is, overschrijft het resultaat van de overnemer niet', async () => {
    t.klok.zet(T0);
    const server = await startServer();
    const abonnement = await abonneer('raad', server.url, ['verwijzing_ontvangen']);
    const id = await plaats('raad');
    // The handshake and the planning, without sending: the claims below are made by hand.
    expect(await draai({ maxRondes: 0 })).toMatchObject({ bevestigd: 1, gepland: 1, pogingen: 0 });
    await server.stop();
    const lease = leaseMs(t.deps.config);
    const [traag] = await claimAfleveringen(t.db, t.klok.now(), lease);
    expect(traag!.kennisgeving.id).toBe(id);
    expect(await claimAfleveringen(t.db, t.klok.now(), lease)).toEqual([]);
    t.klok.verzet(lease);
    const [overnemer] = await claimAfleveringen(t.db, t.klok.now(), lease);
    expect(overnemer!.afleveringId).toBe(traag!.afleveringId);
    const ok = { httpStatus: 200, retryAfterMs: null, fout: null };
    expect(await registreerPoging(t.db, traag!, { httpStatus: 500, retryAfterMs: null, fout: 'HTTP 500' }, { soort: 'opnieuw', volgendePoging: t.klok.now() }, t.klok.now(), systeemActor(t.deps.config))).toBe(false);
    expect(await registreerPoging(t.db, overnemer!, ok, { soort: 'afgeleverd' }, t.klok.now(), systeemActor(t.deps.config))).toBe(true);
    expect(await aflevering(id, abonnement.id)).toMatchObject({ status: 'afgeleverd', pogingen: 2, laatsteHttpStatus: 200 });
  });
});

describe('herhaaltermijn verstreken', () => {
  it('wordt niet_afleverbaar na 24 uur, blokkeert de volgende niet meer, en is zichtbaar voor afzender en beheerder', async () => {
    t.klok.zet(T0);
    let dood = '';
    const server = await startServer((v) => (v.event.id === dood ? { status: 500 } : { status: 204 }));
    try {
      const abonnement = await abonneer('ind', server.url, ['sepot']);
      dood = await plaats('ind', 'sepot');
      const volgende = await plaats('ind', 'sepot');
      const einde = Date.parse(T0) + 24 * UUR;
      let rondes = 0;
      for (;;) {
        const rapport = await draai();
        const a = await aflevering(dood, abonnement.id);
        if (a.status !== 'wachtend') break;
        expect(a.volgendePoging.getTime()).toBeLessThanOrEqual(einde);
        // Head-of-line: the next one waits while the first is being retried.
        expect(server.ids()).not.toContain(volgende);
        expect(rapport.afgeleverd).toBe(0);
        t.klok.zet(a.volgendePoging);
        if (++rondes > 100) throw new Error('geen einde');
      }
      const a = await aflevering(dood, abonnement.id);
      expect(a).toMatchObject({ status: 'niet_afleverbaar', laatsteHttpStatus: 500 });
      expect(a.laatsteFout).toContain('HTTP 500');
      // The last attempt was exactly at the end of the window.
      expect(t.klok.now().getTime()).toBe(einde);
      expect(a.pogingen).toBe(rondes + 1);
      expect(a.pogingen).toBeGreaterThan(20);
      // No longer blocking: the next one was delivered in the same run.
      expect(server.ids().at(-1)).toBe(volgende);
      expect((await aflevering(volgende, abonnement.id)).status).toBe('afgeleverd');

      // Visible to the sender (politie) and to the beheerder; not to another organisation.
      const afzender = await t.verzoek('GET', '/v1/verzonden-kennisgevingen?status=niet_afleverbaar', { sleutel: intaker() });
      expect(afzender.status).toBe(200);
      expect(afzender.body.kennisgevingen.map((k: { id: string }) => k.id)).toEqual([dood]);
      expect(afzender.body.kennisgevingen[0]).toMatchObject({
        soort: 'sepot', ontvangerOrganisatieId: t.organisatieIds.ind, ontvangerOrganisatieNaam: 'IND',
        afleveringen: { wachtend: 0, afgeleverd: 0, nietAfleverbaar: 1, vervallen: 0 },
      });
      expect(afzender.text).not.toContain('inhoud');
      const beheerder = await t.verzoek('GET', '/v1/verzonden-kennisgevingen?status=niet_afleverbaar', { sleutel: t.sleutel('beheer', 'beheerder') });
      expect(beheerder.body.kennisgevingen.map((k: { id: string }) => k.id)).toContain(dood);
      const ander = await t.verzoek('GET', '/v1/verzonden-kennisgevingen?status=niet_afleverbaar', { sleutel: t.sleutel('politie2', 'intaker') });
      expect(ander.body.kennisgevingen).toEqual([]);

      for (const sleutel of [intaker(), t.sleutel('beheer', 'beheerder'), sleutelVan.ind!()]) {
        const r = await t.verzoek('GET', `/v1/kennisgevingen/${dood}/afleveringen`, { sleutel });
        expect(r.status).toBe(200);
        expect(r.body.afleveringen).toEqual([expect.objectContaining({ status: 'niet_afleverbaar', pogingen: a.pogingen, volgendePoging: null })]);
      }
      expect((await t.verzoek('GET', `/v1/kennisgevingen/${dood}/afleveringen`, { sleutel: t.sleutel('politie2', 'intaker') })).status).toBe(404);
      expect((await t.verzoek('GET', `/v1/kennisgevingen/${crypto.randomUUID()}/afleveringen`, { sleutel: intaker() })).status).toBe(404);
      expect((await t.verzoek('GET', `/v1/kennisgevingen/${dood}/afleveringen`, { sleutel: t.sleutel('politie', 'analist') })).status).toBe(403);
      expect((await t.verzoek('GET', '/v1/verzonden-kennisgevingen', { sleutel: t.sleutel('beheer', 'auditor') })).status).toBe(403);
    } finally {
      await server.stop();
    }
  });
});

describe('registratie als job', () => {
  it("staat in het jobregister als 'webhook-aflevering'", () => {
    expect(jobs['webhook-aflevering']).toBe(webhookAflevering);
  });
});

describe('regels van de verzender', () => {
  it('backoff verdubbelt vanaf 30 s tot hoogstens een uur, met jitter tussen de helft en het geheel', () => {
    expect([1, 2, 3, 4].map((p) => backoffMs(p, () => 0))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect([1, 2, 3, 4].map((p) => backoffMs(p, () => 0.999999))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(30, () => 0.5)).toBe(0.75 * UUR);
  });

  it('Retry-After: seconden of HTTP-datum; ongeldig telt niet', () => {
    const nu = new Date(T0);
    expect(leesRetryAfter('120', nu)).toBe(120_000);
    expect(leesRetryAfter(new Date(Date.parse(T0) + 90_000).toUTCString(), nu)).toBe(90_000);
    expect(leesRetryAfter('gisteren', nu)).toBeNull();
    expect(leesRetryAfter(null, nu)).toBeNull();
  });

  it('een Retry-After voorbij het einde van de termijn maakt de aflevering niet_afleverbaar; zonder Retry-After volgt een laatste poging op het einde', () => {
    const nu = new Date(T0);
    const uiterlijk = new Date(Date.parse(T0) + 60_000);
    expect(beoordeel({ httpStatus: 503, retryAfterMs: 120_000, fout: 'HTTP 503' }, 3, nu, uiterlijk, () => 0.5).soort).toBe('niet_afleverbaar');
    expect(beoordeel({ httpStatus: 500, retryAfterMs: null, fout: 'HTTP 500' }, 10, nu, uiterlijk, () => 0.5)).toEqual({ soort: 'opnieuw', volgendePoging: uiterlijk });
    expect(beoordeel({ httpStatus: 500, retryAfterMs: null, fout: 'HTTP 500' }, 10, uiterlijk, uiterlijk, () => 0.5).soort).toBe('niet_afleverbaar');
    expect(beoordeel({ httpStatus: 299, retryAfterMs: null, fout: null }, 1, uiterlijk, uiterlijk, () => 0.5).soort).toBe('afgeleverd');
    expect(beoordeel({ httpStatus: 301, retryAfterMs: null, fout: 'HTTP 301' }, 1, nu, uiterlijk, () => 0.5).soort).toBe('opnieuw');
  });
});
