// Which network addresses a webhook may reach (issue 11, SSRF). A subscriber chooses the callback
// URL, so without a rule it could make this service POST into its own network: cloud metadata on
// 169.254.169.254, a database admin page on 10.0.0.5, this machine's own ports. In production only
// public unicast addresses are allowed — checked for the address literal in the URL and for every
// address its name resolves to, at subscription and again at every delivery (the delivery then
// connects to exactly the checked addresses, so a name that is re-pointed in between (DNS
// rebinding) gains nothing). Receivers in a closed network (FSC) are named in
// WEBHOOK_TOEGESTANE_HOSTS: a host name, or a network in CIDR notation, there replaces the rule.
// Outside production every address is allowed, so a receiver on the developer's own machine works.
//
// Address classes come from ipaddr.js (the IANA special-purpose registries), not hand-written
// patterns: an allowlist of global unicast, everything else refused.
import ipaddr from 'ipaddr.js';
import type { Config } from '../config.js';

type Adres = ipaddr.IPv4 | ipaddr.IPv6;

export interface Adresbeleid {
  /** Production: only public unicast addresses (or what the allowlist names). */
  alleenPubliek: boolean;
  /** Loopback is allowed anyway (WEBHOOK_LOOPBACK_HTTP=true: a local test bench). */
  loopback: boolean;
  /** Allowlisted host names: lower case, without a trailing dot. */
  hosts: ReadonlySet<string>;
  /** Allowlisted networks. */
  netwerken: ReadonlyArray<[Adres, number]>;
}

/** An allowlist entry is a network (CIDR or a single address) or else a host name. */
export function isNetwerk(invoer: string): boolean {
  return ipaddr.isValidCIDR(invoer) || isAdresLiteral(invoer);
}

export function adresbeleid(config: Config, loopback: boolean): Adresbeleid {
  const hosts = new Set<string>();
  const netwerken: Array<[Adres, number]> = [];
  for (const invoer of config.WEBHOOK_TOEGESTANE_HOSTS) {
    if (ipaddr.isValidCIDR(invoer)) netwerken.push(ipaddr.parseCIDR(invoer));
    else if (isAdresLiteral(invoer)) {
      const adres = ipaddr.parse(invoer);
      netwerken.push([adres, adres.kind() === 'ipv4' ? 32 : 128]);
    } else hosts.add(normaliseerNaam(invoer));
  }
  return { alleenPubliek: config.NODE_ENV === 'production', loopback, hosts, netwerken };
}

/** `[::1]` → `::1`; `Example.NL.` → `example.nl` (a trailing dot names the same host). */
export function normaliseerNaam(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').toLowerCase().replace(/\.$/, '');
}

/** Only the canonical forms the URL parser produces: dotted-quad IPv4 or IPv6. */
export function isAdresLiteral(host: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(host) || ipaddr.IPv6.isValid(host);
}

/** `localhost` and every name under it (RFC 6761 §6.3): always this machine, whatever DNS says. */
export const isLocalhostNaam = (naam: string) => naam === 'localhost' || naam.endsWith('.localhost');

const OMSCHRIJVING: Record<string, string> = {
  loopback: 'een loopback-adres (deze machine)',
  private: 'een adres in een privénetwerk (RFC 1918)',
  carrierGradeNat: 'een adres in de gedeelde adresruimte van providers (100.64.0.0/10)',
  linkLocal: 'een link-local-adres (zoals de cloud-metadatadienst op 169.254.169.254)',
  uniqueLocal: 'een uniek-lokaal IPv6-adres (fc00::/7)',
  multicast: 'een multicastadres',
  unspecified: 'het onbepaalde adres (0.0.0.0 of ::)',
  broadcast: 'het broadcastadres',
  reserved: 'een gereserveerd of documentatieadres',
};

const GLOBAAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');
const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');

function inNetwerken(adres: Adres, beleid: Adresbeleid): boolean {
  return beleid.netwerken.some(([netwerk, lengte]) => netwerk.kind() === adres.kind() && adres.match(netwerk, lengte));
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
function ingebedIpv4(adres: ipaddr.IPv6): ipaddr.IPv4 | null {
  if (adres.isIPv4MappedAddress()) return adres.toIPv4Address();
  if (adres.match(NAT64)) {
    const bytes = adres.toByteArray().slice(12);
    return new ipaddr.IPv4(bytes);
  }
  return null;
}

/** Why this address may not be reached, in Dutch; null when it may. */
export function adresProbleem(tekst: string, beleid: Adresbeleid): string | null {
  if (!beleid.alleenPubliek) return null;
  let adres: Adres;
  try {
    adres = ipaddr.parse(normaliseerNaam(tekst));
  } catch {
    return `${tekst} is geen IP-adres`;
  }
  if (inNetwerken(adres, beleid)) return null;
  if (adres.kind() === 'ipv6') {
    const ipv4 = ingebedIpv4(adres as ipaddr.IPv6);
    if (ipv4) {
      const probleem = adresProbleem(ipv4.toString(), beleid);
      return probleem && `${tekst} bevat het IPv4-adres ${ipv4.toString()}: ${probleem}`;
    }
  }
  const soort = adres.range();
  if (soort === 'loopback' && beleid.loopback) return null;
  if (soort !== 'unicast') return `${adres.toString()} is ${OMSCHRIJVING[soort] ?? `een adres voor bijzonder gebruik (${soort})`}`;
  // IPv6 outside 2000::/3 (e.g. the deprecated IPv4-compatible ::a.b.c.d) is no public address.
  if (adres.kind() === 'ipv6' && !adres.match(GLOBAAL_UNICAST_V6)) return `${adres.toString()} is geen openbaar IPv6-adres`;
  return null;
}

/** Looks up every address of a host name (A and AAAA). */
export type Opzoeker = (naam: string) => Promise<string[]>;

export type Bestemming =
  | { toegestaan: true; adressen: string[] }
  /** `opzoekfout`: the name could not be resolved (no address was refused). */
  | { toegestaan: false; reden: string; opzoekfout?: boolean };

/**
 * The addresses to connect to for a URL's host: the literal itself, or every address its name
 * resolves to — each checked. Refused when any is not allowed (a name with one public and one
 * internal address is refused: the connection could go to either).
 */
export async function controleerBestemming(host: string, beleid: Adresbeleid, opzoeker: Opzoeker, signaal?: AbortSignal): Promise<Bestemming> {
  const naam = normaliseerNaam(host);
  if (isAdresLiteral(naam)) {
    const probleem = adresProbleem(naam, beleid);
    return probleem ? { toegestaan: false, reden: probleem } : { toegestaan: true, adressen: [naam] };
  }
  const vertrouwd = beleid.hosts.has(naam);
  if (beleid.alleenPubliek && !vertrouwd && !beleid.loopback && isLocalhostNaam(naam)) {
    return { toegestaan: false, reden: `${host} is deze machine zelf (localhost)` };
  }
  let adressen: string[];
  try {
    adressen = await metTimeout(opzoeker(naam), signaal);
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    return { toegestaan: false, reden: `de naam ${host} kon niet worden opgezocht (${typeof code === 'string' ? code : 'geen antwoord'})`, opzoekfout: true };
  }
  if (adressen.length === 0) return { toegestaan: false, reden: `de naam ${host} heeft geen adres`, opzoekfout: true };
  if (!vertrouwd) {
    for (const adres of adressen) {
      const probleem = adresProbleem(adres, beleid);
      if (probleem) return { toegestaan: false, reden: `${host} verwijst naar ${probleem}` };
    }
  }
  return { toegestaan: true, adressen };
}

function metTimeout<T>(belofte: Promise<T>, signaal?: AbortSignal): Promise<T> {
  if (!signaal) return belofte;
  if (signaal.aborted) return Promise.reject(Object.assign(new Error('time-out'), { code: 'ETIMEOUT' }));
  return new Promise<T>((resolve, reject) => {
    const afbreken = () => reject(Object.assign(new Error('time-out'), { code: 'ETIMEOUT' }));
    signaal.addEventListener('abort', afbreken, { once: true });
    belofte.then(resolve, reject).finally(() => signaal.removeEventListener('abort', afbreken));
  });
}
