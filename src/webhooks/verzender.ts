// One HTTP attempt to deliver an event, and what follows from its outcome (issue 4). No database
// here: the dispatcher (jobs/webhook-aflevering.ts) claims, calls `verzend` outside any
// transaction, and records what `beoordeel` decides.
//
// Before every attempt the callback's host is resolved and every address checked (issue 11,
// src/webhooks/adresbeleid.ts); the connection then goes to a checked address only. A refused
// address is a failed attempt like any other (retried until the window ends): the name may point
// elsewhere again later, and the subscriber sees the reason in laatsteFout.
import { controleerBestemming, type Adresbeleid, type Opzoeker } from './adresbeleid.js';
import type { GebouwdEvent } from './cloudevent.js';
import type { Afleverantwoord, Afleververzoek, Transport } from './transport.js';

export interface Verzendresultaat {
  /** HTTP status, or null when no answer came (time-out, connection refused, DNS, refused address). */
  httpStatus: number | null;
  /** Retry-After of a 429 or 503, in milliseconds from now. */
  retryAfterMs: number | null;
  /** Our own short description, never the receiver's body (it could hold anything). */
  fout: string | null;
  /** The address check refused the destination: nothing was sent. */
  adresGeweigerd?: boolean;
}

export interface Verzendmiddelen { transport: Transport; opzoeker: Opzoeker; beleid: Adresbeleid }

/** POSTs the event to a checked address; never throws. Redirects are not followed (a 3xx counts as a failure). */
export async function verzend(
  middelen: Verzendmiddelen, url: string, authorization: string | null, event: GebouwdEvent, timeoutMs: number, nu: () => Date,
): Promise<Verzendresultaat> {
  const headers: Record<string, string> = { ...event.headers, 'user-agent': USER_AGENT };
  if (authorization) headers.authorization = authorization;
  const uitkomst = await bereik(middelen, url, { methode: 'POST', headers, body: event.body }, timeoutMs);
  if (!('antwoord' in uitkomst)) return { httpStatus: null, retryAfterMs: null, ...uitkomst };
  const { status, retryAfter } = uitkomst.antwoord;
  const retryAfterMs = status === 429 || status === 503 ? leesRetryAfter(retryAfter, nu()) : null;
  const ok = status >= 200 && status < 300;
  const fout = ok ? null : status >= 300 && status < 400 ? `HTTP ${status}: doorverwijzingen worden niet gevolgd` : `HTTP ${status}`;
  return { httpStatus: status, retryAfterMs, fout };
}

export const USER_AGENT = 'NRM-kennisgevingen/1.0 (CloudEvents)';

/** What reaching the callback gave: the receiver's answer, or why there was none (our own words). */
export type Bereikt = { antwoord: Afleverantwoord } | { fout: string; adresGeweigerd?: boolean };

/**
 * One request to a callback URL, for a delivery and for the handshake alike: the host is resolved
 * and every address checked first (issue 11), then the request goes to a checked address only.
 * Never throws; one time-out covers the name lookup and the whole request.
 */
export async function bereik(
  middelen: Verzendmiddelen, url: string, verzoek: Pick<Afleververzoek, 'methode' | 'headers' | 'body'>, timeoutMs: number,
): Promise<Bereikt> {
  const signaal = AbortSignal.timeout(timeoutMs);
  let doel: URL;
  try {
    doel = new URL(url);
  } catch {
    return { fout: 'Niet verzonden: de callbackUrl is geen geldige URL.', adresGeweigerd: true };
  }
  const bestemming = await controleerBestemming(doel.hostname, middelen.beleid, middelen.opzoeker, signaal);
  if (!bestemming.toegestaan) {
    if (bestemming.opzoekfout) return { fout: `Geen verbinding: ${bestemming.reden}`.slice(0, 300) };
    return { fout: `Niet verzonden: ${bestemming.reden}.`.slice(0, 300), adresGeweigerd: true };
  }
  try {
    return { antwoord: await middelen.transport({ ...verzoek, url: doel, adressen: bestemming.adressen, signaal }) };
  } catch (err) {
    if (signaal.aborted) return { fout: `Time-out: geen antwoord binnen ${timeoutMs} ms` };
    return { fout: `Geen verbinding: ${netwerkfout(err)}` };
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
