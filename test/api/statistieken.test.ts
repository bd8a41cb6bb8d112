// Aggregates for analysts (docs/monitor.md: analysts see aggregates only), with small-count suppression.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

async function dossier(nationaliteitCategorie: string) {
  const body = { nationaliteitCategorie, verblijfssituatie: 'asielzoeker', ...(nationaliteitCategorie === 'eu_eer_zwitserland' ? { eurechtelijkeAanspraken: false } : {}) };
  const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const telling = (lijst: Array<{ waarde: string; aantal: number | null }>, waarde: string) => lijst.find((x) => x.waarde === waarde);

describe('GET /v1/statistieken', () => {
  it('telt landelijk, onderdrukt aantallen onder 5, en blijft gelijk na het wissen van persoonsgegevens', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await dossier('derdelander'));
    for (let i = 0; i < 2; i++) await dossier('eu_eer_zwitserland');
    const r = await t.verzoek('GET', '/v1/statistieken', { sleutel: t.sleutel('politie', 'analist') });
    expect(r.status).toBe(200);
    // 6 is not small, but with 2 suppressed beside it the total (8, in identificatiestatus) would give
    // the 2 back: it is suppressed too (complementary suppression, docs/monitor.md).
    expect(telling(r.body.dossiers.nationaliteitCategorie, 'derdelander')).toEqual({ waarde: 'derdelander', aantal: null });
    expect(telling(r.body.dossiers.identificatiestatus, 'gesignaleerd')).toEqual({ waarde: 'gesignaleerd', aantal: 8 });
    expect(telling(r.body.dossiers.nationaliteitCategorie, 'eu_eer_zwitserland')).toEqual({ waarde: 'eu_eer_zwitserland', aantal: null });
    expect(JSON.stringify(r.body)).not.toContain(ids[0]);

    await t.verzoek('POST', `/v1/dossiers/${ids[0]}/wissing`, { sleutel: t.sleutel('beheer', 'beheerder'), body: { grondslag: 'avg_art_17_verzoek', toelichting: 'verzoek 1' } });
    const na = await t.verzoek('GET', '/v1/statistieken', { sleutel: t.sleutel('beheer', 'analist') });
    expect(na.body.dossiers).toEqual(r.body.dossiers);
  });

  it.each([['politie', 'intaker'], ['ind', 'ind_medewerker'], ['beheer', 'auditor']] as const)('weigert %s/%s met 403', async (org, rol) => {
    expect((await t.verzoek('GET', '/v1/statistieken', { sleutel: t.sleutel(org, rol) })).status).toBe(403);
  });
});

describe('GET /v1/statistieken: aanvullende onderdrukking', () => {
  it('onderdrukt nooit precies één waarde per kolom: het totaal min de rest gaf die anders terug', async () => {
    const u = await startTestApp();
    try {
      const maak = async (nationaliteitCategorie: string, n: number) => {
        for (let i = 0; i < n; i++) {
          const body = { nationaliteitCategorie, verblijfssituatie: 'asielzoeker', ...(nationaliteitCategorie === 'eu_eer_zwitserland' ? { eurechtelijkeAanspraken: false } : {}) };
          expect((await u.verzoek('POST', '/v1/dossiers', { sleutel: u.sleutel('politie', 'intaker'), body })).status).toBe(201);
        }
      };
      await maak('derdelander', 7);
      await maak('eu_eer_zwitserland', 2);
      await maak('nederlands', 6);
      const r = await u.verzoek('GET', '/v1/statistieken', { sleutel: u.sleutel('beheer', 'analist') });
      const nat = r.body.dossiers.nationaliteitCategorie as Array<{ waarde: string; aantal: number | null }>;
      // Every dossier is gesignaleerd: that column publishes the total, 15. Before: 15 - 7 - 6 = 2.
      expect(telling(r.body.dossiers.identificatiestatus, 'gesignaleerd')?.aantal).toBe(15);
      expect(nat.filter((x) => x.aantal === null).length).toBe(2);
      expect(telling(nat, 'eu_eer_zwitserland')?.aantal).toBeNull();
      expect(telling(nat, 'nederlands')?.aantal).toBeNull();
      expect(telling(nat, 'derdelander')?.aantal).toBe(7);
    } finally { await u.close(); }
  });
});
