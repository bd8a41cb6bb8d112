// Aggregates for analysts (design.md §1: analysts see aggregates only), with small-count suppression.
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
    expect(telling(r.body.dossiers.nationaliteitCategorie, 'derdelander')).toEqual({ waarde: 'derdelander', aantal: 6 });
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
