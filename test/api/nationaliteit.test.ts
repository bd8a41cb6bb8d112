// Consistent nationality through the API (issue 20; docs/regels.md R3). Personal data whose
// nationality contradicts the dossier's nationaliteitCategorie — NL on a derdelander dossier, an
// EU/EEA/Swiss country on a derdelander dossier, a third country on an EU dossier — is refused with
// 422 naming both fields, and nothing is written; so is the reverse change of the category. The offer
// of the bedenktijd can then no longer go through on a contradiction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { geweigerd, ongeldigeNamen } from '../support/weigering.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { nieuwVnummer } from '../support/personen.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-11-20T10:00:00Z' }); });
afterAll(async () => { await t.close(); });

const intaker = () => t.sleutel('politie', 'intaker');
// Each dossier its own person (own V-number): the same name and date of birth in two dossiers is a
// possible duplicate (409), which is not what these tests are about.
const persoon = () => ({ voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02', vreemdelingennummer: nieuwVnummer(), geslacht: 'vrouw', talen: [] });

async function dossier(nationaliteitCategorie: string, extra: Record<string, unknown> = {}) {
  const r = await t.verzoek('POST', '/v1/dossiers', {
    sleutel: intaker(), body: { nationaliteitCategorie, verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig', ...extra },
  });
  expect(r.status, r.text).toBe(201);
  return r.body.id as string;
}

describe('PUT /v1/dossiers/{id}/persoonsgegevens — nationaliteit past bij de nationaliteitCategorie', () => {
  it.each([
    ['NL bij een derdelander', 'derdelander', 'NL'],
    ['NL bij een EU/EER/Zwitserse onderdaan', 'eu_eer_zwitserland', 'NL'],
    ['een EU-land (PL) bij een derdelander', 'derdelander', 'PL'],
    ['een EER-land (NO) bij een derdelander', 'derdelander', 'NO'],
    ['Zwitserland bij een derdelander', 'derdelander', 'CH'],
    ['een derde land (GH) bij een EU/EER/Zwitserse onderdaan', 'eu_eer_zwitserland', 'GH'],
    ['een ander land dan NL bij een Nederlander', 'nederlands', 'MA'],
  ])('%s → 422 met nationaliteit en nationaliteitCategorie, niets geschreven', async (_n, categorie, nationaliteit) => {
    const id = await dossier(categorie, categorie === 'eu_eer_zwitserland' ? { eurechtelijkeAanspraken: false } : {});
    const r = await geweigerd(t, 'PUT', `/v1/dossiers/${id}/persoonsgegevens`, { sleutel: intaker(), body: { ...persoon(), nationaliteit } }, 422);
    expect(ongeldigeNamen(r)).toEqual(['nationaliteit', 'nationaliteitCategorie']);
    expect(r.body.detail).toContain(`De nationaliteit ${nationaliteit} hoort bij nationaliteitCategorie`);
  });

  it.each([
    ['GH bij een derdelander', 'derdelander', 'GH'],
    ['PL bij een EU/EER/Zwitserse onderdaan', 'eu_eer_zwitserland', 'PL'],
    ['NL bij een Nederlander', 'nederlands', 'NL'],
    ['elk land bij een onbekende categorie', 'onbekend', 'PL'],
  ])('%s → vastgelegd', async (_n, categorie, nationaliteit) => {
    const id = await dossier(categorie, categorie === 'eu_eer_zwitserland' ? { eurechtelijkeAanspraken: false } : {});
    const r = await t.verzoek('PUT', `/v1/dossiers/${id}/persoonsgegevens`, { sleutel: intaker(), body: { ...persoon(), nationaliteit } });
    expect(r.status, r.text).toBe(201);
  });
});

describe('PATCH /v1/dossiers/{id} — de omgekeerde weg', () => {
  async function metNationaliteit(categorie: string, nationaliteit: string) {
    const id = await dossier(categorie);
    const p = persoon();
    expect((await t.verzoek('PUT', `/v1/dossiers/${id}/persoonsgegevens`, { sleutel: intaker(), body: { ...p, nationaliteit } })).status).toBe(201);
    const d = await t.verzoek('GET', `/v1/dossiers/${id}`, { sleutel: intaker() });
    return { id, p, etag: d.headers.get('etag')! };
  }

  it('een categorie die niet past bij de vastgelegde nationaliteit → 422 met beide velden, niets geschreven', async () => {
    const { id, etag } = await metNationaliteit('derdelander', 'GH');
    const r = await geweigerd(t, 'PATCH', `/v1/dossiers/${id}`, { sleutel: intaker(), headers: { 'If-Match': etag }, body: { nationaliteitCategorie: 'nederlands' } }, 422);
    expect(ongeldigeNamen(r)).toEqual(['nationaliteit', 'nationaliteitCategorie']);
  });

  it('de weg om een vergissing te herstellen: eerst de categorie op onbekend, dan de nationaliteit, dan de juiste categorie', async () => {
    const { id, p, etag } = await metNationaliteit('derdelander', 'GH');
    const a = await t.verzoek('PATCH', `/v1/dossiers/${id}`, { sleutel: intaker(), headers: { 'If-Match': etag }, body: { nationaliteitCategorie: 'onbekend' } });
    expect(a.status, a.text).toBe(200);
    expect((await t.verzoek('PUT', `/v1/dossiers/${id}/persoonsgegevens`, { sleutel: intaker(), body: { ...p, nationaliteit: 'PL' } })).status).toBe(200);
    const etag2 = (await t.verzoek('GET', `/v1/dossiers/${id}`, { sleutel: intaker() })).headers.get('etag')!;
    const c = await t.verzoek('PATCH', `/v1/dossiers/${id}`, { sleutel: intaker(), headers: { 'If-Match': etag2 }, body: { nationaliteitCategorie: 'eu_eer_zwitserland', eurechtelijkeAanspraken: false } });
    expect(c.status, c.text).toBe(200);
  });
});
