// The intaker's day in a real browser (issue 14, Done when): sign in with a demo account, register
// a person through the guided flow, establish the assessment, offer the bedenktijd, record the
// acceptance, see the deadline on Mijn werk with the right days left, sign out — with the mouse,
// by keyboard only, and with JavaScript off. axe-core (WCAG 2.1 A/AA) on every page in its empty,
// filled and error state; no request to another origin; no CSP violation.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startWebserver, type Webserver } from '../support/webserver.js';
import { startChromium } from '../support/browser.js';
import { bewaak, toegankelijk } from './hulp.js';

let t: TestApp;
let w: Webserver;
let browser: Browser;

beforeAll(async () => {
  // Today is 20 November 2026; the victim was met on 22 August and accepted that day, so the
  // bedenktijd runs through 22 November (B8/3: three months): 2 days left.
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  w = await startWebserver(t);
  browser = await startChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
  await t?.close();
});

interface Persoon { voornaam: string; achternaam: string; vnummer: string }

type Stappen = {
  naar(page: Page, pad: string): Promise<void>;
  klik(page: Page, rol: 'button' | 'link', naam: string | RegExp): Promise<void>;
  kiesRondje(page: Page, naam: string, waarde: string): Promise<void>;
  vink(page: Page, naam: string, waarde: string): Promise<void>;
  typ(page: Page, naam: string, tekst: string): Promise<void>;
  selecteer(page: Page, naam: string, waarde: string): Promise<void>;
};

const id = (naam: string) => `#veld-${naam.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const muis: Stappen = {
  naar: async (page, pad) => { await page.goto(`${w.url}${pad}`); },
  klik: async (page, rol, naam) => { await page.getByRole(rol, { name: naam, exact: typeof naam === 'string' }).first().click(); },
  kiesRondje: async (page, naam, waarde) => { await page.locator(`input[type=radio][name="${naam}"][value="${waarde}"]`).check(); },
  vink: async (page, naam, waarde) => { await page.locator(`input[type=checkbox][name="${naam}[]"][value="${waarde}"]`).check(); },
  typ: async (page, naam, tekst) => { await page.locator(id(naam)).fill(tekst); },
  selecteer: async (page, naam, waarde) => { await page.locator(id(naam)).selectOption(waarde); },
};

/** Presses Tab until the focused element matches (the keyboard user's way); fails after many presses. */
async function tabNaar(page: Page, selector: string) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`niet bereikbaar met Tab: ${selector}`);
}

const toetsenbord: Stappen = {
  naar: async (page, pad) => { await page.goto(`${w.url}${pad}`); },
  klik: async (page, rol, naam) => {
    const el = page.getByRole(rol, { name: naam, exact: typeof naam === 'string' }).first();
    await el.evaluate((e) => e.setAttribute('data-doel', '1'));
    await tabNaar(page, '[data-doel="1"]');
    // Every link and button of the scenario leads to a new page: wait for it before the next key.
    const navigatie = page.waitForEvent('framenavigated');
    await page.keyboard.press('Enter');
    await navigatie;
    await page.waitForLoadState('load');
  },
  kiesRondje: async (page, naam, waarde) => {
    await tabNaar(page, `input[type=radio][name="${naam}"]`);
    for (let i = 0; i < 20; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, `input[name="${naam}"][value="${waarde}"]`)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    expect(await page.locator(`input[type=radio][name="${naam}"][value="${waarde}"]`).isChecked()).toBe(true);
  },
  vink: async (page, naam, waarde) => {
    await tabNaar(page, `input[type=checkbox][name="${naam}[]"][value="${waarde}"]`);
    await page.keyboard.press('Space');
  },
  typ: async (page, naam, tekst) => {
    await tabNaar(page, id(naam));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(tekst);
  },
  selecteer: async (page, naam, waarde) => {
    await tabNaar(page, id(naam));
    for (let i = 0; i < 400; i++) {
      if (await page.locator(id(naam)).inputValue() === waarde) return;
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`${waarde} niet gekozen in ${naam}`);
  },
};

async function scenario(page: Page, s: Stappen, p: Persoon, opties: { axe: boolean; schermafbeeldingen?: boolean }) {
  const axe = async (wat: string) => { if (opties.axe) await toegankelijk(page, wat); };
  const { vreemd, cspMeldingen } = bewaak(page, w.url);

  // Sign in through the demo page.
  await s.naar(page, '/');
  expect(new URL(page.url()).pathname).toBe('/aanmelden');
  await axe('aanmeldpagina');
  await s.klik(page, 'button', 'Aanmelden als Intaker bij Politie Eenheid Amsterdam (TMM)');
  await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn werk');
  await axe('Mijn werk (leeg)');

  // Nieuw dossier, step 1 — first without a choice: the error state.
  await s.klik(page, 'link', 'Nieuw dossier');
  await axe('nieuw dossier, stap 1 (leeg)');
  await s.klik(page, 'button', 'Volgende stap');
  await expect.poll(() => page.locator('.nrm-foutoverzicht').textContent()).toContain('Maak een keuze.');
  expect(await page.title()).toMatch(/^Fout: /);
  await axe('nieuw dossier, stap 1 (fout)');
  await s.kiesRondje(page, 'nationaliteitCategorie', 'derdelander');
  await s.kiesRondje(page, 'verblijfssituatie', 'geen_rechtmatig_verblijf');
  await s.kiesRondje(page, 'leeftijdscategorie', 'meerderjarig');
  await axe('nieuw dossier, stap 1 (ingevuld)');
  await s.klik(page, 'button', 'Volgende stap');

  // Step 2: personal data — an invalid V-number first (the field keeps what was typed).
  await expect.poll(() => page.locator('h2').first().textContent()).toContain('Persoonsgegevens');
  await s.typ(page, 'pg.voornamen', p.voornaam);
  await s.typ(page, 'pg.geslachtsnaam', p.achternaam);
  await s.typ(page, 'pg.geboortedatum', '02-04-1999');
  await s.selecteer(page, 'pg.nationaliteit', 'GH');
  await s.typ(page, 'pg.vreemdelingennummer', '12345');
  await s.kiesRondje(page, 'pg.geslacht', 'vrouw');
  await s.vink(page, 'pg.talen', 'en');
  await s.klik(page, 'button', 'Volgende stap');
  await expect.poll(() => page.locator(`${id('pg.vreemdelingennummer')}-fout`).textContent()).toContain('10 cijfers');
  expect(await page.locator(id('pg.geslachtsnaam')).inputValue()).toBe(p.achternaam);
  await axe('nieuw dossier, stap 2 (fout)');
  await s.typ(page, 'pg.vreemdelingennummer', p.vnummer);
  await s.klik(page, 'button', 'Volgende stap');

  // Step 3: the signal.
  await expect.poll(() => page.locator('h2').first().textContent()).toContain('Signaal');
  await s.typ(page, 'signaal.ontvangstdatum', '22-08-2026');
  await s.selecteer(page, 'signaal.bron', 'slachtoffer_zelf');
  await s.vink(page, 'signaal.uitbuitingsvormen', 'seksueel');
  await s.kiesRondje(page, 'signaal.locatie', 'nederland');
  await s.vink(page, 'signaal.indicatoren', 'gebruik_geweld');
  await s.selecteer(page, 'signaal.weging', 'politie_digw:sterk');
  await axe('nieuw dossier, stap 3 (ingevuld)');
  await s.klik(page, 'button', 'Volgende stap');

  // Step 4: the assessment with the three elements of art. 273f Sr.
  await expect.poll(() => page.locator('h2').first().textContent()).toContain('Beoordeling');
  await s.typ(page, 'beoordeling.beoordelingsdatum', '22-08-2026');
  await s.kiesRondje(page, 'beoordeling.informatiefGesprek.gevoerd', 'ja');
  await s.typ(page, 'beoordeling.informatiefGesprek.datum', '22-08-2026');
  await s.vink(page, 'beoordeling.elementen', 'handeling');
  await s.vink(page, 'beoordeling.elementen', 'middel');
  await s.vink(page, 'beoordeling.elementen', 'oogmerk');
  await s.kiesRondje(page, 'beoordeling.resultaat', 'vastgesteld');
  await s.klik(page, 'button', 'Volgende stap');

  // Step 5: the summary — labels, never codes — then save.
  await expect.poll(() => page.locator('h2').first().textContent()).toContain('Controleren en opslaan');
  const samenvatting = await page.locator('main').textContent();
  expect(samenvatting).toContain('Ghana');
  expect(samenvatting).toContain('Derdelander (buiten de EU/EER/Zwitserland)');
  expect(samenvatting).not.toContain('geen_rechtmatig_verblijf');
  await axe('nieuw dossier, samenvatting');
  await s.klik(page, 'button', 'Opslaan');

  // The dossier page: established, and on the alert list of Mijn werk until an offer follows.
  await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Dossier NRM-2026-\d{6}$/);
  const dossiernummer = (await page.locator('h1').textContent())!.replace('Dossier ', '');
  expect(await page.locator('main').textContent()).toContain('Vermoedelijk slachtoffer');
  await axe('dossierpagina (nieuw)');
  await s.klik(page, 'link', 'Mijn werk');
  await expect.poll(() => page.locator('#signaleringen-kop + div').textContent()).toContain(dossiernummer);
  await axe('Mijn werk (gevuld)');
  await s.klik(page, 'link', dossiernummer);

  // Offer the bedenktijd on the established assessment, then record the acceptance.
  await s.klik(page, 'link', 'Bedenktijd aanbieden');
  await axe('aanbod (leeg)');
  await s.typ(page, 'aanbiedingsdatum', '22-08-2026');
  await s.klik(page, 'button', 'Bedenktijd aanbieden');
  await expect.poll(() => page.locator('main').textContent()).toContain('Aangeboden, wacht op antwoord');
  await s.klik(page, 'link', 'Reactie vastleggen');
  await s.klik(page, 'button', 'Reactie opslaan');
  await expect.poll(() => page.locator('.nrm-foutoverzicht').count()).toBe(1);
  await axe('reactie (fout)');
  await s.kiesRondje(page, 'reactie', 'aanvaard');
  await s.typ(page, 'datum', '22-08-2026');
  await s.kiesRondje(page, 'opvangGewenst', 'ja');
  await s.klik(page, 'button', 'Reactie opslaan');
  await expect.poll(() => page.locator('#bedenktijd').textContent()).toContain('Loopt tot en met22 november 2026');
  expect(await page.locator('#bedenktijd').textContent()).toContain('nog 2 dagen');
  await axe('dossierpagina (bedenktijd loopt)');
  if (opties.schermafbeeldingen) {
    mkdirSync('docs', { recursive: true });
    await page.screenshot({ path: 'docs/webapp-dossier.png', fullPage: true });
  }

  // Mijn werk: the deadline with the right days left, emphasised (≤ 3 days).
  await s.klik(page, 'link', 'Mijn werk');
  const rij = page.locator('#bedenktijden-kop + div tr', { hasText: dossiernummer });
  await expect.poll(() => rij.textContent()).toContain('nog 2 dagen');
  expect(await rij.textContent()).toContain('22 november 2026');
  expect(await rij.locator('.nrm-termijn--dringend').count()).toBe(1);
  expect(await page.locator('#signaleringen-kop + *').textContent()).not.toContain(dossiernummer);
  if (opties.schermafbeeldingen) await page.screenshot({ path: 'docs/webapp-mijn-werk.png', fullPage: true });

  // Sign out: back on the sign-in page; Mijn werk asks to sign in again.
  await s.klik(page, 'button', 'Afmelden');
  await expect.poll(() => new URL(page.url()).pathname).toBe('/aanmelden');
  expect(await page.locator('main').textContent()).toContain('U bent afgemeld.');
  await s.naar(page, '/');
  expect(new URL(page.url()).pathname).toBe('/aanmelden');

  expect(vreemd, 'verzoeken naar een andere origin').toEqual([]);
  expect(cspMeldingen, 'CSP-overtredingen').toEqual([]);
  return dossiernummer;
}

describe('de intaker in de browser', () => {
  it('met de muis: aanmelden, registreren, vaststellen, aanbieden, aanvaarden, termijn op Mijn werk, afmelden', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await scenario(page, muis, { voornaam: 'Ama', achternaam: 'Mensah', vnummer: '1234567890' }, { axe: true, schermafbeeldingen: process.env.SCHERMAFBEELDINGEN === '1' });
    await context.close();
  }, 120_000);

  it('alleen met het toetsenbord', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await scenario(page, toetsenbord, { voornaam: 'Efua', achternaam: 'Owusu', vnummer: '2234567890' }, { axe: false });
    await context.close();
  }, 180_000);

  it('zonder JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await scenario(page, muis, { voornaam: 'Abena', achternaam: 'Boateng', vnummer: '3234567890' }, { axe: false });
    await context.close();
  }, 120_000);
});

describe('toegankelijkheid van de overige pagina\'s: leeg, ingevuld en met fouten', () => {
  it('zoeken, help, elk actieformulier, de weigerings- en niet-gevonden-pagina: 0 overtredingen van WCAG 2.1 A/AA', async () => {
    // A dossier with an established assessment and a running bedenktijd, through the API.
    const politie = t.sleutel('politie', 'intaker');
    const d = (await t.verzoek('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } })).body;
    await t.verzoek('PUT', `/v1/dossiers/${d.id}/persoonsgegevens`, { sleutel: politie, body: { voornamen: 'Yaw', geslachtsnaam: 'Mensah', geboortedatum: '1995-05-05', nationaliteit: 'GH', vreemdelingennummer: '9234567890', geslacht: 'man', talen: ['en'] } });
    const b = (await t.verzoek('POST', `/v1/dossiers/${d.id}/beoordelingen`, { sleutel: politie, body: {
      beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' }, elementen: { handeling: true, middel: true, oogmerk: true },
      indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
    } })).body;
    const bt = (await t.verzoek('POST', `/v1/dossiers/${d.id}/bedenktijden`, { sleutel: politie, body: { aanbiedingsdatum: '2026-11-20', beoordelingId: b.id } })).body;
    await t.verzoek('POST', `/v1/bedenktijden/${bt.id}/reactie`, { sleutel: politie, body: { reactie: 'aanvaard', datum: '2026-11-20', opvangGewenst: true } });

    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    const meldAanAls = async (knop: string) => {
      await page.goto(`${w.url}/aanmelden`);
      await page.getByRole('button', { name: knop, exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn werk');
    };
    await meldAanAls('Aanmelden als Intaker bij Politie Eenheid Amsterdam (TMM)');

    await page.goto(`${w.url}/help`);
    await toegankelijk(page, 'help');
    await page.goto(`${w.url}/zoeken`);
    await toegankelijk(page, 'zoeken (leeg)');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => page.locator('.nrm-foutoverzicht').count()).toBe(1);
    await toegankelijk(page, 'zoeken (fout)');
    await page.locator('#veld-geslachtsnaam').fill('Mensah');
    await page.locator('#veld-geboortedatum').fill('05-05-1995');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect.poll(() => page.locator('#treffers-kop').textContent()).toBe('1 dossier gevonden');
    await toegankelijk(page, 'zoeken (gevonden)');

    // Every action form of the police intaker: empty, then sent empty (the error state).
    for (const [pad, knop] of [
      [`/dossiers/${d.id}/signalen/nieuw`, 'Signaal opslaan'],
      [`/dossiers/${d.id}/beoordelingen/nieuw`, 'Beoordeling opslaan'],
      [`/bedenktijden/${bt.id}/beeindiging`, 'Bedenktijd beëindigen'],
      [`/dossiers/${d.id}/strafrechtelijke-gebeurtenissen/nieuw`, 'Gebeurtenis opslaan'],
      [`/dossiers/${d.id}/verwijzingen/nieuw`, 'Verwijzing versturen'],
    ] as const) {
      await page.goto(`${w.url}${pad}`);
      await toegankelijk(page, `${pad} (leeg)`);
      await page.getByRole('button', { name: knop, exact: true }).click();
      await expect.poll(() => page.locator('.nrm-foutoverzicht').count(), { message: pad }).toBe(1);
      await toegankelijk(page, `${pad} (fout)`);
    }
    // A refusal of the use case itself (a rule, not the form): a receiver whose type does not fit the
    // purpose is refused at its field, the form stays filled in, nothing is written.
    await page.goto(`${w.url}/dossiers/${d.id}/verwijzingen/nieuw`);
    await page.locator('input[name="doel"][value="hulpverlening"]').check();
    await page.locator('#veld-ontvangendeOrganisatieId').selectOption({ label: 'Politie Eenheid Rotterdam (TMM)' });
    await page.locator('#veld-reden').fill('Begeleiding.');
    await page.locator('input[name="toestemming"][value="ja"]').check();
    const voor = await t.tabeltellingen();
    await page.getByRole('button', { name: 'Verwijzing versturen', exact: true }).click();
    await expect.poll(() => page.locator('#veld-ontvangendeOrganisatieId-fout').count()).toBe(1);
    expect(await page.locator('#veld-reden').inputValue()).toBe('Begeleiding.');
    expect(await t.tabeltellingen()).toEqual(voor);
    await toegankelijk(page, 'verwijzen (geweigerd door de regel)');

    await page.goto(`${w.url}/dossiers/00000000-0000-4000-8000-000000000000`);
    expect(await page.locator('h1').textContent()).toBe('Niet gevonden');
    await toegankelijk(page, 'niet gevonden');

    // A page the role may not open.
    await meldAanAls('Aanmelden als Analist bij Politie Eenheid Amsterdam (TMM)');
    await toegankelijk(page, 'Mijn werk (analist)');
    await page.goto(`${w.url}/dossiers/nieuw`);
    expect(await page.locator('h1').textContent()).toBe('Geen toegang');
    await toegankelijk(page, 'geen toegang');

    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
  }, 180_000);
});
