import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const geldig = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

describe('POST /v1/dossiers', () => {
  it('registreert een dossier met dossiernummer, status gesignaleerd, ETag en Location', async () => {
    const r = await t.verzoek('POST', '/v1/dossiers', { sleutel: t.sleutel('politie', 'intaker'), body: geldig });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ dossiernummer: 'NRM-2026-000001', identificatiestatus: 'gesignaleerd', versie: 1, eurechtelijkeAanspraken: null });
    expect(r.headers.get('etag')).toBe('"1"');
    expect(r.headers.get('location')).toBe(`/v1/dossiers/${r.body.id}`);
    expect(r.headers.get('api-version')).toBe('1.0.0');
  });
});
