// Rate limiting with fixed one-minute windows in PostgreSQL: every instance counts in the same row,
// so a limit holds however many instances run (issue 6). Failed authentication is counted per
// client address with a much lower limit, to slow down guessing keys.
import type { Context } from 'hono';
import { and, eq, sql } from 'drizzle-orm';
import type { AppEnv } from '../context.js';
import { snelheidsvensters } from '../db/schema.js';
import { Probleem } from './problem.js';

const VENSTER_MS = 60_000;

/** Counts one hit for `sleutel` in the current window; returns the count and seconds until the window ends. */
async function tel(c: Context<AppEnv>, sleutel: string): Promise<{ aantal: number; resterendSeconden: number }> {
  const nu = c.var.deps.clock.now().getTime();
  const vensterStart = new Date(nu - (nu % VENSTER_MS));
  const [rij] = await c.var.deps.db.insert(snelheidsvensters).values({ sleutel, vensterStart, aantal: 1 })
    .onConflictDoUpdate({ target: [snelheidsvensters.sleutel, snelheidsvensters.vensterStart], set: { aantal: sql`${snelheidsvensters.aantal} + 1` } })
    .returning({ aantal: snelheidsvensters.aantal });
  return { aantal: rij!.aantal, resterendSeconden: Math.max(1, Math.ceil((vensterStart.getTime() + VENSTER_MS - nu) / 1000)) };
}

async function huidigAantal(c: Context<AppEnv>, sleutel: string): Promise<number> {
  const nu = c.var.deps.clock.now().getTime();
  const [rij] = await c.var.deps.db.select({ aantal: snelheidsvensters.aantal }).from(snelheidsvensters)
    .where(and(eq(snelheidsvensters.sleutel, sleutel), eq(snelheidsvensters.vensterStart, new Date(nu - (nu % VENSTER_MS)))));
  return rij?.aantal ?? 0;
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

/** Refuses a client address that failed authentication too often in this window. */
export async function controleerAuthenticatiefouten(c: Context<AppEnv>): Promise<void> {
  const limiet = c.var.deps.config.RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT;
  if (await huidigAantal(c, `authfout:${clientAdres(c)}`) >= limiet) {
    throw teVeel('Te veel mislukte aanmeldpogingen vanaf dit adres. Wacht tot de tijd in Retry-After voorbij is.', 60);
  }
}

export async function telAuthenticatiefout(c: Context<AppEnv>): Promise<void> {
  await tel(c, `authfout:${clientAdres(c)}`);
}

export async function controleerSnelheid(c: Context<AppEnv>, credential: string): Promise<void> {
  const { aantal, resterendSeconden } = await tel(c, `credential:${credential}`);
  if (aantal > c.var.deps.config.RATE_LIMIT_PER_MINUUT) {
    throw teVeel(`U heeft de limiet van ${c.var.deps.config.RATE_LIMIT_PER_MINUUT} verzoeken per minuut bereikt. Probeer het over ${resterendSeconden} seconden opnieuw.`, resterendSeconden);
  }
}
