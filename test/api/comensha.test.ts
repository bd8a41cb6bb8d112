// CoMensha: one registration per person, and a correction when it is withdrawn (issue 20;
// docs/regels.md R4). Established → not established → established sends a registration, a withdrawal
// (`aanmelding_ingetrokken`, pseudonymous, granting nothing) and a new registration — never two
// registrations in a row. Confirming an established assessment sends nothing new.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toegangsrechten } from '../../src/db/schema.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { nieuwVnummer } from '../support/personen.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
const comensha = () => t.sleutel('comensha', 'zorgcoordinator');

// Each dossier its own person (own V-number): one person has one dossier (docs/een-persoon-een-dossier.md).
const vnummers = new Map<string, string>();
async function nieuwDossier() {
  const vnummer = nieuwVnummer();
  const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } });
  expect(d.status).toBe(201);
  const pg = await t.verzoek('PUT', `/v1/dossiers/${d.body.id}/persoonsgegevens`, {
    sleutel: intaker(), body: { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', nationaliteit: 'GH', vreemdelingennummer: vnummer, geslacht: 'vrouw', talen: [] },
  });
  expect(pg.status).toBe(201);
  vnummers.set(d.body.id, vnummer);
  return d.body.id as string;
}

async function beoordeel(dossierId: string, datum: string, vastgesteld: boolean, vervangt: string | null = null) {
  t.klok.verzet(1000);
  const r = await t.verzoek('POST', `/v1/dossiers/${dossierId}/beoordelingen`, {
    sleutel: intaker(), body: {
      beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: vastgesteld, oogmerk: true },
      indicatoren: [], resultaat: vastgesteld ? 'vastgesteld' : 'niet_vastgesteld', redenen: vastgesteld ? [] : ['geen_middel'],
      toelichting: vastgesteld ? null : 'Bij nader inzien geen dwang: vrij om te gaan, eigen huisvesting (Mensah).', vervangt,
    },
  });
  expect(r.status, r.text).toBe(201);
  return r.body as { id: string; identificatiestatus: string };
}

/** CoMensha's feed through the API for one dossier: the kinds in feed order. */
async function feed(dossierId: string) {
  const r = await t.verzoek('GET', '/v1/kennisgevingen?limit=100', { sleutel: comensha() });
  expect(r.status).toBe(200);
  return (r.body.kennisgevingen as Array<{ id: string; soort: string; dossierId: string }>).filter((k) => k.dossierId === dossierId);
}

describe('aanmelding bij CoMensha: één per persoon, met een correctie bij intrekking', () => {
  it('vastgesteld → niet vastgesteld → vastgesteld: aanmelding, intrekking, nieuwe aanmelding', async () => {
    const id = await nieuwDossier();
    const a = await beoordeel(id, '2026-11-10', true);
    const b = await beoordeel(id, '2026-11-12', false);
    const c = await beoordeel(id, '2026-11-14', true);
    expect([a, b, c].map((x) => x.identificatiestatus)).toEqual(['vermoedelijk_slachtoffer', 'geen_geringste_aanwijzing', 'vermoedelijk_slachtoffer']);
    const items = await feed(id);
    expect(items.map((k) => k.soort)).toEqual(['aanmelding_vermoedelijk_slachtoffer', 'aanmelding_ingetrokken', 'aanmelding_vermoedelijk_slachtoffer']);

    const intrekking = await t.verzoek('GET', `/v1/kennisgevingen/${items[1]!.id}`, { sleutel: comensha() });
    expect(intrekking.status).toBe(200);
    expect(intrekking.body.inhoud).toMatchObject({ dossierId: id, beoordelingId: b.id, beoordelingsdatum: '2026-11-12', identificatiestatus: 'geen_geringste_aanwijzing' });
    // Pseudonymous, like the registration: no identity, no free text of the assessment.
    expect(intrekking.text).not.toMatch(new RegExp(`Mensah|Ama|${vnummers.get(id)}|1999-04-02|dwang`));
  });

  it('een bevestigende vervanging van een vastgestelde beoordeling is geen nieuwe aanmelding', async () => {
    const id = await nieuwDossier();
    const a = await beoordeel(id, '2026-11-10', true);
    await beoordeel(id, '2026-11-11', true, a.id);
    expect((await feed(id)).map((k) => k.soort)).toEqual(['aanmelding_vermoedelijk_slachtoffer']);
  });

  it('een vervanging die de vaststelling terugneemt trekt de aanmelding in', async () => {
    const id = await nieuwDossier();
    const a = await beoordeel(id, '2026-11-10', true);
    await beoordeel(id, '2026-11-10', false, a.id);
    expect((await feed(id)).map((k) => k.soort)).toEqual(['aanmelding_vermoedelijk_slachtoffer', 'aanmelding_ingetrokken']);
  });

  it('zonder eerdere aanmelding trekt een niet-vastgestelde beoordeling niets in', async () => {
    const id = await nieuwDossier();
    await beoordeel(id, '2026-11-10', false);
    expect(await feed(id)).toEqual([]);
  });

  it('de intrekking verleent en beëindigt niets: CoMensha houdt zijn pseudonieme grant van de aanmelding', async () => {
    const id = await nieuwDossier();
    await beoordeel(id, '2026-11-10', true);
    const grants = () => t.db.select().from(toegangsrechten).where(and(eq(toegangsrechten.dossierId, id), eq(toegangsrechten.organisatieId, t.organisatieIds.comensha)));
    const voor = await grants();
    expect(voor).toEqual([expect.objectContaining({ doel: 'aanmelding', reikwijdte: 'pseudoniem' })]);
    await beoordeel(id, '2026-11-12', false);
    expect(await grants()).toEqual(voor);
  });

  it('de soort staat in de catalogus, met een CloudEvents-type', async () => {
    const r = await t.verzoek('GET', '/v1/catalogus', { sleutel: intaker() });
    expect(r.body.kennisgevingSoorten).toContainEqual({ code: 'aanmelding_ingetrokken', label: expect.stringContaining('ingetrokken') });
    const { cloudEventType } = await import('../../src/webhooks/cloudevent.js');
    expect(cloudEventType('aanmelding_ingetrokken')).toBe('nl.nrm.slachtoffer.aanmelding-ingetrokken');
  });
});
