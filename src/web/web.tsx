// The web application for people (docs/architectuur.md §7): server-rendered pages under /, beside the API
// under /v1. Every page request loads the session, and every page answer carries the page's own
// security headers: a strict CSP without 'unsafe-inline' (styles and scripts are files), forms only
// to this site, never framed, never cached.
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { WebEnv } from './omgeving.js';
import { laadSessie } from './sessie/sessies.js';
import { statischeBestanden } from './statisch/statisch.js';
import { aanmeldRoutes } from './aanmelden/aanmelden.js';
import { helpRoutes } from './help/help.js';
import { werkRoutes } from './werk/werk.js';
import { zoekRoutes } from './zoeken/zoeken.js';
import { nieuwDossierRoutes } from './nieuw-dossier/nieuw-dossier.js';
import { dossierRoutes } from './dossier/dossier.js';
import { actieRoutes } from './dossier/acties.js';
import { postvakRoutes } from './postvak/postvak.js';
import { verwijzingenRoutes } from './verwijzingen/wachtrij.js';
import { locatieRoutes } from './locaties/locaties.js';
import { overzichtRoutes } from './overzicht/overzicht.js';
import { auditRoutes } from './audit/audit.js';
import { sleutelRoutes } from './beheer/sleutels.js';
import { jobRoutes } from './beheer/jobs.js';
import { statistiekRoutes } from './statistiek/statistiek.js';
import { monitorRoutes } from './statistiek/monitor.js';
import { verblijfRoutes } from './verblijf/verblijf.js';
import { paginaFout } from './pagina.js';

export const PAGINA_CSP = "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/** A request for a page (not the API, the assets, or the platform's health checks). */
export function isPaginaPad(pad: string): boolean {
  return !(pad === '/v1' || pad.startsWith('/v1/') || pad.startsWith('/statisch/') || pad === '/health' || pad === '/ready');
}

export function maakWebRouter() {
  const web = new Hono<WebEnv>();
  web.use('*', async (c, next) => {
    if (!isPaginaPad(c.req.path)) return next();
    c.set('sessie', await laadSessie(c));
    c.set('paginaVerwerkingen', []);
    await next();
    c.header('Content-Security-Policy', PAGINA_CSP);
    c.header('Cache-Control', 'no-store');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on a form post,
    // and the Origin check of the CSRF protection needs the real origin.
    c.header('Referrer-Policy', 'same-origin');
  });
  web.route('/', statischeBestanden);
  web.route('/', aanmeldRoutes);
  web.route('/', helpRoutes);
  web.route('/', werkRoutes);
  web.route('/', zoekRoutes);
  // /dossiers/nieuw before /dossiers/:dossierId
  web.route('/', nieuwDossierRoutes);
  web.route('/', dossierRoutes);
  web.route('/', actieRoutes);
  web.route('/', postvakRoutes);
  web.route('/', verwijzingenRoutes);
  web.route('/', locatieRoutes);
  web.route('/', overzichtRoutes);
  web.route('/', auditRoutes);
  web.route('/', sleutelRoutes);
  web.route('/', jobRoutes);
  web.route('/', statistiekRoutes);
  web.route('/', monitorRoutes);
  web.route('/', verblijfRoutes);
  return web;
}

/** For the app's error handler: an error on a page is shown as a Dutch page, not problem details. */
export function isPaginaVerzoek(c: Context): boolean {
  return isPaginaPad(c.req.path);
}

export { paginaFout };
