// One HTTP attempt to deliver an event, and what follows from its outcome (issue 4). No database
// here: the dispatcher (jobs/webhook-aflevering.ts) claims, calls `verzend` outside any
// transaction, and records what `beoordeel` decides.
import type { GebouwdEvent } from './cloudevent.js';

export type Fetch = typeof globalThis.fetch;

export interface Verzendresultaat {
  /** HTTP status, or null when no answer came (time-out, connection refused, DNS). */
  httpStatus: number | null;
  /** Retry-After of a 429 or 503, in milliseconds from now. */
  retryAfterMs: number | null;
  /** Our own short description, never the receiver's body (it could hold anything). */
  fout: string | null;
}

/** POSTs the event; never throws. Redirects are not followed (a 3xx counts as a failure). */
export async function verzend(
  fetch: Fetch, url: string, authorization: string | null, event: GebouwdEvent, timeoutMs: number, nu: () => Date,
): Promise<Verzendresultaat> {
  const headers: Record<string, string> = { ...event.headers, 'user-agent': 'NRM-kennisgevingen/1.0 (CloudEvents)' };
  if (authorization) headers.authorization = authorization;
  const signaal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, { method: 'POST', headers, body: event.body, redirect: 'manual', signal: signaal });
    // The body is not read: only the status matters, and a receiver's body is not ours to keep.
    await res.body?.cancel().catch(() => {});
    const retryAfterMs = res.status === 429 || res.status === 503 ? leesRetryAfter(res.headers.get('retry-after'), nu()) : null;
    return { httpStatus: res.status, retryAfterMs, fout: res.ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    if (signaal.aborted) return { httpStatus: null, retryAfterMs: null, fout: `Time-out: geen antwoord binnen ${timeoutMs} ms` };
    return { httpStatus: null, retryAfterMs: null, fout: `Geen verbinding: ${netwerkfout(err)}` };
  }
}

function netwerkfout(err: unknown): string {
  const oorzaak = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = (oorzaak as { code?: unknown })?.code;
  if (typeof code === 'string') return code;
  return err instanceof Error ? err.message.slice(0, 200) : 'onbekende fout';
}

/** Retry-After as delay-seconds or an HTTP-date (RFC 9110 §10.2.3); null when absent or malformed. */
export function leesRetryAfter(waarde: string | null, nu: Date): number | null {
  if (!waarde) return null;
  const tekst = waarde.trim();
  if (/^\d+$/.test(tekst)) return Number(tekst) * 1000;
  const moment = Date.parse(tekst);
  if (Number.isNaN(moment)) return null;
  return Math.max(0, moment - nu.getTime());
}

/** Backoff: 30 s, 1 min, 2 min, … doubling per failed attempt, at most one hour. */
export const BACKOFF_BASIS_MS = 30_000;
export const BACKOFF_MAX_MS = 3_600_000;

/**
 * The wait after failed attempt number `poging` (1-based): exponential with "equal jitter", i.e.
 * uniformly between half and all of the exponential step, so receivers that failed together do not
 * all come back at the same moment. `random` is injectable (tests fix it).
 */
export function backoffMs(poging: number, random: () => number): number {
  const stap = Math.min(BACKOFF_MAX_MS, BACKOFF_BASIS_MS * 2 ** Math.max(0, poging - 1));
  return Math.round(stap / 2 + (stap / 2) * random());
}

export type Vervolg =
  | { soort: 'afgeleverd' }
  | { soort: 'gestopt' }
  | { soort: 'opnieuw'; volgendePoging: Date }
  | { soort: 'niet_afleverbaar'; reden: string };

/**
 * What follows an attempt:
 * - 2xx: delivered;
 * - 410 Gone: the receiver wants no more; the subscription stops;
 * - anything else (other status, time-out, no connection): try again after Retry-After (429/503)
 *   or the backoff — unless that lies beyond the retry window (`uiterlijk`). Without Retry-After a
 *   last attempt is made at the end of the window; once the window has passed, or when the
 *   receiver's Retry-After points beyond it, the delivery is `niet_afleverbaar`.
 */
export function beoordeel(r: Verzendresultaat, poging: number, nu: Date, uiterlijk: Date, random: () => number): Vervolg {
  if (r.httpStatus !== null && r.httpStatus >= 200 && r.httpStatus < 300) return { soort: 'afgeleverd' };
  if (r.httpStatus === 410) return { soort: 'gestopt' };
  const reden = `Niet afgeleverd binnen de herhaaltermijn; laatste poging: ${r.fout ?? `HTTP ${r.httpStatus}`}`;
  if (nu.getTime() >= uiterlijk.getTime()) return { soort: 'niet_afleverbaar', reden };
  const wacht = r.retryAfterMs ?? backoffMs(poging, random);
  const volgende = nu.getTime() + wacht;
  if (volgende <= uiterlijk.getTime()) return { soort: 'opnieuw', volgendePoging: new Date(volgende) };
  if (r.retryAfterMs !== null) return { soort: 'niet_afleverbaar', reden: `${reden} (Retry-After valt na het einde van de herhaaltermijn)` };
  return { soort: 'opnieuw', volgendePoging: uiterlijk };
}
