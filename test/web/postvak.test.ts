// IND and COA in the browser (issue 15, Done when): IND signs in, sees a new M55 in the Postvak,
// filters, opens and prints it (print stylesheet), acknowledges it — by keyboard only from the
// sign-in page on (one page.goto, no clicks) — and the sender's
// escalation list no longer shows it; the COA sees its copy without the full identity; another
// organisation's notification is 404 by URL. axe-core (WCAG 2.1 A/AA) on every page and state.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/harness.js';
import { startWebserver, type Webserver } from '../support/webserver.js';
import { startChromium } from '../support/browser.js';
import { bewaak, meldAan, tabNaar, toegankelijk, toetsKlik, toetsTyp } from './hulp.js';

let t: TestApp;
let w: Webserver;
let browser: Browser;
let dossiernummer: string;
let dossierId: string;

beforeAll(async () => {
  t = await startTestApp({ nu: '2026-11-16T10:00:00Z' });
  w = await startWebserver(t);
  browser = await startChromium();
  // An adult asylum seeker accepts the bedenktijd on Monday 16 November: the M55 goes to IND and COA.
  const politie = t.sleutel('politie', 'intaker');
  const d = (await t.verzoek('POST', '/v1/dossiers', { sleutel: politie, body: { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'asielzoeker', leeftijdscategorie: 'meerderjarig' } })).body;
  dossiernummer = d.dossiernummer;
  dossierId = d.id;
  await t.verzoek('PUT', `/v1/dossiers/${d.id}/persoonsgegevens`, { sleutel: politie, body: { voornamen: 'Kofi', geslachtsnaam: 'Asante', geboortedatum: '1990-03-01', nationaliteit: 'GH', vreemdelingennummer: '4234567890', geslacht: 'man', talen: ['en'] } });
  const b = (await t.verzoek('POST', `/v1/dossiers/${d.id}/beoordelingen`, { sleutel: politie, body: {
    beoordelingsdatum: '2026-11-16', informatiefGesprek: { gevoerd: true, datum: '2026-11-16' }, elementen: { handeling: true, middel: true, oogmerk: true },
    indicatoren: [], resultaat: 'vastgesteld', redenen: [], toelichting: null, vervangt: null,
  } })).body;
  const bt = (await t.verzoek('POST', `/v1/dossiers/${d.id}/bedenktijden`, { sleutel: politie, body: { aanbiedingsdatum: '2026-11-16', beoordelingId: b.id } })).body;
  const r = await t.verzoek('POST', `/v1/bedenktijden/${bt.id}/reactie`, { sleutel: politie, body: { reactie: 'aanvaard', datum: '2026-11-16', opvangGewenst: false } });
  expect(r.status).toBe(200);
  // Friday 20 November: more than two working days later, the M55 is on the sender's escalation list.
  t.klok.zet('2026-11-20T10:00:00Z');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await w?.close();
  await t?.close();
});

describe('het Postvak van IND en COA', () => {
  it('IND (alleen toetsenbord, vanaf de aanmeldpagina): nieuwe M55 in het Postvak, filteren, openen, afdrukken, bevestigen; de afzender ziet hem niet meer als onbevestigd', async () => {
    // The sender's escalation list shows the M55 before the acknowledgement (in a context of its own).
    const afzender = await browser.newContext();
    const politie = await afzender.newPage();
    await meldAan(politie, w.url, 'Intaker', 'Politie Eenheid Amsterdam (TMM)');
    const aanInd = politie.locator('#m55-kop + div tbody tr').filter({ hasText: dossiernummer }).filter({ has: politie.locator('td', { hasText: /^IND$/ }) });
    expect(await aanInd.count()).toBe(1);

    // From here on the IND uses only the keyboard: one page.goto (the sign-in page), no clicks.
    const context = await browser.newContext();
    const page = await context.newPage();
    const { vreemd, cspMeldingen } = bewaak(page, w.url);
    await page.goto(`${w.url}/aanmelden`);
    await toegankelijk(page, 'aanmelden');
    await toetsKlik(page, 'button', 'Aanmelden als IND-medewerker bij IND');
    expect(await page.locator('h1').textContent()).toBe('Mijn werk');
    await toetsKlik(page, 'link', 'Postvak');
    expect(await page.locator('h1').textContent()).toBe('Postvak');
    const rij = page.locator('tr', { hasText: 'M55: kennisgeving bedenktijd' });
    expect(await rij.textContent()).toContain('Nog niet bevestigd');
    await toegankelijk(page, 'Postvak (IND)');
    // Filters: an invalid date, then only unacknowledged in a period without notifications, then the kind.
    await toetsTyp(page, '#veld-van', '31-02-2026');
    await toetsKlik(page, 'button', 'Filteren');
    expect(await page.locator('.nrm-foutoverzicht').textContent()).toContain('Vul een geldige datum in');
    await toegankelijk(page, 'Postvak (fout in filter)');
    await toetsTyp(page, '#veld-van', '01-01-2027');
    await tabNaar(page, '#veld-onbevestigd-0');
    await page.keyboard.press('Space');
    await toetsKlik(page, 'button', 'Filteren');
    expect(await page.locator('main').textContent()).toContain('Geen kennisgevingen die aan de filters voldoen.');
    expect(await page.locator('#veld-onbevestigd-0').isChecked()).toBe(true);
    await toetsTyp(page, '#veld-van', '');
    await tabNaar(page, '#veld-soort');
    await page.keyboard.type('M55');
    expect(await page.locator('#veld-soort').inputValue()).toBe('m55_bedenktijd');
    await toetsKlik(page, 'button', 'Filteren');
    expect(new URL(page.url()).searchParams.get('soort')).toBe('m55_bedenktijd');
    expect(new URL(page.url()).searchParams.get('onbevestigd[]')).toBe('ja');
    expect(await rij.count()).toBe(1);
    await toegankelijk(page, 'Postvak (gefilterd)');
    await toetsKlik(page, 'link', (await page.locator('main table a').first().textContent())!);

    // The M55 page: labels, not codes.
    expect(await page.locator('h1').textContent()).toContain('Model M55');
    const m55 = (await page.locator('main').textContent())!;
    expect(m55).toContain('Ghana');
    expect(m55).toContain('Asante');
    expect(m55).toContain('4234567890');
    expect(m55).toContain(dossiernummer);
    expect(m55).not.toContain('asielzoeker');
    expect(m55).not.toContain('GH');
    await toegankelijk(page, 'M55 (onbevestigd)');
    const kennisgevingUrl = page.url();

    // Printing: the print stylesheet hides the frame and the form, the M55 stays.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.nrm-kop').isVisible()).toBe(false);
    expect(await page.locator('form[aria-label="Ontvangst bevestigen"]').isVisible()).toBe(false);
    expect(await page.locator('.nrm-m55').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (process.env.SCHERMAFBEELDINGEN === '1') {
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: 'docs/webapp-m55-afdruk.png', fullPage: true });
    }
    await page.emulateMedia({ media: 'screen' });

    // Acknowledge without a reference: the Dutch message at the field, nothing written.
    const voor = await t.tabeltellingen();
    await toetsKlik(page, 'button', 'Ontvangst bevestigen');
    expect(await page.locator('#veld-referentieOntvanger-fout').textContent()).toContain('Vul dit veld in');
    const na = await t.tabeltellingen();
    // Showing the page again reads the notification again (an audited read), nothing else.
    expect({ ...na, auditregels: 0, verwerkingen: 0 }).toEqual({ ...voor, auditregels: 0, verwerkingen: 0 });
    await toegankelijk(page, 'M55 (fout)');
    await toetsTyp(page, '#veld-referentieOntvanger', 'IND-2026-0042');
    await toetsKlik(page, 'button', 'Ontvangst bevestigen');
    expect(await page.locator('[role=status]').textContent()).toContain('Ontvangst bevestigd');
    expect(await page.locator('main').textContent()).toContain('met referentie IND-2026-0042');
    await toegankelijk(page, 'M55 (bevestigd)');
    if (process.env.SCHERMAFBEELDINGEN === '1') await page.screenshot({ path: 'docs/webapp-postvak-m55.png', fullPage: true });

    // The same acknowledgement as the API: the API sees it; the sender's escalation list no longer has it.
    const id = new URL(kennisgevingUrl).pathname.split('/').pop()!;
    const api = await t.verzoek('GET', `/v1/kennisgevingen/${id}`, { sleutel: t.sleutel('ind', 'ind_medewerker') });
    expect(api.body.referentieOntvanger).toBe('IND-2026-0042');
    expect(vreemd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    await context.close();
    await politie.reload();
    expect(await aanInd.count()).toBe(0);
    // The COA's copy is its own notification: still unacknowledged, still listed.
    expect(await politie.locator('#m55-kop + div tbody tr').filter({ hasText: dossiernummer }).filter({ has: politie.locator('td', { hasText: /^COA$/ }) }).count()).toBe(1);

    // Another organisation (the police) cannot open the IND's notification by URL: 404.
    const r = await politie.goto(kennisgevingUrl);
    expect(r?.status()).toBe(404);
    expect(await politie.locator('h1').textContent()).toBe('Niet gevonden');
    await afzender.close();
  }, 180_000);

  it('COA ziet zijn kopie zonder de volledige identiteit; de IND-kennisgeving is voor het COA 404', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const indFeed = await t.verzoek('GET', '/v1/kennisgevingen?soort=m55_bedenktijd', { sleutel: t.sleutel('ind', 'ind_medewerker') });
    await meldAan(page, w.url, 'COA-medewerker', 'COA');
    await page.getByRole('link', { name: 'Postvak', exact: true }).click();
    await toegankelijk(page, 'Postvak (COA)');
    await page.locator('main table a', { hasText: 'M55: kennisgeving bedenktijd' }).first().click();
    const tekst = (await page.locator('main').textContent())!;
    expect(tekst).toContain('4234567890');
    expect(tekst).toContain(dossiernummer);
    expect(tekst).not.toContain('Asante');
    expect(tekst).not.toContain('Kofi');
    expect(tekst).not.toContain('Ghana');
    expect(tekst).toContain('alleen het V-nummer');
    await toegankelijk(page, 'M55 (COA)');
    const r = await page.goto(`${w.url}/postvak/${indFeed.body.kennisgevingen[0].id}`);
    expect(r?.status()).toBe(404);
    await toegankelijk(page, 'niet gevonden (COA)');
    await context.close();
  }, 120_000);

  it('IND: een verblijfsbesluit vastleggen (weigering van de regel in het Nederlands, niets geschreven) en de werklijst van vergunningen die binnen 30 dagen eindigen', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await meldAan(page, w.url, 'IND-medewerker', 'IND');
    await page.getByRole('link', { name: 'Verblijf', exact: true }).click();
    expect(await page.locator('main').textContent()).toContain('Geen vergunningen die binnen 30 dagen eindigen.');
    await toegankelijk(page, 'Verblijf (leeg)');
    await page.goto(`${w.url}/dossiers/${dossierId}`);
    await page.getByRole('link', { name: 'Verblijfsbesluit vastleggen', exact: true }).click();
    await toegankelijk(page, 'verblijfsbesluit (leeg)');
    await page.getByRole('button', { name: 'Besluit opslaan', exact: true }).click();
    expect(await page.locator('#veld-soort-fout').count()).toBe(1);
    await toegankelijk(page, 'verblijfsbesluit (fout)');
    // A renewal without a permit: refused by the rule, in Dutch, nothing written.
    const voor = await t.tabeltellingen();
    await page.locator('input[name="soort"][value="vergunning_verlengd"]').check();
    await page.getByRole('button', { name: 'Besluit opslaan', exact: true }).click();
    const weigering = (await page.locator('.nrm-foutoverzicht').textContent())!;
    expect(weigering).toMatch(/verleng/i);
    expect(await t.tabeltellingen()).toEqual(voor);
    await toegankelijk(page, 'verblijfsbesluit (geweigerd door de regel)');
    // A permit granted on 1 December 2025 ends on 1 December 2026: within 30 days.
    await page.locator('input[name="soort"][value="vergunning_verleend"]').check();
    await page.locator('#veld-datum').fill('01-12-2025');
    await page.getByRole('button', { name: 'Besluit opslaan', exact: true }).click();
    expect(await page.locator('#verblijf').textContent()).toContain('1 december 2026');
    await page.getByRole('link', { name: 'Verblijf', exact: true }).click();
    const rij = page.locator('tr', { hasText: dossiernummer });
    expect(await rij.textContent()).toContain('nog 11 dagen');
    await toegankelijk(page, 'Verblijf (gevuld)');
    if (process.env.SCHERMAFBEELDINGEN === '1') await page.screenshot({ path: 'docs/webapp-verblijf.png', fullPage: true });
    // Only the IND records a residence decision: the COA, which sees the dossier, gets the refusal page (403).
    await meldAan(page, w.url, 'COA-medewerker', 'COA');
    expect((await page.goto(`${w.url}/dossiers/${dossierId}/verblijfsbesluiten/nieuw`))?.status()).toBe(403);
    await context.close();
  }, 120_000);
});
