// Rate limiting with fixed one-minute windows in PostgreSQL: every instance counts in the same row,
// so a limit holds however many instances run (issue 6).
//
// The per-credential limit is checked on every request, so it must not cost every request a round
// trip (issue 17). Each instance counts locally and adds its count to the shared row with the first
// request of a window and then at most once per SYNCHRONISATIE_MS; the shared row's answer tells it
// what the other instances counted. One instance alone is exact; with several, a credential can go
// over its limit by what the other instances counted in their last second. Failed authentication
// (below) is rare and counted in the database every time.
//
// Failed authentication (issue 11) is counted only for failed attempts, per client address and per
// presented credential: a valid credential is never refused because others failed from the same
// address (a gateway shared by many clients must not let one misconfigured client lock out the
// rest); its own per-credential limit applies. Once either count of failures passes the limit, the
// next failure is 429 instead of 401 until the window ends.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../context.js';
import { snelheidsvensters } from '../db/schema.js';
import { Probleem } from './problem.js';

const VENSTER_MS = 60_000;
/** How often an instance adds its local count of a credential to the shared row, at most. */
export const SYNCHRONISATIE_MS = 1_000;

const resterend = (nu: number) => Math.max(1, Math.ceil((nu - (nu % VENSTER_MS) + VENSTER_MS - nu) / 1000));

/** Adds `hits` for `sleutel` in the current window; returns the shared count and seconds until the window ends. */
async function tel(c: Context<AppEnv>, sleutel: string, hits = 1): Promise<{ aantal: number; resterendSeconden: number }> {
  const nu = c.var.deps.clock.now().getTime();
  const vensterStart = new Date(nu - (nu % VENSTER_MS));
  // Counted without waiting for the disk (src/db/client.ts `asynchroon`): a database crash may forget
  // the last hits of a window, which lets a client do a little more in that one minute, nothing else.
  const [rij] = await c.var.deps.asynchroon.insert(snelheidsvensters).values({ sleutel, vensterStart, aantal: hits })
    .onConflictDoUpdate({ target: [snelheidsvensters.sleutel, snelheidsvensters.vensterStart], set: { aantal: sql`${snelheidsvensters.aantal} + ${hits}` } })
    .returning({ aantal: snelheidsvensters.aantal });
  return { aantal: rij!.aantal, resterendSeconden: resterend(nu) };
}

/** One credential's count in this instance: the shared count last seen and the hits not yet added to it. */
interface LokaleTeller { venster: number; gedeeld: number; lokaal: number; gesynchroniseerdOp: number }

/** Per app instance (its deps), so two apps in one process count as two instances. */
const tellersPerInstantie = new WeakMap<object, Map<string, LokaleTeller>>();

/** Counts one hit of `credential`: locally, and in the shared row when it is due (see the top of this file). */
async function telCredential(c: Context<AppEnv>, credential: string): Promise<{ aantal: number; resterendSeconden: number }> {
  let tellers = tellersPerInstantie.get(c.var.deps);
  if (!tellers) tellersPerInstantie.set(c.var.deps, tellers = new Map());
  const nu = c.var.deps.clock.now().getTime();
  const venster = nu - (nu % VENSTER_MS);
  let t = tellers.get(credential);
  if (!t || t.venster !== venster) tellers.set(credential, t = { venster, gedeeld: 0, lokaal: 0, gesynchroniseerdOp: Number.NEGATIVE_INFINITY });
  t.lokaal++;
  if (nu - t.gesynchroniseerdOp >= SYNCHRONISATIE_MS) {
    const hits = t.lokaal;
    t.lokaal = 0;
    t.gesynchroniseerdOp = nu;
    try {
      t.gedeeld = (await tel(c, `credential:${credential}`, hits)).aantal;
    } catch (err) {
      // Not counted in the shared row: keep the hits for the next attempt.
      t.lokaal += hits;
      t.gesynchroniseerdOp = Number.NEGATIVE_INFINITY;
      throw err;
    }
  }
  return { aantal: t.gedeeld + t.lokaal, resterendSeconden: resterend(nu) };
}

function teVeel(detail: string, seconden: number) {
  return new Probleem(429, 'te-veel-verzoeken', 'Te veel verzoeken', detail, undefined, { 'Retry-After': String(seconden) });
}

export function clientAdres(c: Context<AppEnv>): string {
  if (c.var.deps.config.TRUST_PROXY) {
    const doorgestuurd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (doorgestuurd) return doorgestuurd;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'onbekend';
}

/**
 * What identifies a presented credential in the failure count, without storing it: an API key by
 * its first 16 characters (`nrm_` and 12 random ones), so guessing the rest of a known beginning
 * is limited too; anything else (a JWT, garbage) by the whole token. Hashed, so no part of a real
 * key that was mistyped ends up in the database.
 */
export function credentialVingerafdruk(token: string): string {
  const deel = token.startsWith('nrm_') ? token.slice(0, 16) : token;
  return createHash('sha256').update(deel, 'utf8').digest('hex').slice(0, 32);
}

/**
 * Counts a failed authentication for the client address and for the presented credential. Throws
 * 429 when either has now failed more often than RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT in this window;
 * otherwise the caller answers 401.
 */
export async function registreerAuthenticatiefout(c: Context<AppEnv>, token: string): Promise<void> {
  const limiet = c.var.deps.config.RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT;
  const adres = await tel(c, `authfout:adres:${clientAdres(c)}`);
  const credential = await tel(c, `authfout:credential:${credentialVingerafdruk(token)}`);
  if (adres.aantal > limiet) {
    throw teVeel('Te veel mislukte aanmeldpogingen vanaf dit adres. Controleer uw API-sleutel of token en wacht tot de tijd in Retry-After voorbij is; geldige sleutels van dit adres werken gewoon.', adres.resterendSeconden);
  }
  if (credential.aantal > limiet) {
    throw teVeel('Te veel mislukte aanmeldpogingen met deze sleutel of dit token. Wacht tot de tijd in Retry-After voorbij is.', credential.resterendSeconden);
  }
}

export async function controleerSnelheid(c: Context<AppEnv>, credential: string): Promise<void> {
  const { aantal, resterendSeconden } = await telCredential(c, credential);
  // The IETF draft RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): the limit of this
  // credential, what is left of it in this window, and the seconds until the window ends.
  const limiet = c.var.deps.config.RATE_LIMIT_PER_MINUUT;
  c.header('RateLimit-Limit', String(limiet));
  c.header('RateLimit-Remaining', String(Math.max(0, limiet - aantal)));
  c.header('RateLimit-Reset', String(resterendSeconden));
  if (aantal > c.var.deps.config.RATE_LIMIT_PER_MINUUT) {
    throw teVeel(`U heeft de limiet van ${c.var.deps.config.RATE_LIMIT_PER_MINUUT} verzoeken per minuut bereikt. Probeer het over ${resterendSeconden} seconden opnieuw.`, resterendSeconden);
  }
}
