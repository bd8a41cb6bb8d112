// Age on the date that matters, through the API (issue 20; docs/regels.md R2). A person born on
// 2 December 2008 is a minor on 1 December 2026 and of age on 2 December 2026: the dossier's category
// follows (job leeftijd-bijwerken, versioned and audited), and the minor's exception of art. 273f lid 1
// sub 2 Sr (no middel needed) is judged on the age at the time of the facts — the start of the
// exploitation when recorded, otherwise the assessment's date — not on today's category.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditregels } from '../../src/db/schema.js';
import { voerJobsUit } from '../../src/jobs/index.js';
import { geweigerd } from '../support/weigering.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { nieuwVnummer } from '../support/personen.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
const GEBOREN = '2008-12-02';
/** 10:00 in Amsterdam on a civil date. */
const om = (datum: string) => `${datum}T09:00:00Z`;

async function dossierVanMinderjarige(): Promise<string> {
  t.klok.zet(om('2026-11-20'));
  const d = await t.verzoek('POST', '/v1/dossiers', { sleutel: intaker(), body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'onbekend' } });
  expect(d.status).toBe(201);
  const pg = await t.verzoek('PUT', `/v1/dossiers/${d.body.id}/persoonsgegevens`, {
    sleutel: intaker(), body: { voornamen: 'Lina', geslachtsnaam: 'Okafor', geboortedatum: GEBOREN, nationaliteit: 'NG', vreemdelingennummer: nieuwVnummer(), geslacht: 'vrouw', talen: [] },
  });
  expect(pg.status).toBe(201);
  return d.body.id;
}

const dossier = async (id: string) => (await t.verzoek('GET', `/v1/dossiers/${id}`, { sleutel: intaker() })).body;

function beoordeling(datum: string, extra: Record<string, unknown> = {}) {
  return {
    beoordelingsdatum: datum, informatiefGesprek: { gevoerd: true, datum }, elementen: { handeling: true, middel: false, oogmerk: true },
    indicatoren: ['minderjarigheid'], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null, ...extra,
  };
}

describe('de leeftijdscategorie van het dossier veroudert niet', () => {
  it('geboren 2008-12-02: minderjarig tot en met 2026-12-01, meerderjarig vanaf 2026-12-02 (Amsterdamse middernacht); de wijziging is geversioneerd en geaudit', async () => {
    const id = await dossierVanMinderjarige();
    expect((await dossier(id)).leeftijdscategorie).toBe('minderjarig');

    t.klok.zet('2026-12-01T22:59:59Z'); // 23:59:59 on 1 December in Amsterdam
    await voerJobsUit(t.deps);
    const voor = await dossier(id);
    expect(voor.leeftijdscategorie).toBe('minderjarig');

    t.klok.zet('2026-12-01T23:00:00Z'); // 00:00 on 2 December in Amsterdam
    const rapport = await voerJobsUit(t.deps);
    expect(rapport['leeftijd-bijwerken']).toEqual({ meerderjarigGeworden: 1 });
    const na = await dossier(id);
    expect(na.leeftijdscategorie).toBe('meerderjarig');
    expect(na.versie).toBe(voor.versie + 1);
    expect(await t.db.select().from(auditregels).where(and(eq(auditregels.dossierId, id), eq(auditregels.actie, 'dossier.leeftijdscategorie_bijgewerkt')))).toHaveLength(1);
    // Idempotent: a second run changes nothing.
    expect((await voerJobsUit(t.deps))['leeftijd-bijwerken']).toEqual({ meerderjarigGeworden: 0 });
    expect((await dossier(id)).versie).toBe(na.versie);
  });

  it('na de 18e verjaardag is COSM-opvang mogelijk (de regel leest de actuele categorie)', async () => {
    const id = await dossierVanMinderjarige();
    const body = { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Opvang.', urgentie: 'normaal', toestemming: 'ja' };
    t.klok.zet(om('2026-12-01'));
    await geweigerd(t, 'POST', `/v1/dossiers/${id}/verwijzingen`, { sleutel: intaker(), body }, 422);
    t.klok.zet(om('2026-12-02'));
    await voerJobsUit(t.deps);
    expect((await t.verzoek('POST', `/v1/dossiers/${id}/verwijzingen`, { sleutel: intaker(), body })).status).toBe(201);
  });
});

describe('de uitzondering voor minderjarigen (art. 273f lid 1 sub 2 Sr) op de leeftijd ten tijde van de feiten', () => {
  it('een beoordeling op 2026-12-01 (nog minderjarig) mag middel weglaten', async () => {
    const id = await dossierVanMinderjarige();
    t.klok.zet(om('2026-12-01'));
    const r = await t.verzoek('POST', `/v1/dossiers/${id}/beoordelingen`, { sleutel: intaker(), body: beoordeling('2026-12-01') });
    expect(r.status, r.text).toBe(201);
  });

  it('een beoordeling op 2026-12-02 (meerderjarig) zonder middel → 422 op elementen, ook als de opgeslagen categorie nog minderjarig is', async () => {
    const id = await dossierVanMinderjarige();
    t.klok.zet(om('2026-12-02')); // the job has not run: the stored category still says minderjarig
    expect((await dossier(id)).leeftijdscategorie).toBe('minderjarig');
    const r = await geweigerd(t, 'POST', `/v1/dossiers/${id}/beoordelingen`, { sleutel: intaker(), body: beoordeling('2026-12-02') }, 422);
    expect(r.body.invalidParams).toEqual([expect.objectContaining({ name: 'elementen' })]);
    expect(r.body.detail).toContain('Ontbreekt: middel');
  });

  it('later vastgelegd, maar gedateerd vóór de 18e verjaardag: de datum van de beoordeling telt, niet vandaag', async () => {
    const id = await dossierVanMinderjarige();
    t.klok.zet(om('2026-12-10'));
    await voerJobsUit(t.deps);
    expect((await dossier(id)).leeftijdscategorie).toBe('meerderjarig');
    const r = await t.verzoek('POST', `/v1/dossiers/${id}/beoordelingen`, { sleutel: intaker(), body: beoordeling('2026-11-30') });
    expect(r.status, r.text).toBe(201);
  });

  it('met een uitbuitingsperiode die begon toen de persoon minderjarig was: geen middel nodig, ook bij een beoordeling na de 18e verjaardag', async () => {
    const id = await dossierVanMinderjarige();
    t.klok.zet(om('2026-12-10'));
    const zonder = await geweigerd(t, 'POST', `/v1/dossiers/${id}/beoordelingen`, { sleutel: intaker(), body: beoordeling('2026-12-10') }, 422);
    expect(zonder.body.detail).toContain('Ontbreekt: middel');
    const r = await t.verzoek('POST', `/v1/dossiers/${id}/beoordelingen`, {
      sleutel: intaker(), body: beoordeling('2026-12-10', { uitbuitingsperiode: { begindatum: '2026-06-01', einddatum: '2026-12-08' } }),
    });
    expect(r.status, r.text).toBe(201);
    expect(r.body.uitbuitingsperiode).toEqual({ begindatum: '2026-06-01', einddatum: '2026-12-08' });
  });

  it('400: een uitbuitingsperiode na de beoordelingsdatum', async () => {
    const id = await dossierVanMinderjarige();
    t.klok.zet(om('2026-12-10'));
    const r = await geweigerd(t, 'POST', `/v1/dossiers/${id}/beoordelingen`, {
      sleutel: intaker(), body: beoordeling('2026-12-10', { uitbuitingsperiode: { begindatum: '2026-12-11', einddatum: null } }),
    }, 400);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['uitbuitingsperiode.begindatum']);
  });
});
