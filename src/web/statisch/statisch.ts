// The pages' assets, served by the service itself (no CDN, nothing from another origin): the NL
// Design System CSS (Rijkshuisstijl community components and design tokens, pinned in package.json)
// from node_modules, and the service's own stylesheet. Only the files listed here are served; they
// change only with a release, so browsers may keep them (the pages themselves are never cached).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { WebEnv } from '../omgeving.js';

const BESTANDEN: Record<string, { pad: () => string; type: string }> = {
  'rhc-componenten.css': { pad: () => pakket('@rijkshuisstijl-community/components-css/dist/index.css'), type: 'text/css; charset=utf-8' },
  'rhc-tokens.css': { pad: () => pakket('@rijkshuisstijl-community/design-tokens/dist/index.css'), type: 'text/css; charset=utf-8' },
  'nrm.css': { pad: () => fileURLToPath(new URL('./nrm.css', import.meta.url)), type: 'text/css; charset=utf-8' },
  'm55-afdruk.css': { pad: () => fileURLToPath(new URL('./m55-afdruk.css', import.meta.url)), type: 'text/css; charset=utf-8' },
  'favicon.svg': { pad: () => fileURLToPath(new URL('./favicon.svg', import.meta.url)), type: 'image/svg+xml' },
};

function pakket(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}

/** Changes with every start of the service: the cache key of the assets' URLs. */
export const ASSET_VERSIE = Date.now().toString(36);

export const asset = (naam: string) => `/statisch/${naam}?v=${ASSET_VERSIE}`;

const cache = new Map<string, Uint8Array>();

async function lees(naam: string): Promise<Uint8Array | null> {
  const bestand = BESTANDEN[naam];
  if (!bestand) return null;
  let inhoud = cache.get(naam);
  if (!inhoud) {
    try {
      const { readFile } = await import('node:fs/promises');
      inhoud = new Uint8Array(await readFile(bestand.pad()));
    } catch {
      return null; // e.g. on Workers, where node_modules is not on disk
    }
    cache.set(naam, inhoud);
  }
  return inhoud;
}

export const statischeBestanden = new Hono<WebEnv>().get('/statisch/*', async (c) => {
  const naam = c.req.path.slice('/statisch/'.length);
  const inhoud = await lees(naam);
  if (!inhoud) return c.text('Niet gevonden', 404);
  return c.body(inhoud as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': BESTANDEN[naam]!.type,
    // Long-lived: the pages link to every asset with ?v=ASSET_VERSIE, new with every start, so an
    // upgrade never keeps an old stylesheet.
    'Cache-Control': 'public, max-age=31536000, immutable',
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  });
});
