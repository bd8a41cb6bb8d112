// Which callback URLs a subscription may have (issue 4, issue 11): https, and plain http only for a
// receiver on the same machine (loopback) outside production. Nothing else leaves this service
// unencrypted, and a URL never carries credentials (the receiver's secret goes in `authorization`).
// In production the URL must also lead to a public address (src/webhooks/adresbeleid.ts): checked
// here when the subscription is made, and again before every delivery.
import type { Config } from '../config.js';
import type { InvalidParam } from '../http/problem.js';
import { adresbeleid, controleerBestemming, isLocalhostNaam, normaliseerNaam, type Adresbeleid, type Opzoeker } from './adresbeleid.js';

const LOOPBACK_ADRESSEN = new Set(['127.0.0.1', '::1']);

/** 127.0.0.1, [::1], localhost (with or without a trailing dot) and names under localhost. */
export const isLoopbackHost = (hostname: string) => {
  const naam = normaliseerNaam(hostname);
  return LOOPBACK_ADRESSEN.has(naam) || isLocalhostNaam(naam);
};

/**
 * Whether http:// is allowed for loopback hosts: WEBHOOK_LOOPBACK_HTTP when set, else everywhere
 * except NODE_ENV=production.
 */
export function loopbackHttpToegestaan(config: Config): boolean {
  if (config.WEBHOOK_LOOPBACK_HTTP) return config.WEBHOOK_LOOPBACK_HTTP === 'true';
  return config.NODE_ENV !== 'production';
}

/** The address rule of this configuration (loopback follows loopbackHttpToegestaan). */
export const webhookAdresbeleid = (config: Config): Adresbeleid => adresbeleid(config, loopbackHttpToegestaan(config));

/** Problems of a callback URL independent of configuration (used in the request schema). */
export function callbackUrlProblemen(waarde: string): string[] {
  let url: URL;
  try {
    url = new URL(waarde);
  } catch {
    return ['Geen geldige absolute URL.'];
  }
  const problemen: string[] = [];
  if (url.protocol !== 'https:' && url.protocol !== 'http:') problemen.push('Gebruik een https-URL.');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    problemen.push('Gebruik https; http is alleen toegestaan voor 127.0.0.1, ::1 of localhost (ontwikkeling).');
  }
  if (url.username || url.password) problemen.push('Zet geen inloggegevens in de URL; gebruik het veld authorization.');
  if (url.hash) problemen.push('Een URL met #fragment is niet toegestaan.');
  return problemen;
}

/**
 * The configuration-dependent rules: loopback callbacks (http or https) only when allowed (see
 * loopbackHttpToegestaan); in production every address of the host must be public or allowlisted.
 */
export async function callbackUrlBeleid(waarde: string, config: Config, opzoeker: Opzoeker): Promise<InvalidParam[]> {
  const url = new URL(waarde);
  const weiger = (reason: string): InvalidParam[] => [{ name: 'callbackUrl', code: 'adres_niet_toegestaan', reason }];
  const beleid = webhookAdresbeleid(config);
  if (!beleid.loopback) {
    if (url.protocol === 'http:') return [{ name: 'callbackUrl', code: 'invalid_string', reason: 'In deze omgeving is alleen https toegestaan.' }];
    // Where loopback is not for development, a callback to this machine itself is never a receiver
    // of another organisation (and would let a subscriber make this service call its own ports).
    if (isLoopbackHost(url.hostname) && !beleid.hosts.has(normaliseerNaam(url.hostname))) {
      return weiger('Een callback naar deze machine zelf (localhost) is in deze omgeving niet toegestaan.');
    }
  }
  if (!beleid.alleenPubliek) return [];
  const bestemming = await controleerBestemming(url.hostname, beleid, opzoeker, AbortSignal.timeout(config.WEBHOOK_TIMEOUT_MS));
  if (bestemming.toegestaan) return [];
  return weiger(`Deze callbackUrl leidt niet naar een openbaar adres: ${bestemming.reden}. `
    + 'Gebruik de openbare https-URL van uw ontvanger; een ontvanger in een gesloten netwerk (FSC) laat de beheerder toe met WEBHOOK_TOEGESTANE_HOSTS.');
}
