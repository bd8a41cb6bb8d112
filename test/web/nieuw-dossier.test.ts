// "Nieuw dossier" saves all four parts or nothing (issue 14): a refusal by a use case at the last
// step — here the assessment's rule of art. 273f Sr — rolls back the dossier, the personal data and
// the signal written before it, and shows the message at the field with the form still filled in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { COOKIE_LOKAAL, csrfTokenVan, maakSessie } from '../../src/web/sessie/sessies.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
let app: ReturnType<typeof createApp>;
let cookie: string;
let csrf: string;

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  app = createApp(t.deps);
  const token = await maakSessie(t.deps, { organisatieId: t.organisatieIds.politie, rol: 'intaker', gebruiker: 'test', weergavenaam: null, gecertificeerd: true }, null);
  cookie = `${COOKIE_LOKAAL}=${token}`;
  csrf = (await csrfTokenVan(t.deps, token))!;
});
afterAll(async () => { await t?.close(); });

const intake = (elementen: string[]) => {
  const f = new URLSearchParams({
    _csrf: csrf, stap: 'controle', actie: 'opslaan',
    nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig',
    'pg.voornamen': 'Akosua', 'pg.geslachtsnaam': 'Darko', 'pg.geboortedatum': '01-01-1990', 'pg.nationaliteit': 'GH', 'pg.vreemdelingennummer': '',
    'signaal.ontvangstdatum': '20-11-2026', 'signaal.bron': 'wijkagent', 'signaal.locatie': 'nederland', 'signaal.uitbuitingsvormen[]': 'arbeid',
    'beoordeling.beoordelingsdatum': '20-11-2026', 'beoordeling.informatiefGesprek.gevoerd': 'nee', 'beoordeling.resultaat': 'vastgesteld',
  });
  for (const e of elementen) f.append('beoordeling.elementen[]', e);
  return f.toString();
};
const opslaan = (body: string) => app.request('http://localhost/dossiers/nieuw', {
  method: 'POST', body, headers: { Cookie: cookie, Origin: 'http://localhost', 'Content-Type': 'application/x-www-form-urlencoded' },
});

describe('nieuw dossier: alles of niets', () => {
  it('een weigering van de beoordeling (geen middel bij een meerderjarige) laat niets achter en toont de melding bij de elementen', async () => {
    const voor = await t.tabeltellingen();
    const r = await opslaan(intake(['handeling', 'oogmerk']));
    const html = await r.text();
    expect(r.status).toBe(422);
    expect(await t.tabeltellingen()).toEqual(voor);
    expect(html).toContain('id="veld-beoordeling-elementen-fout"');
    expect(html).toMatch(/Ontbreekt: middel/);
    // The form is shown again at the assessment step, with what was typed carried along.
    expect(html).toContain('Stap 4 van 5: Beoordeling');
    expect(html).toContain('name="pg.geslachtsnaam" value="Darko"');
    expect(html).toMatch(/value="handeling" checked/);
  });

  it('met alle drie de elementen: dossier, persoonsgegevens, signaal en beoordeling samen', async () => {
    const voor = await t.tabeltellingen();
    const r = await opslaan(intake(['handeling', 'middel', 'oogmerk']));
    expect(r.status, (await r.clone().text()).slice(0, 400)).toBe(303);
    expect(r.headers.get('location')).toMatch(/^\/dossiers\/[0-9a-f-]{36}\?gedaan=geregistreerd$/);
    const na = await t.tabeltellingen();
    for (const tabel of ['dossiers', 'persoonsgegevens', 'signalen', 'beoordelingen']) expect(na[tabel], tabel).toBe(voor[tabel]! + 1);
  });
});
