// The auditor and the beheerder in the browser (issue 15, Done when): the auditor sees a dossier's
// audit trail and processing log and verifies the chains; axe-core (WCAG 2.1 A/AA) on every page and
// state.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startWebserver, type Webserver } from '../support/webserver.js';
import { startChromium } from '../support/browser.js';
import { bewaak, meldAan, toegankelijk } from './hulp.js';

let t: TestApp;
let w: Webserver;
let browser: Browser;
let dossierId: string;

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-20T10:00:00Z' });
  w = await startWebserver(t);
  browser = await startChromium();
  const politie = t.sleutel('politie', 'intaker');
  dossierId = (await t.verzoek('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } })).body.id;
  await t.verzoek('PUT', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: politie, body: { voornamen: 'Ama', geslachtsnaam: 'Owusu', geboortedatum: '1990-03-01', nationaliteit: 'GH', vreemdelingennummer: '5234567890', geslacht: 'vrouw', talen: ['en'] } });
  await t.verzoek('GET', `/v1/dossiers/${dossierId}/persoonsgegevens`, { sleutel: politie });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
  await t?.close();
});

describe('de auditor', () => {
  it('ziet per dossier de audittrail en het logboek van dataverwerkingen, en controleert de ketens', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    await meldAan(page, w.url, 'Auditor', 'NRM Beheer');
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await toegankelijk(page, 'Audit (leeg)');
    await page.locator('#veld-dossierId').fill('geen-id');
    await page.getByRole('button', { name: 'Tonen', exact: true }).click();
    expect(await page.locator('#veld-dossierId-fout').count()).toBe(1);
    await toegankelijk(page, 'Audit (fout)');
    await page.locator('#veld-dossierId').fill(dossierId);
    await page.getByRole('button', { name: 'Tonen', exact: true }).click();
    const trail = (await page.locator('#audittrail-kop + div').textContent())!;
    expect(trail).toContain('Dossier geregistreerd');
    expect(trail).toContain('Persoonsgegevens gelezen');
    expect(trail).toContain('Politie Eenheid Amsterdam (TMM)');
    const log = (await page.locator('#verwerkingen-kop + div').textContent())!;
    expect(log).toContain('Politie Eenheid Amsterdam (TMM)');
    expect(log).toContain('Intaker');
    await toegankelijk(page, 'Audit (dossier)');
    if (process.env.SCHERMAFBEELDINGEN === '1') {
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: 'docs/webapp-audit.png', fullPage: true });
    }
    // No dossier page for the auditor.
    expect((await page.goto(`${w.url}/dossiers/${dossierId}`))?.status()).toBe(403);

    await page.goto(`${w.url}/audit`);
    await page.getByRole('link', { name: 'Ketens van de audittrail controleren', exact: true }).click();
    await toegankelijk(page, 'Controle (voor)');
    await page.getByRole('button', { name: 'Ketens controleren', exact: true }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('Alle ketens zijn in orde');
    await toegankelijk(page, 'Controle (uitslag)');
    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('de beheerder', () => {
  it('maakt een sleutel (één keer getoond), de sleutel werkt; trekt hem in en de API antwoordt 401; jobs één keer uitvoeren', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    await meldAan(page, w.url, 'Beheerder', 'NRM Beheer');
    await page.getByRole('link', { name: 'Organisaties en sleutels', exact: true }).click();
    await toegankelijk(page, 'Beheer');
    // Without a choice: the messages at the fields.
    await page.getByRole('button', { name: 'Sleutel aanmaken', exact: true }).click();
    expect(await page.locator('#veld-organisatieId-fout').count()).toBe(1);
    await toegankelijk(page, 'Beheer (fout)');
    // A role that does not fit the organisation's type.
    await page.locator('#veld-organisatieId').selectOption({ label: 'IND (Immigratie- en Naturalisatiedienst)' });
    await page.locator('#veld-rol').selectOption('intaker');
    await page.getByRole('button', { name: 'Sleutel aanmaken', exact: true }).click();
    expect(await page.locator('#veld-rol-fout').textContent()).toContain('past niet');
    await page.locator('#veld-organisatieId').selectOption({ label: 'IND (Immigratie- en Naturalisatiedienst)' });
    await page.locator('#veld-rol').selectOption('ind_medewerker');
    await page.locator('#veld-omschrijving').fill('Zaaksysteem IND (browsertest)');
    await page.getByRole('button', { name: 'Sleutel aanmaken', exact: true }).click();
    const sleutel = (await page.locator('#nieuwe-sleutel').textContent())!.trim();
    expect(sleutel.length).toBeGreaterThan(20);
    await toegankelijk(page, 'Beheer (nieuwe sleutel)');
    expect((await t.verzoek('GET', '/v1/kennisgevingen', { sleutel })).status).toBe(200);
    // Shown once: the list does not show it again.
    await page.goto(`${w.url}/beheer`);
    expect(await page.content()).not.toContain(sleutel);
    // Revoke: the API refuses the key.
    await page.getByRole('button', { name: /^Intrekken Zaaksysteem IND \(browsertest\)/ }).click();
    expect(await page.locator('[role=status]').textContent()).toContain('ingetrokken');
    expect(await page.locator('tr', { hasText: 'Zaaksysteem IND (browsertest)' }).textContent()).toContain('Ingetrokken op');
    const r = await t.verzoek('GET', '/v1/kennisgevingen', { sleutel });
    expect(r.status).toBe(401);
    if (process.env.SCHERMAFBEELDINGEN === '1') await page.screenshot({ path: 'docs/webapp-beheer.png', fullPage: true });
    // Audited as the beheerder (not as the command-line tool).
    const regels = (await t.verzoek('GET', '/v1/auditregels', { sleutel: t.sleutel('beheer', 'auditor') })).body.auditregels as Array<{ actie: string; rol: string }>;
    expect(regels.filter((x) => x.actie.startsWith('api_sleutel.') && x.rol === 'beheerder').map((x) => x.actie)).toEqual(['api_sleutel.aangemaakt', 'api_sleutel.ingetrokken']);

    // A webhook subscription of the IND, shown to the beheerder with its state.
    expect((await t.verzoek('POST', '/v1/abonnementen', { sleutel: t.sleutel('ind', 'ind_medewerker'), body: { callbackUrl: 'https://ontvanger.ind.example.nl/nrm', soorten: ['m55_bedenktijd'] } })).status).toBe(201);
    await page.getByRole('link', { name: 'Jobs en webhooks', exact: true }).click();
    expect(await page.locator('#abonnementen-kop + div').textContent()).toContain('https://ontvanger.ind.example.nl/nrm');
    await toegankelijk(page, 'Jobs');
    await page.getByRole('button', { name: 'Alle jobs één keer uitvoeren', exact: true }).click();
    expect(await page.locator('#rapport-kop + div').textContent()).toContain('Alle jobs zijn uitgevoerd');
    await toegankelijk(page, 'Jobs (rapport)');
    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
  }, 120_000);
});

describe('de analist', () => {
  it('ziet alleen tellingen (kleine aantallen onderdrukt), met labels; nooit een dossier', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await meldAan(page, w.url, 'Analist', 'Politie Eenheid Amsterdam (TMM)');
    await page.getByRole('link', { name: 'Statistieken', exact: true }).click();
    const tekst = (await page.locator('main').textContent())!;
    expect(tekst).toContain('Derdelander');
    expect(tekst).toContain('Minder dan 5 (niet getoond)');
    expect(tekst).not.toContain('derdelander');
    expect(await page.locator('main a[href^="/dossiers/"]').count()).toBe(0);
    await toegankelijk(page, 'Statistieken');
    if (process.env.SCHERMAFBEELDINGEN === '1') await page.screenshot({ path: 'docs/webapp-statistieken.png', fullPage: true });
    expect((await page.goto(`${w.url}/dossiers/${dossierId}`))?.status()).toBe(403);
    // The monitor: the funnel and the durations (aggregates only).
    await page.goto(`${w.url}/`);
    await page.getByRole('link', { name: 'Monitor', exact: true }).click();
    expect(await page.locator('#trechter-kop + div').textContent()).toContain('Dossiers met een signaal');
    expect(await page.locator('main a[href^="/dossiers/"]').count()).toBe(0);
    await toegankelijk(page, 'Monitor');
    if (process.env.SCHERMAFBEELDINGEN === '1') await page.screenshot({ path: 'docs/webapp-monitor.png', fullPage: true });
    await page.goto(`${w.url}/monitor?jaar=vorig`);
    expect(await page.locator('#veld-jaar-fout').count()).toBe(1);
    await toegankelijk(page, 'Monitor (fout)');
    await page.locator('#veld-jaar').selectOption('2026');
    await page.getByRole('button', { name: 'Tonen', exact: true }).click();
    expect(new URL(page.url()).search).toBe('?jaar=2026');
    await context.close();
  }, 60_000);
});
