// URL manipulation in the browser (issue 15, Done when): every page route with an id in its path
// (the routers in src/web: dossier, its action forms, bedenktijd, Postvak, referral, location),
// opened by an organisation of a type that holds the permission but has no relation to the object,
// is the 404 page — with nothing of the other organisation's data in it; the owner gets the page
// (so the 404 comes from the object check, docs/toegangsmodel.md). axe-core on every 404 page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { maakOrganisatie } from '../../src/beheer/beheer.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startWebserver, type Webserver } from '../support/webserver.js';
import { startChromium } from '../support/browser.js';
import { bewaak, meldAan, toegankelijk } from './hulp.js';

let t: TestApp;
let w: Webserver;
let browser: Browser;
const geheim: string[] = [];
let gevallen: Array<{ pad: string; eigenaar: [string, string]; ander: [string, string] }> = [];

async function dossierMetBedenktijd(politie: string, vnummer: string, aanvaard: boolean) {
  const d = (await t.verzoek('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } })).body;
  await t.verzoek('PUT', `/v1/dossiers/${d.id}/persoonsgegevens`, { sleutel: politie, body: { voornamen: 'Ama', geslachtsnaam: 'Mensah', geboortedatum: '1991-04-02', nationaliteit: 'GH', vreemdelingennummer: vnummer, geslacht: 'vrouw', talen: ['en'] } });
  const b = (await t.verzoek('POST', `/v1/dossiers/${d.id}/beoordelingen`, { sleutel: politie, body: {
    beoordelingsdatum: '2026-11-16', informatiefGesprek: { gevoerd: true, datum: '2026-11-16' }, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
  } })).body;
  const bt = (await t.verzoek('POST', `/v1/dossiers/${d.id}/bedenktijden`, { sleutel: politie, body: { aanbiedingsdatum: '2026-11-16', beoordelingId: b.id } })).body;
  expect(bt.id).toBeTruthy();
  if (aanvaard) {
    const r = await t.verzoek('POST', `/v1/bedenktijden/${bt.id}/reactie`, { sleutel: politie, body: { reactie: 'aanvaard', datum: '2026-11-16', opvangGewenst: false } });
    expect(r.status).toBe(200);
  }
  geheim.push(d.dossiernummer, vnummer);
  return { dossierId: d.id as string, bedenktijdId: bt.id as string };
}

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-16T10:00:00Z' });
  w = await startWebserver(t);
  browser = await startChromium();
  const politie = t.sleutel('politie', 'intaker');
  // Dossier A: bedenktijd accepted, so the IND received an M55 and may record a residence decision.
  const a = await dossierMetBedenktijd(politie, '5234567890', true);
  // Dossier B: bedenktijd still open, so its reaction and ending forms exist for the owner.
  const b = await dossierMetBedenktijd(politie, '6234567890', false);
  geheim.push('Mensah');
  const m55 = (await t.verzoek('GET', '/v1/kennisgevingen?soort=m55_bedenktijd', { sleutel: t.sleutel('ind', 'ind_medewerker') })).body.kennisgevingen[0];
  const v = (await t.verzoek('POST', `/v1/dossiers/${a.dossierId}/verwijzingen`, {
    sleutel: politie, body: { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Onderdak nodig vanavond.', urgentie: 'hoog', toestemming: 'ja' },
  })).body;
  const locatie = (await t.verzoek('POST', '/v1/opvanglocaties', { sleutel: t.sleutel('opvang', 'opvangmedewerker'), body: { naam: 'Noord Geheim Huis', soort: 'cosm', capaciteit: 2 } })).body;
  geheim.push('Noord Geheim Huis', 'Onderdak nodig vanavond.');
  // Organisations of the same types without any relation to these objects (the demo page lists them).
  await maakOrganisatie(t.deps, 'Politie Tweede', 'politie');
  await maakOrganisatie(t.deps, 'IND Tweede', 'ind');
  await maakOrganisatie(t.deps, 'Opvang Zuid', 'opvang');
  await maakOrganisatie(t.deps, 'Zorg Tweede', 'zorg');

  const politieEigen: [string, string] = ['Intaker', 'Politie Eenheid Amsterdam (TMM)'];
  const politieAnder: [string, string] = ['Intaker', 'Politie Tweede'];
  const A = `/dossiers/${a.dossierId}`;
  gevallen = [
    // src/web/dossier/dossier.tsx and the action forms of src/web/dossier/acties.tsx
    ...['', '/signalen/nieuw', '/beoordelingen/nieuw', '/bedenktijd-adviezen/nieuw', '/strafrechtelijke-gebeurtenissen/nieuw', '/verwijzingen/nieuw']
      .map((p) => ({ pad: `${A}${p}`, eigenaar: politieEigen, ander: politieAnder })),
    { pad: `/dossiers/${b.dossierId}/bedenktijden/nieuw`, eigenaar: politieEigen, ander: politieAnder },
    { pad: `/bedenktijden/${b.bedenktijdId}/reactie`, eigenaar: politieEigen, ander: politieAnder },
    { pad: `/bedenktijden/${b.bedenktijdId}/beeindiging`, eigenaar: politieEigen, ander: politieAnder },
    // src/web/verblijf/verblijf.tsx: another IND organisation
    { pad: `${A}/verblijfsbesluiten/nieuw`, eigenaar: ['IND-medewerker', 'IND'], ander: ['IND-medewerker', 'IND Tweede'] },
    { pad: `${A}`, eigenaar: ['IND-medewerker', 'IND'], ander: ['IND-medewerker', 'IND Tweede'] },
    // src/web/postvak/kennisgeving.tsx
    { pad: `/postvak/${m55.id}`, eigenaar: ['IND-medewerker', 'IND'], ander: ['IND-medewerker', 'IND Tweede'] },
    // src/web/verwijzingen/verwijzing.tsx: another shelter, another care coordinator
    { pad: `/verwijzingen/${v.id}`, eigenaar: ['Opvangmedewerker', 'COSM-opvang Noord'], ander: ['Opvangmedewerker', 'Opvang Zuid'] },
    { pad: `/verwijzingen/${v.id}`, eigenaar: politieEigen, ander: ['Zorgcoördinator', 'Zorg Tweede'] },
    { pad: `${A}`, eigenaar: ['Opvangmedewerker', 'COSM-opvang Noord'], ander: ['Opvangmedewerker', 'Opvang Zuid'] },
    // src/web/locaties/locaties.tsx
    { pad: `/locaties/${locatie.id}/wijzigen`, eigenaar: ['Opvangmedewerker', 'COSM-opvang Noord'], ander: ['Opvangmedewerker', 'Opvang Zuid'] },
  ];
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
  await t?.close();
});

/** Signs in as each (role, organisation) once and opens its pages, in order. */
async function perAanmelding(page: Page, kies: (g: (typeof gevallen)[number]) => [string, string], stap: (pad: string) => Promise<void>) {
  const groepen = new Map<string, string[]>();
  for (const g of gevallen) {
    const sleutel = JSON.stringify(kies(g));
    groepen.set(sleutel, [...(groepen.get(sleutel) ?? []), g.pad]);
  }
  for (const [sleutel, paden] of groepen) {
    const [rol, organisatie] = JSON.parse(sleutel) as [string, string];
    await meldAan(page, w.url, rol, organisatie);
    for (const pad of paden) await stap(pad);
  }
}

describe('URL-manipulatie: elke pagina met een id in de URL', () => {
  it('de eigen organisatie opent elke pagina (200)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await perAanmelding(page, (g) => g.eigenaar, async (pad) => {
      expect((await page.goto(`${w.url}${pad}`))?.status(), pad).toBe(200);
    });
    await context.close();
  }, 180_000);

  it('een organisatie van hetzelfde type zonder relatie krijgt 404, zonder iets van de ander in de pagina', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    const voor = await t.tabeltellingen();
    await perAanmelding(page, (g) => g.ander, async (pad) => {
      expect((await page.goto(`${w.url}${pad}`))?.status(), pad).toBe(404);
      expect(await page.locator('h1').textContent(), pad).toBe('Niet gevonden');
      const html = await page.content();
      for (const s of geheim) expect(html, `${pad} bevat ${s}`).not.toContain(s);
      await toegankelijk(page, `niet gevonden: ${pad}`);
    });
    // Signing in writes a session and audit lines (a first sign-in starts the organisation's audit
    // chain); no other table changed.
    const buiten = { auditregels: 0, audit_ketens: 0, verwerkingen: 0, websessies: 0 };
    expect({ ...await t.tabeltellingen(), ...buiten }).toEqual({ ...voor, ...buiten });
    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
  }, 180_000);
});
