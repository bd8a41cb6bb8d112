// The notification feed (docs/beslissingen/0003-feed-per-ontvanger.md; docs/integratie-ind-coa.md §8): order, pagination, naVolgnummer, object-level
// access, roles, the audited read and the idempotent acknowledgement. Notifications are seeded
// with the outbox writer itself, as a use case would inside its transaction.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels, kennisgevingen } from '../../src/db/schema.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { geldigeInhoud, type SoortMetVoorbeeld } from '../support/inhoud.js';
import { startTestApp, type Antwoord, type TestApp } from '../support/harness.js';

let t: TestApp;
let dossierId: string;
/** The IND's notifications in the order they were placed (volgnummer 1..n). */
const voorInd: string[] = [];
let voorCoa: string;

async function plaats(ontvanger: DemoCode, soort: SoortMetVoorbeeld, velden: Record<string, unknown> = {}) {
  const inhoud = geldigeInhoud(soort, dossierId, velden);
  const id = await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, t.klok.now(), {
    ontvangerOrganisatieId: t.organisatieIds[ontvanger],
    soort,
    dossierId,
    afzenderOrganisatieId: t.organisatieIds.politie,
    inhoud,
    gebeurtenisSleutel: `${soort}:${crypto.randomUUID()}`,
  }));
  if (!id) throw new Error('kennisgeving niet geplaatst');
  return id;
}

const m55 = { vreemdelingennummer: '1234567890', geslachtsnaam: 'Mensah', ingangsdatum: '2026-11-20', uiterlijkeEinddatum: '2027-02-20' };
/** The n-th notification's own dossiernummer, so each inhoud is recognisable. */
const nummer = (n: number) => ({ dossiernummer: `NRM-2026-00000${n}` });

beforeAll(async () => {
  t = await startTestApp();
  const d = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: t.sleutel('politie', 'intaker'),
    body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' },
  });
  dossierId = d.body.id;
  for (let i = 0; i < 5; i++) {
    voorInd.push(await plaats('ind', i % 2 === 0 ? 'm55_bedenktijd' : 'bedenktijd_loopt_af', i % 2 === 0 ? { ...m55, ...nummer(i) } : nummer(i)));
    t.klok.verzet(60_000);
  }
  voorCoa = await plaats('coa', 'm55_bedenktijd', m55);
});
afterAll(async () => { await t.close(); });

const ind = () => t.sleutel('ind', 'ind_medewerker');
const coa = () => t.sleutel('coa', 'coa_medewerker');

/** Extra IND notifications for tests that change one (acknowledgement), so tests stay independent. */
const nieuweVoorInd = () => plaats('ind', 'bedenktijd_beeindigd', { beeindigingsreden: 'aangifte' });

describe('GET /v1/kennisgevingen', () => {
  it('geeft de kennisgevingen van de eigen organisatie op volgnummer, zonder inhoud', async () => {
    const r = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel: ind() });
    expect(r.status).toBe(200);
    const lijst = r.body.kennisgevingen as Array<Record<string, unknown>>;
    expect(lijst.slice(0, 5).map((k) => k.id)).toEqual(voorInd);
    expect(lijst.map((k) => k.volgnummer)).toEqual(lijst.map((_, i) => i + 1));
    expect(lijst.map((k) => k.id)).not.toContain(voorCoa);
    expect(lijst[0]).toEqual({
      id: voorInd[0], volgnummer: 1, soort: 'm55_bedenktijd', dossierId,
      tijdstipAangemaakt: '2026-11-20T10:00:00.000Z', tijdstipBevestigd: null, referentieOntvanger: null,
    });
    // docs/integratie-ind-coa.md §6, §8: the inhoud (personal data) is not in the feed.
    for (const k of lijst) expect(k).not.toHaveProperty('inhoud');
    expect(r.text).not.toContain('Mensah');
    expect(r.headers.get('link')).toBeNull();
    expect(r.headers.get('api-version')).toBe('1.0.0');
  });

  it('nummert per ontvanger: de COA begint bij 1 en ziet alleen de eigen kennisgeving', async () => {
    const r = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel: coa() });
    expect(r.status).toBe(200);
    expect(r.body.kennisgevingen).toEqual([expect.objectContaining({ id: voorCoa, volgnummer: 1 })]);
  });

  it('pagineert met een Link-header rel="next" tot de laatste pagina', async () => {
    const gezien: number[] = [];
    let pad: string | undefined = '/v1/kennisgevingen?limit=2';
    let paginas = 0;
    while (pad) {
      const r: Antwoord = await t.verzoek('GET', pad, { sleutel: ind() });
      expect(r.status).toBe(200);
      expect(r.body.kennisgevingen.length).toBeLessThanOrEqual(2);
      gezien.push(...r.body.kennisgevingen.map((k: { volgnummer: number }) => k.volgnummer));
      const link: string | null = r.headers.get('link');
      pad = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1] : undefined;
      if (pad) expect(pad).toMatch(/^\/v1\/kennisgevingen\?limit=2&cursor=/);
      paginas++;
    }
    const alles = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel: ind() });
    expect(gezien).toEqual(alles.body.kennisgevingen.map((k: { volgnummer: number }) => k.volgnummer));
    expect(paginas).toBe(Math.ceil(gezien.length / 2));
  });

  it('geeft met naVolgnummer alleen latere kennisgevingen, en behoudt naVolgnummer in de volgende link', async () => {
    const r = await t.verzoek('GET', '/v1/kennisgevingen?naVolgnummer=2&limit=2', { sleutel: ind() });
    expect(r.status).toBe(200);
    expect(r.body.kennisgevingen.map((k: { volgnummer: number }) => k.volgnummer)).toEqual([3, 4]);
    const volgende = /^<([^>]+)>; rel="next"$/.exec(r.headers.get('link')!)![1]!;
    expect(volgende).toContain('naVolgnummer=2');
    const r2 = await t.verzoek('GET', volgende, { sleutel: ind() });
    expect(r2.body.kennisgevingen[0].volgnummer).toBe(5);

    const leeg = await t.verzoek('GET', '/v1/kennisgevingen?naVolgnummer=100000', { sleutel: ind() });
    expect(leeg.status).toBe(200);
    expect(leeg.body.kennisgevingen).toEqual([]);
    expect(leeg.headers.get('link')).toBeNull();
  });

  it('filtert op soort', async () => {
    const r = await t.verzoek('GET', '/v1/kennisgevingen?soort=bedenktijd_loopt_af', { sleutel: ind() });
    expect(r.status).toBe(200);
    expect(r.body.kennisgevingen.map((k: { id: string }) => k.id)).toEqual([voorInd[1], voorInd[3]]);
  });

  it('weigert ongeldige query-parameters met alle problemen tegelijk (400)', async () => {
    const r = await t.verzoek('GET', '/v1/kennisgevingen?limit=0&naVolgnummer=-1&soort=M55%20X', { sleutel: ind() });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['limit', 'naVolgnummer', 'soort']);

    for (const q of ['limit=201', 'naVolgnummer=1.5', 'naVolgnummer=abc']) {
      const fout = await t.verzoek('GET', `/v1/kennisgevingen?${q}`, { sleutel: ind() });
      expect(fout.status, q).toBe(400);
    }
    const cursor = await t.verzoek('GET', '/v1/kennisgevingen?cursor=onzin', { sleutel: ind() });
    expect(cursor.status).toBe(400);
    expect(cursor.body.invalidParams).toEqual([expect.objectContaining({ name: 'cursor' })]);
  });

  it('weigert rollen zonder kennisgevingen.lezen (403) en anonieme verzoeken (401)', async () => {
    for (const [org, rol] of [['politie', 'analist'], ['beheer', 'auditor'], ['beheer', 'beheerder']] as const) {
      const r = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel: t.sleutel(org, rol) });
      expect(r.status, rol).toBe(403);
    }
    expect((await t.verzoek('GET', '/v1/kennisgevingen')).status).toBe(401);
  });
});

describe('GET /v1/kennisgevingen/{kennisgevingId}', () => {
  it('geeft de kennisgeving met inhoud aan de ontvanger en legt de inzage vast in de audit', async () => {
    const r = await t.verzoek('GET', `/v1/kennisgevingen/${voorInd[0]}`, { sleutel: ind() });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: voorInd[0], volgnummer: 1, soort: 'm55_bedenktijd', dossierId, afzenderOrganisatieId: t.organisatieIds.politie,
      inhoud: { ...m55, ...nummer(0) }, tijdstipBevestigd: null,
    });
    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, voorInd[0]!), eq(auditregels.actie, 'kennisgeving.gelezen')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      organisatieId: t.organisatieIds.ind, rol: 'ind_medewerker', objectType: 'kennisgeving', dossierId, resultaat: 'geslaagd',
      keten: `dossier:${dossierId}`,
    });
    expect(audit[0]!.requestId).toBeTruthy();

    // Every read is logged, not just the first.
    await t.verzoek('GET', `/v1/kennisgevingen/${voorInd[0]}`, { sleutel: ind() });
    expect(await t.db.select().from(auditregels).where(eq(auditregels.objectId, voorInd[0]!))).toHaveLength(2);
  });

  it('geeft 404 voor de kennisgeving van een andere organisatie, een onbekende en een misvormde id, zonder iets vast te leggen', async () => {
    const voor = await t.tabeltellingen();
    for (const [sleutel, id] of [
      [coa(), voorInd[0]], [ind(), voorCoa], [t.sleutel('politie', 'intaker'), voorInd[0]],
      [ind(), crypto.randomUUID()], [ind(), 'geen-uuid'], [ind(), "1' or '1'='1"],
    ] as const) {
      const r = await t.verzoek('GET', `/v1/kennisgevingen/${encodeURIComponent(id!)}`, { sleutel });
      expect(r.status, id).toBe(404);
      expect(r.headers.get('content-type')).toContain('application/problem+json');
      expect(r.text).not.toContain('Mensah');
    }
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('weigert analist en auditor (403)', async () => {
    for (const [org, rol] of [['politie', 'analist'], ['beheer', 'auditor']] as const) {
      const r = await t.verzoek('GET', `/v1/kennisgevingen/${voorInd[0]}`, { sleutel: t.sleutel(org, rol) });
      expect(r.status, rol).toBe(403);
    }
  });
});

describe('POST /v1/kennisgevingen/{kennisgevingId}/ontvangstbevestiging', () => {
  const bevestig = (id: string, body: unknown, sleutel = ind(), headers?: Record<string, string>) =>
    t.verzoek('POST', `/v1/kennisgevingen/${id}/ontvangstbevestiging`, { sleutel, body, headers });

  it('legt tijdstip en referentie vast, met een auditregel, en de feed toont het', async () => {
    const id = await nieuweVoorInd();
    t.klok.zet('2026-11-21T08:30:00Z');
    const r = await bevestig(id, { referentieOntvanger: 'IND-2026-0042' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, tijdstipBevestigd: '2026-11-21T08:30:00.000Z', referentieOntvanger: 'IND-2026-0042', dossierId });
    expect(r.body).not.toHaveProperty('inhoud');

    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.objectId, id), eq(auditregels.actie, 'kennisgeving.bevestigd')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ organisatieId: t.organisatieIds.ind, dossierId, tijdstip: new Date('2026-11-21T08:30:00Z') });

    const feed = await t.verzoek('GET', '/v1/kennisgevingen?limit=200', { sleutel: ind() });
    expect(feed.body.kennisgevingen.find((k: { id: string }) => k.id === id)).toMatchObject({
      tijdstipBevestigd: '2026-11-21T08:30:00.000Z', referentieOntvanger: 'IND-2026-0042',
    });
  });

  it('is idempotent: nogmaals bevestigen met dezelfde referentie geeft 200 en verandert niets', async () => {
    const id = await nieuweVoorInd();
    t.klok.zet('2026-11-22T09:00:00Z');
    const eerste = await bevestig(id, { referentieOntvanger: 'IND-2026-0043' });
    expect(eerste.status).toBe(200);
    const voor = await t.tabeltellingen();
    t.klok.zet('2026-11-23T09:00:00Z');
    const tweede = await bevestig(id, { referentieOntvanger: 'IND-2026-0043' });
    expect(tweede.status).toBe(200);
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.body.tijdstipBevestigd).toBe('2026-11-22T09:00:00.000Z');
    // No state changes; the second call is itself a processing in the Logboek Dataverwerkingen.
    expect(await t.tabeltellingen()).toEqual({ ...voor, verwerkingen: voor.verwerkingen! + 1 });
  });

  it('weigert een andere referentie na een bevestiging (409, Nederlandse uitleg, niets gewijzigd)', async () => {
    const id = await nieuweVoorInd();
    await bevestig(id, { referentieOntvanger: 'IND-2026-0044' });
    const [voorRij] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, id));
    const voor = await t.tabeltellingen();
    t.klok.verzet(3_600_000);
    const r = await bevestig(id, { referentieOntvanger: 'IND-2026-9999' });
    expect(r.status).toBe(409);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
    expect(r.body.detail).toContain('al op');
    expect(r.body.detail).toContain('IND-2026-0044');
    expect(await t.tabeltellingen()).toEqual(voor);
    const [naRij] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, id));
    expect(naRij).toEqual(voorRij);
  });

  it('weigert een ongeldige body met alle ongeldige velden tegelijk (400) en legt niets vast', async () => {
    const id = await nieuweVoorInd();
    const voor = await t.tabeltellingen();
    const r = await bevestig(id, { referentieOntvanger: '', kenmerk: 'x', datum: '2026-11-20' });
    expect(r.status).toBe(400);
    const namen = r.body.invalidParams.map((p: { name: string }) => p.name);
    expect(namen).toContain('referentieOntvanger');
    expect(namen.some((n: string) => n.includes('kenmerk') && n.includes('datum'))).toBe(true);
    for (const p of r.body.invalidParams) expect(p.reason).toBeTruthy();

    for (const body of [{}, { referentieOntvanger: 'x'.repeat(101) }, { referentieOntvanger: 42 }, { referentieOntvanger: '   ' }, []]) {
      const fout = await bevestig(id, body);
      expect(fout.status, JSON.stringify(body)).toBe(400);
      expect(fout.body.invalidParams.length).toBeGreaterThan(0);
    }
    expect((await bevestig(id, {})).body.invalidParams).toEqual([expect.objectContaining({ name: 'referentieOntvanger', code: 'required' })]);

    const geenJson = await t.verzoek('POST', `/v1/kennisgevingen/${id}/ontvangstbevestiging`, {
      sleutel: ind(), ruweBody: 'referentieOntvanger=x', headers: { 'Content-Type': 'text/plain' },
    });
    expect(geenJson.status).toBe(415);
    expect(await t.tabeltellingen()).toEqual(voor);
    const [rij] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, id));
    expect(rij!.tijdstipBevestigd).toBeNull();
  });

  it('geeft 404 voor de kennisgeving van een andere organisatie en een misvormde id, zonder iets te wijzigen', async () => {
    const voor = await t.tabeltellingen();
    expect((await bevestig(voorCoa, { referentieOntvanger: 'IND-1' })).status).toBe(404);
    expect((await bevestig(voorInd[4]!, { referentieOntvanger: 'COA-1' }, coa())).status).toBe(404);
    expect((await bevestig('geen-uuid', { referentieOntvanger: 'IND-1' })).status).toBe(404);
    expect((await bevestig(crypto.randomUUID(), { referentieOntvanger: 'IND-1' })).status).toBe(404);
    expect(await t.tabeltellingen()).toEqual(voor);
    const [rij] = await t.db.select().from(kennisgevingen).where(eq(kennisgevingen.id, voorCoa));
    expect(rij!.tijdstipBevestigd).toBeNull();
  });

  it('weigert analist en auditor (403) zonder iets te wijzigen', async () => {
    const id = await nieuweVoorInd();
    const voor = await t.tabeltellingen();
    for (const [org, rol] of [['politie', 'analist'], ['beheer', 'auditor']] as const) {
      const r = await bevestig(id, { referentieOntvanger: 'X-1' }, t.sleutel(org, rol));
      expect(r.status, rol).toBe(403);
    }
    expect(await t.tabeltellingen()).toEqual(voor);
  });

  it('geeft bij herhaling met dezelfde Idempotency-Key het bewaarde antwoord; een andere body is 422', async () => {
    const id = await nieuweVoorInd();
    const headers = { 'Idempotency-Key': `bevestig-${id}` };
    const eerste = await bevestig(id, { referentieOntvanger: 'IND-2026-0050' }, ind(), headers);
    expect(eerste.status).toBe(200);
    const herhaling = await bevestig(id, { referentieOntvanger: 'IND-2026-0050' }, ind(), headers);
    expect(herhaling.status).toBe(200);
    expect(herhaling.headers.get('idempotent-replayed')).toBe('true');
    expect(herhaling.body).toEqual(eerste.body);
    const anders = await bevestig(id, { referentieOntvanger: 'IND-2026-0051' }, ind(), headers);
    expect(anders.status).toBe(422);
  });
});
