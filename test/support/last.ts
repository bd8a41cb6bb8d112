// A small load generator for the process tests: concurrent workers sending real HTTP requests, each
// on its own connection (agent: false), recording every outcome, so a test can tell a complete
// answer from a broken one (reset, hang-up, truncated body) and a refused connection.
import http from 'node:http';

export interface Uitkomst {
  /** HTTP status of a complete response, or null when there was none. */
  status: number | null;
  body?: any;
  headers?: http.IncomingHttpHeaders;
  /** The X-Request-Id the test sent, to find the request in the database afterwards. */
  requestId?: string;
  /** Error code when no complete response arrived (ECONNREFUSED, ECONNRESET, …). */
  fout?: string;
}

export const DOSSIER = { nationaliteitCategorie: 'derdelander', verblijfssituatie: 'geen_rechtmatig_verblijf', leeftijdscategorie: 'meerderjarig' };

/** One request on a fresh connection; never throws. */
export function verzoek(basis: string, methode: string, pad: string, o: { sleutel?: string; body?: unknown; headers?: Record<string, string>; tijdslimietMs?: number } = {}): Promise<Uitkomst> {
  return new Promise((resolve) => {
    const data = o.body === undefined ? undefined : Buffer.from(JSON.stringify(o.body));
    const url = new URL(pad, basis);
    const req = http.request(url, {
      method: methode, agent: false,
      headers: {
        ...(o.sleutel ? { Authorization: `Bearer ${o.sleutel}` } : {}),
        ...(data ? { 'Content-Type': 'application/json', 'Content-Length': String(data.length) } : {}),
        ...o.headers,
      },
    }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ status: null, fout: e.code ?? e.message }));
      res.on('aborted', () => resolve({ status: null, fout: 'afgebroken' }));
      res.on('end', () => {
        if (!res.complete) return resolve({ status: null, fout: 'onvolledig' });
        const tekst = Buffer.concat(delen).toString();
        let body: unknown = tekst;
        try { body = tekst ? JSON.parse(tekst) : undefined; } catch { /* not JSON */ }
        resolve({ status: res.statusCode ?? null, body, headers: res.headers });
      });
    });
    req.setTimeout(o.tijdslimietMs ?? 60_000, () => req.destroy(Object.assign(new Error('tijdslimiet'), { code: 'TIJDSLIMIET' })));
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: null, fout: e.code ?? e.message }));
    req.end(data);
  });
}

export interface Last {
  uitkomsten: Uitkomst[];
  /** Stops the workers and waits for their last requests. */
  stop(): Promise<Uitkomst[]>;
}

/**
 * `workers` loops that each send `maakVerzoek()` one after another until stop(), `tot` results or
 * (when `stopBijWeigering`) the first refused connection. Bounded: at most `maxVerzoeken` in all.
 */
export function startLast(o: {
  workers: number;
  maakVerzoek: () => Promise<Uitkomst>;
  maxVerzoeken: number;
  stopBijWeigering?: boolean;
}): Last {
  const uitkomsten: Uitkomst[] = [];
  let actief = true;
  let verstuurd = 0;
  const loops = Array.from({ length: o.workers }, async () => {
    while (actief && verstuurd < o.maxVerzoeken) {
      verstuurd++;
      const u = await o.maakVerzoek();
      uitkomsten.push(u);
      if (o.stopBijWeigering && u.fout === 'ECONNREFUSED') return;
      // Without a server to answer, do not spin.
      if (u.status === null || u.status === 503) await new Promise((r) => setTimeout(r, 20));
    }
  });
  return {
    uitkomsten,
    async stop() { actief = false; await Promise.all(loops); return uitkomsten; },
  };
}

/** Waits until `voorwaarde()` holds, polling; throws after `ms` (a bound, not a timing assertion). */
export async function wachtTot(voorwaarde: () => boolean | Promise<boolean>, ms: number, wat: string): Promise<void> {
  const grens = Date.now() + ms;
  while (!(await voorwaarde())) {
    if (Date.now() > grens) throw new Error(`Niet binnen ${ms / 1000} s: ${wat}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
