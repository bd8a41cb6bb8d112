// Name resolution for webhook receivers (issue 11): every address of a name, so each can be checked
// (src/webhooks/adresbeleid.ts) before a connection is made to one of them.
import { promises as dns } from 'node:dns';
import type { Opzoeker } from './adresbeleid.js';

/** The operating system's resolver (getaddrinfo: /etc/hosts and DNS), as a connection would use it. */
export const systeemOpzoeker: Opzoeker = async (naam) =>
  (await dns.lookup(naam, { all: true, verbatim: true })).map((a) => a.address);

/**
 * A and AAAA records through DNS queries, for runtimes without getaddrinfo (Cloudflare Workers
 * implement `resolve4`/`resolve6` but not `lookup`). A name with only one family is fine.
 */
export const dnsOpzoeker: Opzoeker = async (naam) => {
  const [v4, v6] = await Promise.allSettled([dns.resolve4(naam), dns.resolve6(naam)]);
  const adressen = [...(v4.status === 'fulfilled' ? v4.value : []), ...(v6.status === 'fulfilled' ? v6.value : [])];
  if (adressen.length === 0 && v4.status === 'rejected') throw v4.reason;
  return adressen;
};
