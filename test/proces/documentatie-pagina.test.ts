// Issue 12.2: /v1/docs works without internet. The page and its assets come from the service (the
// pinned swagger-ui-dist), under a strict CSP; Chromium renders every operation of the OpenAPI
// document while every request to another origin is blocked, and none is even attempted.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startChromium } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/harness.js';

describe('API-documentatie op /v1/docs', () => {
  let t: TestApp;
  let server: ServerType;
  let basis: string;
  let chromium: Browser;

  beforeAll(async () => {
    t = await startTestApp();
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((r) => server.once('listening', () => r()));
    basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    chromium = await startChromium();
  }, 120_000);
  afterAll(async () => {
    await chromium?.close();
    await new Promise<void>((r) => server?.close(() => r()));
    await t?.close();
  });

  it('de pagina verwijst alleen naar eigen bestanden, onder een strikte CSP zonder unsafe-inline', async () => {
    const pagina = await fetch(`${basis}/v1/docs`);
    expect(pagina.status).toBe(200);
    const csp = pagina.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const html = await pagina.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script>(?!<\/script>)|<style|style=/);
    for (const bestand of ['swagger-ui.css', 'swagger-ui-bundle.js', 'init.js']) {
      const res = await fetch(`${basis}/v1/docs/${bestand}`);
      expect(res.status, bestand).toBe(200);
      expect((await res.text()).length).toBeGreaterThan(100);
    }
    expect((await fetch(`${basis}/v1/docs/package.json`)).status).toBe(404);
  });

  it('Chromium toont alle operaties, met verzoeken naar andere origins geblokkeerd', async () => {
    const document = await (await fetch(`${basis}/v1/openapi.json`)).json() as { paths: Record<string, Record<string, unknown>> };
    const operaties = Object.values(document.paths).flatMap((p) => Object.keys(p).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)));

    const context = await chromium.newContext();
    const geblokkeerd: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === basis) return route.continue();
      geblokkeerd.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const cspMeldingen: string[] = [];
    const fouten: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspMeldingen.push(m.text()); });
    page.on('pageerror', (e) => fouten.push(e.message));

    await page.goto(`${basis}/v1/docs`);
    await page.locator('.opblock').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.opblock').count()).toBe(operaties.length);
    await expect.poll(() => page.locator('.info .title').textContent()).toContain('NRM');
    // Every path of the document is shown (Swagger UI may break long paths with zero-width spaces).
    const getoond = new Set((await page.locator('.opblock-summary-path').allTextContents()).map((p) => p.replace(/\u200b/g, '')));
    expect([...new Set(Object.keys(document.paths))].filter((p) => !getoond.has(p))).toEqual([]);

    expect(geblokkeerd).toEqual([]);
    expect(cspMeldingen).toEqual([]);
    expect(fouten).toEqual([]);
    await context.close();
  }, 120_000);
});
