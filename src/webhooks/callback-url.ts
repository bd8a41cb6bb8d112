// Which callback URLs a subscription may have (issue 4): https, and plain http only for a receiver
// on the same machine (loopback) outside production. Nothing else leaves this service unencrypted,
// and a URL never carries credentials (the receiver's secret goes in `authorization`).
import type { Config } from '../config.js';
import type { InvalidParam } from '../http/problem.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export const isLoopbackHost = (hostname: string) => LOOPBACK_HOSTS.has(hostname.toLowerCase());

/**
 * Whether http:// is allowed for loopback hosts: WEBHOOK_LOOPBACK_HTTP when set, else everywhere
 * except NODE_ENV=production.
 */
export function loopbackHttpToegestaan(config: Config): boolean {
  if (config.WEBHOOK_LOOPBACK_HTTP) return config.WEBHOOK_LOOPBACK_HTTP === 'true';
  return config.NODE_ENV !== 'production';
}

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

/** The configuration-dependent rule: loopback callbacks (http or https) only when allowed (see loopbackHttpToegestaan). */
export function callbackUrlBeleid(waarde: string, config: Config): InvalidParam[] {
  const url = new URL(waarde);
  if (loopbackHttpToegestaan(config)) return [];
  if (url.protocol === 'http:') {
    return [{ name: 'callbackUrl', code: 'invalid_string', reason: 'In deze omgeving is alleen https toegestaan.' }];
  }
  // Where loopback is not for development, a callback to this machine itself is never a receiver
  // of another organisation (and would let a subscriber make this service call its own ports).
  if (isLoopbackHost(url.hostname)) {
    return [{ name: 'callbackUrl', code: 'invalid_string', reason: 'Een callback naar deze machine zelf (localhost) is in deze omgeving niet toegestaan.' }];
  }
  return [];
}
