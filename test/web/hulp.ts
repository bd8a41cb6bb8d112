// Shared steps of the browser tests: axe-core (WCAG 2.1 A/AA) on a page, and a watch on every
// request and console message of a page (nothing from another origin, no CSP violation).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

const axeBron = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core, injected through the DevTools protocol (so the page's CSP stays as strict as it is). */
export async function toegankelijk(page: Page, wat: string) {
  await page.evaluate(axeBron);
  const uitkomst = await page.evaluate(() => (window as unknown as { axe: { run(o: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run({
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const overtredingen = uitkomst.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  expect(overtredingen, `${wat} (${page.url()})`).toEqual([]);
}

/** Every request the page makes must go to the app's own origin; every CSP refusal is recorded. */
export function bewaak(page: Page, origin: string) {
  const vreemd: string[] = [];
  const cspMeldingen: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) vreemd.push(url);
  });
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspMeldingen.push(m.text()); });
  return { vreemd, cspMeldingen };
}

/** Signs in through the demo page with the button of this role and organisation (e.g. 'IND-medewerker', 'IND'). */
export async function meldAan(page: Page, basis: string, rol: string, organisatie: string) {
  await page.goto(`${basis}/aanmelden`);
  await page.getByRole('button', { name: `Aanmelden als ${rol} bij ${organisatie}`, exact: true }).click();
  await expect.poll(() => page.locator('h1').textContent()).toBe('Mijn werk');
}

/** Presses Tab until the focused element matches (the keyboard user's way); fails after many presses. */
export async function tabNaar(page: Page, selector: string) {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`niet bereikbaar met Tab: ${selector}`);
}

/** Keyboard only: Tab to the link or button with this name and press Enter; waits for the new page. */
export async function toetsKlik(page: Page, rol: 'button' | 'link', naam: string) {
  const el = page.getByRole(rol, { name: naam, exact: true }).first();
  await el.evaluate((e) => e.setAttribute('data-doel', '1'));
  await tabNaar(page, '[data-doel="1"]');
  const navigatie = page.waitForEvent('framenavigated');
  await page.keyboard.press('Enter');
  await navigatie;
  await page.waitForLoadState('load');
}

/** Keyboard only: Tab to a field and type (after clearing it). */
export async function toetsTyp(page: Page, selector: string, tekst: string) {
  await tabNaar(page, selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(tekst);
}
