// The shelter in the browser (issue 15, Done when): a shelter refuses a COSM referral without a
// reason (the Dutch message at the field, nothing written), accepts it, places the person (the
// location's free places drop by one), ends the placement (they rise again); adds and changes a
// location; the overview in the order of attention; records that a person declines shelter (without a
// reason: the message at the field, nothing written). Another organisation's referral and location are
// 404 by URL. axe-core (WCAG 2.1 A/AA) on every page and state.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { maakOrganisatie, maakSleutel } from '../../src/beheer/beheer.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startWebserver, type Webserver } from '../support/webserver.js';
import { startChromium } from '../support/browser.js';
import { bewaak, meldAan, toegankelijk } from './hulp.js';

let t: TestApp;
let w: Webserver;
let browser: Browser;
let verwijzingId: string;
let dossiernummer: string;
let andereLocatieId: string;
let weigeringVerwijzingId: string;
let weigeringDossiernummer: string;

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  w = await startWebserver(t);
  browser = await startChromium();
  const politie = t.sleutel('politie', 'intaker');
  const d = (await t.verzoek('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } })).body;
  dossiernummer = d.dossiernummer;
  const v = await t.verzoek('POST', `/v1/dossiers/${d.id}/verwijzingen`, {
    sleutel: politie, body: { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Onderdak nodig vanavond.', urgentie: 'hoog', toestemming: 'ja' },
  });
  expect(v.status).toBe(201);
  verwijzingId = v.body.id;
  // A second referral, for declining shelter (the person does not want it).
  const d2 = (await t.verzoek('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' } })).body;
  weigeringDossiernummer = d2.dossiernummer;
  const v2 = await t.verzoek('POST', `/v1/dossiers/${d2.id}/verwijzingen`, {
    sleutel: politie, body: { doel: 'cosm', ontvangendeOrganisatieId: t.organisatieIds.opvang, reden: 'Zoekt een slaapplaats.', urgentie: 'normaal', toestemming: 'ja' },
  });
  expect(v2.status).toBe(201);
  weigeringVerwijzingId = v2.body.id;
  // Another shelter organisation with a location of its own.
  const ander = await maakOrganisatie(t.deps, 'Opvang Zuid', 'opvang');
  const sleutel = (await maakSleutel(t.deps, ander.id, 'opvangmedewerker', 'test')).sleutel;
  andereLocatieId = (await t.verzoek('POST', '/v1/opvanglocaties', { sleutel, body: { naam: 'Zuid 1', soort: 'cosm', capaciteit: 4 } })).body.id;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
  await t?.close();
});

const vrij = (page: Page, locatie: string) => page.locator('tr', { hasText: locatie }).locator('.nrm-label').textContent();

describe('de opvang in de browser', () => {
  it('locatie toevoegen, verwijzing weigeren zonder reden, aanvaarden, plaatsen, beëindigen; 404 voor wat van een ander is', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    await meldAan(page, w.url, 'Opvangmedewerker', 'COSM-opvang Noord');

    // Locaties: add one, first with nothing filled in (the error state).
    await page.getByRole('link', { name: 'Locaties', exact: true }).click();
    await toegankelijk(page, 'Locaties');
    await page.getByRole('button', { name: 'Locatie toevoegen', exact: true }).click();
    expect(await page.locator('.nrm-foutoverzicht').count()).toBe(1);
    await toegankelijk(page, 'Locaties (fout)');
    await page.locator('#veld-naam').fill('Noord Huis A');
    await page.locator('input[name="soort"][value="cosm"]').check();
    await page.locator('#veld-capaciteit').fill('3');
    await page.getByRole('button', { name: 'Locatie toevoegen', exact: true }).click();
    expect(await vrij(page, 'Noord Huis A')).toBe('3 plaatsen vrij');

    // The queue: the referral, open.
    await page.getByRole('link', { name: 'Verwijzingen', exact: true }).click();
    expect(await page.locator('tr', { hasText: dossiernummer }).textContent()).toContain('Open, wacht op antwoord');
    await toegankelijk(page, 'Verwijzingen');
    await page.getByRole('link', { name: dossiernummer, exact: true }).click();
    await toegankelijk(page, 'verwijzing (open)');

    // Refuse without a reason: the message at the field, nothing written.
    const voor = await t.tabeltellingen();
    await page.locator('input[name="besluit"][value="afgewezen"]').check();
    await page.getByRole('button', { name: 'Besluit opslaan', exact: true }).click();
    expect(await page.locator('#veld-afwijzingsreden-fout').textContent()).toContain('Kies de reden van de afwijzing');
    expect(await page.locator('input[name="besluit"][value="afgewezen"]').isChecked()).toBe(true);
    expect(await t.tabeltellingen()).toEqual(voor);
    await toegankelijk(page, 'verwijzing (afwijzing zonder reden)');

    // Accept, then place: the free places drop by one.
    await page.locator('input[name="besluit"][value="aanvaard"]').check();
    await page.getByRole('button', { name: 'Besluit opslaan', exact: true }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('aanvaard');
    expect(await page.locator('main').textContent()).toContain('3 van 3 plaatsen vrij');
    await toegankelijk(page, 'verwijzing (aanvaard)');
    if (process.env.SCHERMAFBEELDINGEN === '1') await page.screenshot({ path: 'docs/webapp-verwijzing.png', fullPage: true });
    await page.getByRole('button', { name: 'Plaatsen', exact: true }).click();
    expect(await page.locator('#veld-opvanglocatieId-fout').count()).toBe(1);
    await page.locator('input[name="opvanglocatieId"]').first().check();
    await page.getByRole('button', { name: 'Plaatsen', exact: true }).click();
    expect(await page.locator('#plaatsing-kop + p').textContent()).toContain('Noord Huis A');
    await toegankelijk(page, 'verwijzing (geplaatst)');
    await page.goto(`${w.url}/locaties`);
    expect(await vrij(page, 'Noord Huis A')).toBe('2 plaatsen vrij');
    if (process.env.SCHERMAFBEELDINGEN === '1') {
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: 'docs/webapp-locaties.png', fullPage: true });
    }
    await page.getByRole('link', { name: 'Overzicht', exact: true }).click();
    expect(await page.locator('tr', { hasText: dossiernummer }).textContent()).toContain('Noord Huis A');
    await toegankelijk(page, 'Overzicht');

    // End the placement with its reason: the place is free again.
    await page.goto(`${w.url}/verwijzingen/${verwijzingId}`);
    await page.getByRole('button', { name: 'Plaatsing beëindigen', exact: true }).click();
    expect(await page.locator('#veld-reden-fout').count()).toBe(1);
    await toegankelijk(page, 'plaatsing beëindigen (fout)');
    await page.locator('input[name="reden"][value="doorstroom"]').check();
    await page.getByRole('button', { name: 'Plaatsing beëindigen', exact: true }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('beëindigd');
    await page.goto(`${w.url}/locaties`);
    expect(await vrij(page, 'Noord Huis A')).toBe('3 plaatsen vrij');

    // Change the location: not below the occupancy, a name is required.
    await page.getByRole('link', { name: 'Wijzigen Noord Huis A', exact: true }).click();
    await page.locator('#veld-naam').fill('');
    await page.getByRole('button', { name: 'Wijziging opslaan', exact: true }).click();
    expect(await page.locator('#veld-naam-fout').count()).toBe(1);
    await toegankelijk(page, 'locatie wijzigen (fout)');
    await page.locator('#veld-naam').fill('Noord Huis B');
    await page.locator('#veld-capaciteit').fill('5');
    await page.getByRole('button', { name: 'Wijziging opslaan', exact: true }).click();
    expect(await vrij(page, 'Noord Huis B')).toBe('5 plaatsen vrij');

    // Another organisation's location has no page here (it is listed, with its free places).
    expect(await vrij(page, 'Zuid 1')).toBe('4 plaatsen vrij');
    expect((await page.goto(`${w.url}/locaties/${andereLocatieId}/wijzigen`))?.status()).toBe(404);
    await toegankelijk(page, 'niet gevonden');

    // An organisation that neither sent nor received the referral: 404.
    await meldAan(page, w.url, 'Zorgcoördinator', 'Zorgcoördinatie Amsterdam');
    expect((await page.goto(`${w.url}/verwijzingen/${verwijzingId}`))?.status()).toBe(404);
    await page.goto(`${w.url}/overzicht`);
    await toegankelijk(page, 'Overzicht (zorgcoördinator, leeg)');

    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
  }, 180_000);

  it('de verwijzer vindt het besluit in zijn Postvak, in woorden (geen codes)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await meldAan(page, w.url, 'Intaker', 'Politie Eenheid Amsterdam (TMM)');
    await page.goto(`${w.url}/postvak?soort=verwijzing_besluit`);
    await page.locator('main table a', { hasText: 'Besluit op verwijzing' }).first().click();
    const tekst = (await page.locator('main').textContent())!;
    expect(tekst).toContain('Categorale opvang (COSM)');
    expect(tekst).toContain('Aanvaard');
    expect(tekst).toContain('Ontvangende organisatie');
    expect(tekst).not.toMatch(/\bcosm\b|ontvangendeOrganisatie/);
    await toegankelijk(page, 'kennisgeving (besluit op verwijzing)');
    await context.close();
  }, 60_000);

  it('opvang weigeren: zonder reden de melding bij het veld en niets geschreven; met reden vastgelegd, plaatsen kan dan niet meer', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    await meldAan(page, w.url, 'Opvangmedewerker', 'COSM-opvang Noord');
    await page.getByRole('link', { name: 'Verwijzingen', exact: true }).click();
    await page.getByRole('link', { name: weigeringDossiernummer, exact: true }).click();
    expect(page.url()).toContain(`/verwijzingen/${weigeringVerwijzingId}`);
    await toegankelijk(page, 'verwijzing (open, opvang weigeren)');

    // Without a reason: the Dutch message at the field, nothing written.
    const voor = await t.tabeltellingen();
    await page.getByRole('button', { name: 'Opvangweigering vastleggen', exact: true }).click();
    expect(await page.locator('#veld-reden-fout').textContent()).toContain('Vul dit veld in');
    expect(await page.locator('.nrm-foutoverzicht').count()).toBe(1);
    const na = await t.tabeltellingen();
    // Showing the referral again is an audited read, nothing else.
    expect({ ...na, auditregels: 0, verwerkingen: 0 }).toEqual({ ...voor, auditregels: 0, verwerkingen: 0 });
    await toegankelijk(page, 'opvang weigeren (zonder reden)');

    // With a reason: recorded, shown on the referral; no placing form any more.
    await page.locator('#veld-reden').fill('Verblijft bij een kennis in Utrecht.');
    await page.getByRole('button', { name: 'Opvangweigering vastleggen', exact: true }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Vastgelegd dat de persoon geen opvang wil');
    const tekst = (await page.locator('main').textContent())!;
    expect(tekst).toContain('Opvang geweigerd');
    expect(tekst).toContain('Verblijft bij een kennis in Utrecht.');
    expect(await page.getByRole('button', { name: 'Plaatsen', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Opvangweigering vastleggen', exact: true }).count()).toBe(0);
    await toegankelijk(page, 'verwijzing (opvang geweigerd)');
    const api = await t.verzoek('GET', `/v1/verwijzingen/${weigeringVerwijzingId}`, { sleutel: t.sleutel('opvang', 'opvangmedewerker') });
    expect(api.body.opvangGeweigerd).toBe(true);

    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
  }, 120_000);
});
