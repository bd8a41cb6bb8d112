// CSRF protection of every state-changing form (POST): the request must come from this service's
// own origin (Origin header, or Sec-Fetch-Site for a client that sends no Origin) and carry the
// session's token (or, before sign-in, the sign-in page's token). Refused: 403, nothing written.
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { randomBytes } from 'node:crypto';
import type { WebEnv } from '../omgeving.js';
import { isLokaleHttp, zelfdeToken } from './sessies.js';

/** The origin the pages are served from: PUBLIC_BASE_URL behind a proxy, else the request's own. */
export function eigenOrigin(c: Context<WebEnv>): string {
  const basis = c.var.deps.config.PUBLIC_BASE_URL;
  return new URL(basis ?? c.req.url).origin;
}

export function vanEigenOrigin(c: Context<WebEnv>): boolean {
  const origin = c.req.header('origin');
  if (origin) return origin === eigenOrigin(c);
  // No Origin (older clients): only a same-origin fetch is accepted, never an unknown source.
  return c.req.header('sec-fetch-site') === 'same-origin';
}

export async function formulierToken(c: Context<WebEnv>): Promise<string> {
  const body = await c.req.parseBody({ all: true });
  const t = body._csrf;
  return typeof t === 'string' ? t : '';
}

/** Before sign-in there is no session: the sign-in forms use a double-submit token in a cookie. */
const AANMELD_COOKIE = 'nrm-aanmeldtoken';

export function aanmeldToken(c: Context<WebEnv>): string {
  const bestaand = getCookie(c, AANMELD_COOKIE);
  if (bestaand && /^[A-Za-z0-9_-]{43}$/.test(bestaand)) return bestaand;
  const token = randomBytes(32).toString('base64url');
  setCookie(c, AANMELD_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: !isLokaleHttp(c.var.deps, c.req.url), path: '/' });
  return token;
}

export async function aanmeldTokenKlopt(c: Context<WebEnv>): Promise<boolean> {
  const cookie = getCookie(c, AANMELD_COOKIE);
  const formulier = await formulierToken(c);
  return Boolean(cookie && formulier && zelfdeToken(cookie, formulier));
}
