// The HTTP POST of one webhook delivery (issue 11). The connection goes to an address that was
// checked just before (src/webhooks/adresbeleid.ts): the socket's name lookup is replaced by one
// that returns only those addresses, so the name is not resolved a second time (DNS rebinding)
// while TLS still verifies the certificate for the name (SNI and Host stay the URL's host).
// Redirects are never followed: node:http does not follow them, and a 3xx counts as a failure.
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface Afleververzoek {
  /** POST delivers an event; OPTIONS asks the receiver's consent first (the handshake, bevestiging.ts). */
  methode: 'POST' | 'OPTIONS';
  url: URL;
  /** The checked addresses of url's host; the connection goes to one of these. */
  adressen: string[];
  headers: Record<string, string>;
  /** Empty for OPTIONS. */
  body: string;
  signaal: AbortSignal;
}

export interface Afleverantwoord {
  status: number;
  retryAfter: string | null;
  /** WebHook-Allowed-Origin of the answer (the handshake's consent), null when absent. */
  toegestaneOrigin: string | null;
}

export type Transport = (verzoek: Afleververzoek) => Promise<Afleverantwoord>;

const familie = (adres: string) => (adres.includes(':') ? 6 : 4);

/** A lookup that answers with the checked addresses only, whatever name is asked. */
function vastgepind(adressen: string[]): LookupFunction {
  const lijst = adressen.map((address) => ({ address, family: familie(address) }));
  return ((_naam: string, opties: { all?: boolean }, terug: (...args: unknown[]) => void) => {
    if (opties?.all) terug(null, lijst);
    else terug(null, lijst[0]!.address, lijst[0]!.family);
  }) as LookupFunction;
}

/** Node: node:http(s) with the pinned lookup, a new connection per delivery (no pooled sockets). */
export const vastgepindeTransport: Transport = (v) => new Promise<Afleverantwoord>((resolve, reject) => {
  if (v.adressen.length === 0) { reject(new Error('geen gecontroleerd adres')); return; }
  const module = v.url.protocol === 'https:' ? https : http;
  const verzoek = module.request({
    method: v.methode,
    host: v.url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: v.url.port || undefined,
    path: `${v.url.pathname}${v.url.search}`,
    headers: { ...v.headers, 'content-length': String(Buffer.byteLength(v.body)) },
    lookup: vastgepind(v.adressen),
    agent: false,
    signal: v.signaal,
  }, (antwoord) => {
    // Only the status matters; the receiver's body is not ours to keep.
    const { 'retry-after': retryAfter, 'webhook-allowed-origin': toegestaneOrigin } = antwoord.headers;
    resolve({
      status: antwoord.statusCode ?? 0,
      retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
      toegestaneOrigin: typeof toegestaneOrigin === 'string' ? toegestaneOrigin : null,
    });
    antwoord.destroy();
  });
  verzoek.on('error', reject);
  verzoek.end(v.body);
});

/**
 * Runtimes without node:http sockets (Cloudflare Workers): fetch, which cannot be pinned to an
 * address. The address check before it still applies; the runtime's own egress decides the rest.
 */
export function fetchTransport(fetch: typeof globalThis.fetch): Transport {
  return async (v) => {
    const res = await fetch(v.url, {
      method: v.methode, headers: v.headers, body: v.methode === 'POST' ? v.body : undefined, redirect: 'manual', signal: v.signaal,
    });
    await res.body?.cancel().catch(() => {});
    return { status: res.status, retryAfter: res.headers.get('retry-after'), toegestaneOrigin: res.headers.get('webhook-allowed-origin') };
  };
}
