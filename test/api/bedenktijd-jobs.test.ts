// The bedenktijd jobs (issue 3 punt 3–4; docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md): expiry at midnight Europe/Amsterdam
// and the reminders `bedenktijd_loopt_af`, run through voerJobsUit as the Node loop, the Workers cron
// and the CLI do. Every notification exactly once per recipient, however often the job runs.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKetens, auditregels, bedenktijden, dossiers, kennisgevingen, persoonsgegevens, toegangsrechten, verwijzingen } from '../../src/db/schema.js';
import { bedenktijdVerlopen } from '../../src/jobs/bedenktijd-verlopen.js';
import { systeemActor } from '../../src/audit/auditlog.js';
import { voerJobsUit } from '../../src/jobs/index.js';
import { meldBedenktijd } from '../../src/modules/bedenktijden/bedenktijden.kennisgevingen.js';
import { plaatsKennisgeving } from '../../src/outbox/kennisgevingen.js';
import type { DemoCode } from '../../src/seed/demo.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z', env: { RATE_LIMIT_PER_MINUUT: '1000000' } }); });
afterAll(async () => { await t.close(); });

const intaker = (org: DemoCode = 'politie') => t.sleutel(org, 'intaker');
const ind = () => t.sleutel('ind', 'ind_medewerker');
const coa = () => t.sleutel('coa', 'coa_medewerker');

/**
 * Sets the clock to `datum` 10:00 UTC and registers a dossier, an established assessment, an offer
 * and the victim's acceptance, all on that day: ingangsdatum = datum.
 */
async function verleendOp(datum: string, verblijfssituatie = 'asielzoeker', org: DemoCode = 'politie') {
  t.klok.zet(`${datum}T10:00:00Z`);
  const d = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: intaker(org), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie, leeftijdscategorie: 'meerderjarig' },
  });
  expect(d.status).toBe(201);
  const dossierId = d.body.id as string;
  const b = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
    sleutel: intaker(org),
    body: {
      beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: true, oogmerk: true },
      indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    },
  });
  expect(b.status, JSON.stringify(b.body)).toBe(201);
  const a = await t.verzoek('POST', `/v1/dossiers/${dossierId}/bedenktijden`, { sleutel: intaker(org), body: { aanbiedingsdatum: datum, beoordelingId: b.body.id } });
  expect(a.status, JSON.stringify(a.body)).toBe(201);
  const r = await t.verzoek('POST', `/v1/bedenktijden/${a.body.id}/reactie`, { sleutel: intaker(org), body: { reactie: 'aanvaard', datum, opvangGewenst: true } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { dossierId, beoordelingId: b.body.id as string, bedenktijdId: a.body.id as string, uiterlijkeEinddatum: r.body.uiterlijkeEinddatum as string };
}

const lees = async (bedenktijdId: string, org: DemoCode = 'politie') =>
  (await t.verzoek('GET', `/v1/bedenktijden/${bedenktijdId}`, { sleutel: intaker(org) })).body;

/** The notifications of one kind about one dossier, per receiving organisation (straight from the outbox). */
async function ontvangen(dossierId: string, soort: string) {
  const rijen = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.dossierId, dossierId), eq(kennisgevingen.soort, soort)));
  const naam = Object.fromEntries(Object.entries(t.organisatieIds).map(([code, id]) => [id, code]));
  return rijen.map((r) => ({ ontvanger: naam[r.ontvangerOrganisatieId], inhoud: r.inhoud as Record<string, unknown> })).sort((a, b) => a.ontvanger!.localeCompare(b.ontvanger!));
}

/** The same through the feed API: the items the organisation sees for this dossier. */
async function inFeed(sleutel: string, dossierId: string, soort: string) {
  const r = await t.verzoek('GET', `/v1/kennisgevingen?limit=200&soort=${soort}`, { sleutel });
  expect(r.status).toBe(200);
  return (r.body.kennisgevingen as Array<{ id: string; dossierId: string }>).filter((k) => k.dossierId === dossierId);
}

async function draai() {
  const rapport = await voerJobsUit(t.deps);
  expect(rapport['bedenktijd-verlopen']).not.toHaveProperty('fout');
  expect(rapport['bedenktijd-herinneringen']).not.toHaveProperty('fout');
  return rapport;
}

const bedenktijdTellingen = async () => {
  const { kennisgevingen: k, auditregels: a, bedenktijden: b } = await t.tabeltellingen();
  return { kennisgevingen: k, auditregels: a, bedenktijden: b };
};

describe('job bedenktijd-verlopen — docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md', () => {
  it('winter (UTC+1): om 22:59:59Z op de einddatum loopt hij nog, om 23:00Z (00:00 Amsterdam) verloopt hij; IND en COA elk precies één bedenktijd_verlopen', async () => {
    const v = await verleendOp('2026-11-20', 'asielzoeker');
    // docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: 20 November 2026 + 3 months.
    expect(v.uiterlijkeEinddatum).toBe('2027-02-20');

    t.klok.zet('2027-02-20T22:59:59Z');
    await draai();
    expect(await lees(v.bedenktijdId)).toMatchObject({ status: 'lopend', einddatum: null });
    expect(await ontvangen(v.dossierId, 'bedenktijd_verlopen')).toEqual([]);

    t.klok.zet('2027-02-20T23:00:00Z');
    const rapport = await draai();
    expect((rapport['bedenktijd-verlopen'] as { verlopen: number }).verlopen).toBeGreaterThanOrEqual(1);
    expect(await lees(v.bedenktijdId)).toMatchObject({ status: 'verlopen', einddatum: '2027-02-20', beeindigingsreden: 'verlopen', uiterlijkeEinddatum: '2027-02-20' });

    const verlopen = await ontvangen(v.dossierId, 'bedenktijd_verlopen');
    expect(verlopen.map((k) => k.ontvanger)).toEqual(['coa', 'ind']);
    for (const k of verlopen) {
      expect(k.inhoud).toMatchObject({ bedenktijdId: v.bedenktijdId, einddatum: '2027-02-20', beeindigingsreden: 'verlopen', beleidsregel: 'b8-3-drie-maanden' });
    }
    expect(await inFeed(ind(), v.dossierId, 'bedenktijd_verlopen')).toHaveLength(1);
    expect(await inFeed(coa(), v.dossierId, 'bedenktijd_verlopen')).toHaveLength(1);
    const audit = await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, v.dossierId), eq(auditregels.actie, 'bedenktijd.verlopen')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ rol: 'systeem', organisatieId: null });

    // Running the job again (or the next interval) sends nothing more and changes nothing.
    const voor = await bedenktijdTellingen();
    const nogmaals = await draai();
    expect(nogmaals['bedenktijd-verlopen']).toEqual({ verlopen: 0 });
    t.klok.zet('2027-02-22T10:00:00Z');
    await draai();
    expect(await bedenktijdTellingen()).toEqual(voor);
    expect(await ontvangen(v.dossierId, 'bedenktijd_verlopen')).toHaveLength(2);
  });

  it('zomer (UTC+2): Dublin 30 dagen; om 21:59:59Z op de einddatum loopt hij nog, om 22:00Z verloopt hij', async () => {
    const v = await verleendOp('2026-06-10', 'dublinclaimant');
    expect(v.uiterlijkeEinddatum).toBe('2026-07-10');

    t.klok.zet('2026-07-10T21:59:59Z');
    await draai();
    expect((await lees(v.bedenktijdId)).status).toBe('lopend');

    t.klok.zet('2026-07-10T22:00:00Z');
    await draai();
    expect(await lees(v.bedenktijdId)).toMatchObject({ status: 'verlopen', einddatum: '2026-07-10', beleidsregel: 'b8-3-dublin-dertig-dagen' });
    expect((await ontvangen(v.dossierId, 'bedenktijd_verlopen')).map((k) => k.ontvanger)).toEqual(['coa', 'ind']);
  });

  it('docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: zonder asiel- of Dublinsituatie krijgt alleen de IND bedenktijd_verlopen', async () => {
    const v = await verleendOp('2026-08-31', 'geen_rechtmatig_verblijf');
    expect(v.uiterlijkeEinddatum).toBe('2026-11-30');
    t.klok.zet('2026-12-01T08:00:00Z');
    await draai();
    expect((await lees(v.bedenktijdId)).status).toBe('verlopen');
    expect((await ontvangen(v.dossierId, 'bedenktijd_verlopen')).map((k) => k.ontvanger)).toEqual(['ind']);
    expect(await inFeed(coa(), v.dossierId, 'bedenktijd_verlopen')).toEqual([]);
  });

  it('docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: de COA kreeg de M55 als asielzoeker; wijzigt de verblijfssituatie daarna, dan krijgt de COA toch het einde', async () => {
    const v = await verleendOp('2026-09-01', 'asielzoeker');
    expect((await ontvangen(v.dossierId, 'm55_bedenktijd')).map((k) => k.ontvanger)).toEqual(['coa', 'ind']);
    const etag = (await t.verzoek('GET', `/v1/dossiers/${v.dossierId}`, { sleutel: intaker() })).headers.get('etag')!;
    const g = await t.verzoek('PATCH', `/v1/dossiers/${v.dossierId}`, { sleutel: intaker(), body: { verblijfssituatie: 'geen_rechtmatig_verblijf' }, headers: { 'If-Match': etag } });
    expect(g.status, JSON.stringify(g.body)).toBe(200);
    t.klok.zet('2026-12-02T10:00:00Z');
    await draai();
    expect(await lees(v.bedenktijdId)).toMatchObject({ status: 'verlopen', einddatum: '2026-12-01' });
    expect((await ontvangen(v.dossierId, 'bedenktijd_verlopen')).map((k) => k.ontvanger)).toEqual(['coa', 'ind']);
  });

  it('docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md: een vroegtijdig beëindigde, een geweigerde of een alleen aangeboden bedenktijd verloopt niet', async () => {
    const beeindigd = await verleendOp('2026-03-02', 'geen_rechtmatig_verblijf');
    t.klok.zet('2026-03-05T10:00:00Z');
    expect((await t.verzoek('POST', `/v1/bedenktijden/${beeindigd.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: '2026-03-05' } })).status).toBe(200);
    // An offer that was never answered has no end date and never expires.
    const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } });
    const b = await t.verzoek('POST', `/v1/dossiers/${d.body.id}/beoordelingen`, {
      sleutel: intaker(), body: { beoordelingsdatum: '2026-03-02', informatiefGesprek: { gevoerd: false }, elementen: { handeling: true, middel: true, oogmerk: true }, resultaat: 'vastgesteld' },
    });
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    const aanbod = await t.verzoek('POST', `/v1/dossiers/${d.body.id}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-03-02', beoordelingId: b.body.id } });
    expect(aanbod.status).toBe(201);

    t.klok.zet('2026-12-31T10:00:00Z');
    await draai();
    expect(await lees(beeindigd.bedenktijdId)).toMatchObject({ status: 'beeindigd', einddatum: '2026-03-05', beeindigingsreden: 'aangifte' });
    expect((await lees(aanbod.body.id)).status).toBe('aangeboden');
    expect(await ontvangen(beeindigd.dossierId, 'bedenktijd_verlopen')).toEqual([]);
    expect(await ontvangen(d.body.id, 'bedenktijd_verlopen')).toEqual([]);
  });

  it('na het verlopen is een vroegtijdig einde niet meer mogelijk (409), en een nieuw aanbod wel', async () => {
    const v = await verleendOp('2026-10-01', 'dublinclaimant');
    t.klok.zet('2026-11-20T10:00:00Z');
    await draai();
    expect((await lees(v.bedenktijdId)).status).toBe('verlopen');
    const r = await t.verzoek('POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'aangifte', datum: '2026-10-15' } });
    expect(r.status).toBe(409);
    expect(r.body.detail).toMatch(/al verlopen/);
    // B8/3 Vc 2000; docs/beslissingen/0014-wie-biedt-aan.md: no longer open, so a new offer on the same dossier is possible.
    const nieuw = await t.verzoek('POST', `/v1/dossiers/${v.dossierId}/bedenktijden`, { sleutel: intaker(), body: { aanbiedingsdatum: '2026-11-20', beoordelingId: v.beoordelingId } });
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(201);
  });

  it('een achterstand van 251 wordt in één run helemaal verwerkt (meer dan één batch van 500: zie de test met 600 hieronder)', async () => {
    const v = await verleendOp('2026-01-05', 'geen_rechtmatig_verblijf');
    // 250 extra running bedenktijden, copies of this one (same dossier data is irrelevant to the job;
    // each gets its own dossier so the one-open-per-dossier index holds).
    const [bron] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, v.bedenktijdId));
    const kopieen: string[] = [];
    for (let i = 0; i < 250; i++) {
      const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
      const id = crypto.randomUUID();
      kopieen.push(id);
      await t.db.insert(bedenktijden).values({ ...bron!, id, dossierId: d.body.id, beoordelingId: null });
    }
    t.klok.zet('2026-04-06T10:00:00Z');
    const rapport = await draai();
    expect((rapport['bedenktijd-verlopen'] as { verlopen: number }).verlopen).toBeGreaterThanOrEqual(251);
    const statussen = await t.db.select({ status: bedenktijden.status }).from(bedenktijden).where(eq(bedenktijden.uiterlijkeEinddatum, '2026-04-05'));
    expect(statussen).toHaveLength(251);
    expect(statussen.every((s) => s.status === 'verlopen')).toBe(true);
    const indVerlopen = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.soort, 'bedenktijd_verlopen'), eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind)));
    const sleutels = new Set(indVerlopen.map((k) => k.gebeurtenisSleutel));
    for (const id of [v.bedenktijdId, ...kopieen]) expect(sleutels.has(`bedenktijd_verlopen:${id}`)).toBe(true);
  });
});

describe('job bedenktijd-verlopen in batches — docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; docs/beslissingen/0016-kennisgevingen-per-ontvanger.md; docs/architectuur.md §3; docs/beslissingen/0003-feed-per-ontvanger.md; README.md "Benchmark"', () => {
  it('600 verlopen bedenktijden (twee batches): alle verlopen, auditketen geldig, IND/COA precies één keer met dezelfde inhoud als meldBedenktijd, volgnummers aaneengesloten', async () => {
    // Two granted bedenktijden through the API (end 2025-06-03) as templates; nothing else in this
    // file is running with an earlier end date, so exactly these 600 expire.
    const asiel = await verleendOp('2025-03-03', 'asielzoeker');
    const geen = await verleendOp('2025-03-03', 'geen_rechtmatig_verblijf');
    expect(asiel.uiterlijkeEinddatum).toBe('2025-06-03');
    const [bronAsiel] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, asiel.bedenktijdId));
    const [bronGeen] = await t.db.select().from(bedenktijden).where(eq(bedenktijden.id, geen.bedenktijdId));
    const [bronDossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, geen.dossierId));

    // 598 copies straight in the tables, three kinds (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md / ontvangersIndEnCoa):
    // 0 = no asylum situation (IND only); 1 = asylum seeker (IND + COA); 2 = Dublin claimant at the
    // grant, no longer now (IND + COA). Every other dossier has personal data.
    interface Item { bedenktijdId: string; dossierId: string; coa: boolean; pg: boolean }
    const items: Item[] = [
      { bedenktijdId: asiel.bedenktijdId, dossierId: asiel.dossierId, coa: true, pg: false },
      { bedenktijdId: geen.bedenktijdId, dossierId: geen.dossierId, coa: false, pg: false },
    ];
    const dossierRijen: Array<typeof dossiers.$inferInsert> = [];
    const bedenktijdRijen: Array<typeof bedenktijden.$inferInsert> = [];
    const pgRijen: Array<typeof persoonsgegevens.$inferInsert> = [];
    for (let i = 0; i < 598; i++) {
      const soort = i % 3;
      const dossierId = crypto.randomUUID();
      const bedenktijdId = crypto.randomUUID();
      dossierRijen.push({ ...bronDossier!, id: dossierId, dossiernummer: `NRM-BATCH-${String(i).padStart(4, '0')}`, verblijfssituatie: soort === 1 ? 'asielzoeker' : 'geen_rechtmatig_verblijf' });
      bedenktijdRijen.push({
        ...(soort === 0 ? bronGeen! : bronAsiel!), id: bedenktijdId, dossierId, beoordelingId: null,
        verblijfssituatieBijVerlening: soort === 2 ? 'dublinclaimant' : soort === 1 ? 'asielzoeker' : 'geen_rechtmatig_verblijf',
      });
      if (i % 2 === 0) {
        pgRijen.push({
          dossierId, voornamen: 'Ada', geslachtsnaam: `Batch${i}`, geboortedatum: '1990-02-03', nationaliteit: 'NG',
          vreemdelingennummer: String(8000000000 + i), geslacht: 'vrouw', talen: ['en'], tijdstipGewijzigd: t.klok.now(),
        });
      }
      items.push({ bedenktijdId, dossierId, coa: soort !== 0, pg: i % 2 === 0 });
    }
    for (let i = 0; i < dossierRijen.length; i += 100) {
      await t.db.insert(dossiers).values(dossierRijen.slice(i, i + 100));
      await t.db.insert(bedenktijden).values(bedenktijdRijen.slice(i, i + 100));
    }
    for (let i = 0; i < pgRijen.length; i += 100) await t.db.insert(persoonsgegevens).values(pgRijen.slice(i, i + 100));
    const ids = items.map((i) => i.bedenktijdId);
    const dossierIds = items.map((i) => i.dossierId);

    // Already delivered before the job runs (e.g. by an earlier, interrupted run): the IND must not
    // get this event a second time, the COA still gets it.
    const alGemeld = items.find((i, n) => n > 2 && i.coa)!;
    t.klok.zet('2025-06-04T10:00:00Z');
    const nu = t.klok.now();
    await t.db.transaction((tx) => plaatsKennisgeving(tx, t.deps.ids, nu, {
      ontvangerOrganisatieId: t.organisatieIds.ind, soort: 'bedenktijd_verlopen', dossierId: alGemeld.dossierId, afzenderOrganisatieId: null,
      inhoud: { eerder: true }, gebeurtenisSleutel: `bedenktijd_verlopen:${alGemeld.bedenktijdId}`,
    }));

    // What the one-at-a-time code (meldBedenktijd) writes for a sample of each kind, in a transaction
    // that is rolled back.
    const steekproef = [items[0]!, items[1]!, ...items.slice(2, 14)];
    const verwacht = new Map<string, Record<string, unknown>>();
    await t.db.transaction(async (tx) => {
      for (const item of steekproef) {
        const [b] = await tx.select().from(bedenktijden).where(eq(bedenktijden.id, item.bedenktijdId));
        const [d] = await tx.select().from(dossiers).where(eq(dossiers.id, item.dossierId));
        await meldBedenktijd(tx, t.deps.ids, nu, 'bedenktijd_verlopen',
          { ...b!, status: 'verlopen', einddatum: b!.uiterlijkeEinddatum, beeindigingsreden: 'verlopen', tijdstipGewijzigd: nu }, d!, systeemActor(t.deps.config));
      }
      const rijen = await tx.select().from(kennisgevingen).where(inArray(kennisgevingen.dossierId, steekproef.map((i) => i.dossierId)));
      for (const r of rijen) verwacht.set(`${r.ontvangerOrganisatieId}:${r.gebeurtenisSleutel}`, { soort: r.soort, dossierId: r.dossierId, afzenderOrganisatieId: r.afzenderOrganisatieId, inhoud: r.inhoud });
      tx.rollback();
    }).catch((err) => { if (!/rollback/i.test(String(err))) throw err; });
    expect(verwacht.size).toBeGreaterThan(steekproef.length);

    const indVoor = await t.db.select({ n: kennisgevingen.volgnummer }).from(kennisgevingen).where(eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind));
    const auditVoor = await t.db.select().from(auditKetens).where(inArray(auditKetens.keten, [asiel.dossierId, geen.dossierId].map((d) => `dossier:${d}`)));

    expect(await bedenktijdVerlopen(t.deps)).toEqual({ verlopen: 600 });

    // (1)(2) all expired, end date = uiterlijkeEinddatum.
    const na = await t.db.select().from(bedenktijden).where(inArray(bedenktijden.id, ids));
    expect(na).toHaveLength(600);
    for (const b of na) {
      expect(b).toMatchObject({ status: 'verlopen', einddatum: '2025-06-03', beeindigingsreden: 'verlopen' });
      expect(b.tijdstipGewijzigd.toISOString()).toBe(nu.toISOString());
    }

    // (3) one audit row per bedenktijd, at the end of its dossier's chain, and the whole log verifies.
    const audit = await t.db.select().from(auditregels).where(and(inArray(auditregels.dossierId, dossierIds), eq(auditregels.actie, 'bedenktijd.verlopen')));
    expect(audit).toHaveLength(600);
    expect(new Set(audit.map((a) => a.objectId))).toEqual(new Set(ids));
    const koppen = new Map((await t.db.select().from(auditKetens).where(inArray(auditKetens.keten, dossierIds.map((d) => `dossier:${d}`)))).map((k) => [k.keten, k]));
    // These dossiers were written directly, without the M55 grant a real grant would have given: the
    // job grants it (docs/toegangsmodel.md), so each chain ends with the grant rows after the expiry.
    const grantRegels = await t.db.select().from(auditregels).where(and(inArray(auditregels.dossierId, dossierIds), eq(auditregels.objectType, 'toegangsrecht')));
    for (const a of audit) {
      expect(a).toMatchObject({ rol: 'systeem', organisatieId: null, sleutelId: null, requestId: null, objectType: 'bedenktijd', resultaat: 'geslaagd' });
      const daarna = grantRegels.filter((g) => g.keten === a.keten && g.positie > a.positie);
      expect(koppen.get(a.keten)).toMatchObject({ lengte: a.positie + daarna.length });
      for (const g of daarna) expect(g.actie).toMatch(/^toegang\.verleend\./);
    }
    for (const kop of auditVoor) {
      const a = audit.find((r) => r.keten === kop.keten)!;
      expect(a).toMatchObject({ positie: kop.lengte + 1, vorigeHash: kop.laatsteHash });
    }
    for (const a of audit.filter((r) => !auditVoor.some((k) => k.keten === r.keten))) expect(a).toMatchObject({ positie: 1, vorigeHash: '' });
    const verificatie = await t.verzoek('GET', '/v1/auditregels/_verificatie', { sleutel: t.sleutel('beheer', 'auditor') });
    expect(verificatie.status).toBe(200);
    expect(verificatie.body).toMatchObject({ geldig: true, bevindingen: [] });

    // (4) exactly once per recipient: IND for all 600 (one of them was already there), COA for the asylum kinds.
    const k = await t.db.select().from(kennisgevingen).where(and(eq(kennisgevingen.soort, 'bedenktijd_verlopen'), inArray(kennisgevingen.dossierId, dossierIds)));
    const ind = k.filter((r) => r.ontvangerOrganisatieId === t.organisatieIds.ind);
    const coa = k.filter((r) => r.ontvangerOrganisatieId === t.organisatieIds.coa);
    expect(k).toHaveLength(ind.length + coa.length);
    expect(ind).toHaveLength(600);
    expect(new Set(ind.map((r) => r.gebeurtenisSleutel))).toEqual(new Set(ids.map((id) => `bedenktijd_verlopen:${id}`)));
    expect(coa.map((r) => r.gebeurtenisSleutel).sort()).toEqual(items.filter((i) => i.coa).map((i) => `bedenktijd_verlopen:${i.bedenktijdId}`).sort());
    expect(ind.find((r) => r.gebeurtenisSleutel === `bedenktijd_verlopen:${alGemeld.bedenktijdId}`)!.inhoud).toEqual({ eerder: true });

    // Same content as meldBedenktijd; the IND sees the identity, the COA only the V-number.
    for (const r of k.filter((r) => steekproef.some((i) => i.dossierId === r.dossierId))) {
      expect({ soort: r.soort, dossierId: r.dossierId, afzenderOrganisatieId: r.afzenderOrganisatieId, inhoud: r.inhoud })
        .toEqual(verwacht.get(`${r.ontvangerOrganisatieId}:${r.gebeurtenisSleutel}`));
    }
    const metPg = items.find((i) => i.pg && i.coa)!;
    expect(ind.find((r) => r.dossierId === metPg.dossierId)!.inhoud).toMatchObject({ voornamen: 'Ada', geboortedatum: '1990-02-03', nationaliteit: 'NG', einddatum: '2025-06-03', beeindigingsreden: 'verlopen' });
    const coaInhoud = coa.find((r) => r.dossierId === metPg.dossierId)!.inhoud;
    expect(coaInhoud.vreemdelingennummer).toMatch(/^80000/);
    expect(coaInhoud).not.toHaveProperty('voornamen');

    // docs/beslissingen/0003-feed-per-ontvanger.md: the IND's feed numbers are gapless, the new ones consecutive in claim order (end date, id).
    const indNa = (await t.db.select({ n: kennisgevingen.volgnummer }).from(kennisgevingen).where(eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.ind))).map((r) => r.n).sort((a, b) => a - b);
    expect(indNa).toEqual(indNa.map((_, i) => i + 1));
    expect(indNa.length).toBe(indVoor.length + 599);
    const nieuwInd = ind.filter((r) => r.gebeurtenisSleutel !== `bedenktijd_verlopen:${alGemeld.bedenktijdId}`).sort((a, b) => a.volgnummer - b.volgnummer);
    expect(nieuwInd.at(-1)!.volgnummer - nieuwInd[0]!.volgnummer).toBe(598);
    expect(nieuwInd.map((r) => (r.inhoud as { bedenktijdId: string }).bedenktijdId)).toEqual(ids.filter((id) => id !== alGemeld.bedenktijdId).sort());
    const coaNa = (await t.db.select({ n: kennisgevingen.volgnummer }).from(kennisgevingen).where(eq(kennisgevingen.ontvangerOrganisatieId, t.organisatieIds.coa)).orderBy(asc(kennisgevingen.volgnummer))).map((r) => r.n);
    expect(coaNa).toEqual(coaNa.map((_, i) => i + 1));

    // IND and COA hold the M55 grant (src/domain/toegang.ts): identity for the IND, pseudonymous for the COA.
    const toegang = await t.db.select().from(toegangsrechten).where(and(inArray(toegangsrechten.dossierId, dossierIds), eq(toegangsrechten.doel, 'm55')));
    for (const g of toegang) expect(g.reikwijdte).toBe(g.organisatieId === t.organisatieIds.ind ? 'identiteit' : 'pseudoniem');
    const heeft = (org: string, d: string) => toegang.some((r) => r.organisatieId === org && r.dossierId === d);
    for (const item of items) {
      expect(heeft(t.organisatieIds.ind, item.dossierId)).toBe(true);
      expect(heeft(t.organisatieIds.coa, item.dossierId)).toBe(item.coa);
    }

    // Again: nothing more.
    const voor = await bedenktijdTellingen();
    expect(await bedenktijdVerlopen(t.deps)).toEqual({ verlopen: 0 });
    expect(await bedenktijdTellingen()).toEqual(voor);
  });
});

describe('job bedenktijd-herinneringen — docs/beslissingen/0016-kennisgevingen-per-ontvanger.md (14 en 3 dagen vooraf)', () => {
  const herinneringen = async (dossierId: string) =>
    (await ontvangen(dossierId, 'bedenktijd_loopt_af')).map((k) => `${k.ontvanger}:${k.inhoud.dagenVooraf}`).sort();

  it('de standaarddrempels zijn 14 en 3 dagen', () => {
    expect(t.deps.config.BEDENKTIJD_HERINNERING_DAGEN).toEqual([14, 3]);
  });

  it('15 dagen vooraf niets; 14 dagen vooraf één herinnering aan de aanbiedende organisatie (ook na twee runs); 3 dagen vooraf de tweede', async () => {
    const v = await verleendOp('2027-03-01', 'geen_rechtmatig_verblijf', 'kmar');
    expect(v.uiterlijkeEinddatum).toBe('2027-06-01');

    t.klok.zet('2027-05-17T10:00:00Z'); // 15 days before
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual([]);

    t.klok.zet('2027-05-18T06:00:00Z'); // 14 days before (08:00 in Amsterdam)
    expect((await draai())['bedenktijd-herinneringen']).toMatchObject({ herinnerd: 1 });
    // The second run (a minute later, in production) finds the reminder there and opens no transaction for it.
    expect((await draai())['bedenktijd-herinneringen']).toMatchObject({ herinnerd: 0 });
    expect(await herinneringen(v.dossierId)).toEqual(['kmar:14']);
    const [k] = await ontvangen(v.dossierId, 'bedenktijd_loopt_af');
    expect(k!.inhoud).toMatchObject({ bedenktijdId: v.bedenktijdId, uiterlijkeEinddatum: '2027-06-01', dagenVooraf: 14 });
    expect(await inFeed(intaker('kmar'), v.dossierId, 'bedenktijd_loopt_af')).toHaveLength(1);
    // Not to the IND: the reminder is for whoever arranges the person's stay (docs/beslissingen/0016-kennisgevingen-per-ontvanger.md).
    expect(await inFeed(ind(), v.dossierId, 'bedenktijd_loopt_af')).toEqual([]);

    t.klok.zet('2027-05-25T10:00:00Z'); // 7 days before: between the thresholds
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['kmar:14']);

    t.klok.zet('2027-05-29T10:00:00Z'); // 3 days before
    await draai();
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['kmar:14', 'kmar:3']);

    t.klok.zet('2027-06-01T10:00:00Z'); // the last day
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['kmar:14', 'kmar:3']);
    expect((await lees(v.bedenktijdId, 'kmar')).status).toBe('lopend');
  });

  it('de job miste dagen: bij de eerste run 2 dagen vooraf komt alleen de urgentste drempel (3), nooit alsnog de 14', async () => {
    const v = await verleendOp('2027-03-10', 'geen_rechtmatig_verblijf');
    expect(v.uiterlijkeEinddatum).toBe('2027-06-10');
    t.klok.zet('2027-06-08T10:00:00Z');
    await draai();
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['politie:3']);
    t.klok.zet('2027-06-09T10:00:00Z');
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['politie:3']);
  });

  it('de drempel volgt de dag in Amsterdam: 14 dagen vooraf begint om 00:00 Amsterdam, niet om 00:00 UTC', async () => {
    const v = await verleendOp('2027-03-15', 'geen_rechtmatig_verblijf');
    expect(v.uiterlijkeEinddatum).toBe('2027-06-15');
    t.klok.zet('2027-05-31T21:59:59Z'); // 23:59:59 on 31 May in Amsterdam: 15 days before
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual([]);
    t.klok.zet('2027-05-31T22:00:00Z'); // 00:00 on 1 June in Amsterdam: 14 days before
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['politie:14']);
  });

  it('docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: ook aan organisaties met een open (of aanvaarde) verwijzing; niet aan een afgewezen verwijzing', async () => {
    const v = await verleendOp('2027-04-01', 'asielzoeker');
    const verwijs = async (ontvanger: DemoCode, status: string) => {
      await t.db.insert(verwijzingen).values({
        id: crypto.randomUUID(), dossierId: v.dossierId, verwijzendeOrganisatieId: t.organisatieIds.politie, ontvangendeOrganisatieId: t.organisatieIds[ontvanger],
        doel: 'zorgcoordinator', reden: 'Opvang en zorg', urgentie: 'normaal', toestemming: 'ja', gegevensdeling: 'identiteit', status,
        tijdstipVerwezen: t.klok.now(), tijdstipGewijzigd: t.klok.now(),
      });
    };
    await verwijs('zorg', 'open');
    await verwijs('gemeente', 'afgewezen');
    t.klok.zet('2027-06-18T10:00:00Z'); // 14 days before 2027-07-01
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual(['politie:14', 'zorg:14']);
    // A referral made after the reminder: its receiver gets the reminder at the next run, the others not again.
    await verwijs('opvang', 'aanvaard');
    expect((await draai())['bedenktijd-herinneringen']).toMatchObject({ herinnerd: 1 });
    expect(await herinneringen(v.dossierId)).toEqual(['opvang:14', 'politie:14', 'zorg:14']);
    expect((await draai())['bedenktijd-herinneringen']).toMatchObject({ herinnerd: 0 });
    // The reminder gives the referral's receiver nothing it could not already see.
    expect(await inFeed(t.sleutel('zorg', 'zorgcoordinator'), v.dossierId, 'bedenktijd_loopt_af')).toHaveLength(1);
  });

  it('docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: een beëindigde bedenktijd krijgt geen herinnering meer', async () => {
    const v = await verleendOp('2027-04-05', 'geen_rechtmatig_verblijf');
    expect((await t.verzoek('POST', `/v1/bedenktijden/${v.bedenktijdId}/beeindiging`, { sleutel: intaker(), body: { reden: 'afzien_medewerking', datum: '2027-04-05' } })).status).toBe(200);
    t.klok.zet('2027-06-22T10:00:00Z'); // 14 days before 2027-07-05
    await draai();
    expect(await herinneringen(v.dossierId)).toEqual([]);
  });

  it('configureerbaar: BEDENKTIJD_HERINNERING_DAGEN=7 stuurt alleen 7 dagen vooraf', async () => {
    const v = await verleendOp('2027-05-01', 'geen_rechtmatig_verblijf');
    const deps = { ...t.deps, config: { ...t.deps.config, BEDENKTIJD_HERINNERING_DAGEN: [7] } };
    t.klok.zet('2027-07-18T10:00:00Z'); // 14 days before 2027-08-01
    await voerJobsUit(deps);
    expect(await herinneringen(v.dossierId)).toEqual([]);
    t.klok.zet('2027-07-25T10:00:00Z'); // 7 days before
    await voerJobsUit(deps);
    expect(await herinneringen(v.dossierId)).toEqual(['politie:7']);
  });
});
