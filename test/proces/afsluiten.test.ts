// Issue 12.5: SIGTERM during load. The server stops accepting, answers every request it had accepted
// (including one whose body is still arriving), logs one line, closes the database and exits 0. No
// client sees a broken response: each request got a complete answer or was never accepted.
import http from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPglite, rowsOf } from '../../src/db/client.js';
import { ingebouwdeDatabaseMap } from '../../src/db/ingebouwd.js';
import { opPostgres } from '../support/harness.js';
import { DOSSIER, startLast, verzoek, wachtTot } from '../support/last.js';
import { postgresVoorServer, startServerProces, tijdelijkeMap, type ServerProces } from '../support/serverproces.js';

interface Omgeving {
  env: Record<string, string>;
  sleutel: string;
  /** Runs a query on the server's database (only while the server is stopped, for PGlite). */
  vraag<T>(sql: string): Promise<T[]>;
  opruimen(): Promise<void>;
}

async function maakOmgeving(): Promise<Omgeving> {
  if (opPostgres) {
    const pg = await postgresVoorServer();
    return {
      env: { DATABASE_URL: pg.url }, sleutel: pg.sleutels.find((s) => s.organisatieType === 'politie' && s.rol === 'intaker')!.sleutel,
      vraag: async (q) => [...await pg.beheer.unsafe(q)] as never, opruimen: pg.opruimen,
    };
  }
  const map = await tijdelijkeMap('nrm-afsluiten-');
  // The first start seeds the demo keys; this test reads them from the file the server writes.
  const s = await startServerProces({ DATA_DIR: map.map });
  await s.stop();
  const { readFile } = await import('node:fs/promises');
  const sleutels = JSON.parse(await readFile(`${map.map}/demo-keys.json`, 'utf8')) as Array<{ organisatieType: string; rol: string; sleutel: string }>;
  return {
    env: { DATA_DIR: map.map }, sleutel: sleutels.find((k) => k.organisatieType === 'politie' && k.rol === 'intaker')!.sleutel,
    async vraag(q) {
      const database = await connectPglite(ingebouwdeDatabaseMap(map.map));
      try { return rowsOf(await database.db.execute(sql.raw(q))); } finally { await database.close(); }
    },
    opruimen: map.opruimen,
  };
}

/** A POST whose headers arrive now and whose body arrives when `rest()` is called (Expect: 100-continue). */
function traagVerzoek(basis: string, sleutel: string) {
  const body = Buffer.from(JSON.stringify(DOSSIER));
  let geaccepteerd!: () => void;
  const isGeaccepteerd = new Promise<void>((r) => { geaccepteerd = r; });
  const req = http.request(new URL('/v1/dossiers', basis), {
    method: 'POST', agent: false,
    headers: { Authorization: `Bearer ${sleutel}`, 'Content-Type': 'application/json', 'Content-Length': String(body.length), Expect: '100-continue' },
  });
  // The server answers 100 Continue once it has parsed the headers: from then on the request is in flight.
  req.on('continue', () => geaccepteerd());
  const antwoord = new Promise<{ status: number | null; body?: any; fout?: string }>((resolve) => {
    req.on('response', (res) => {
      let tekst = '';
      res.on('data', (d) => { tekst += d; });
      res.on('end', () => resolve(res.complete ? { status: res.statusCode ?? null, body: JSON.parse(tekst) } : { status: null, fout: 'onvolledig' }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ status: null, fout: e.code }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: null, fout: e.code }));
  });
  req.flushHeaders();
  return { isGeaccepteerd, antwoord, rest: () => req.end(body) };
}

describe('gracieus afsluiten op SIGTERM onder last', () => {
  let omgeving: Omgeving;
  let server: ServerProces | null = null;
  beforeAll(async () => { omgeving = await maakOmgeving(); }, 180_000);
  afterAll(async () => { await server?.stop('SIGKILL'); await omgeving?.opruimen(); });

  it('maakt lopende verzoeken af, weigert nieuwe verbindingen, logt, sluit de database en stopt met 0', async () => {
    server = await startServerProces(omgeving.env);
    const { basis } = server;
    let volgnummer = 0;
    const verstuurd: string[] = [];
    const last = startLast({
      workers: 6, maxVerzoeken: 3000, stopBijWeigering: true,
      maakVerzoek: async () => {
        const requestId = `afsluiten-${++volgnummer}`;
        verstuurd.push(requestId);
        return { ...(await verzoek(basis, 'POST', '/v1/dossiers', { sleutel: omgeving.sleutel, body: DOSSIER, headers: { 'X-Request-Id': requestId } })), requestId };
      },
    });
    await wachtTot(() => last.uitkomsten.filter((u) => u.status === 201).length >= 20, 120_000, '20 dossiers aangemaakt');

    const traag = traagVerzoek(basis, omgeving.sleutel);
    await traag.isGeaccepteerd;
    server.proces.kill('SIGTERM');
    // Only once the server has begun shutting down does the rest of the body arrive.
    await wachtTot(() => server!.uitvoer().includes('afsluiten: geen nieuwe verzoeken meer'), 30_000, 'afsluiten gelogd');
    traag.rest();
    const traagAntwoord = await traag.antwoord;
    expect(traagAntwoord).toMatchObject({ status: 201 });

    const afloop = await server.afloop;
    const uitkomsten = await last.stop();
    expect(afloop).toEqual({ code: 0, signaal: null });

    // Every request got a complete answer: 201, or 503 with Retry-After (arrived during shutdown);
    // or its connection was refused because the server had stopped listening.
    const soorten = new Map<string, number>();
    for (const u of uitkomsten) {
      const soort = u.status !== null ? `HTTP ${u.status}` : `fout ${u.fout}`;
      soorten.set(soort, (soorten.get(soort) ?? 0) + 1);
    }
    const toegestaan = ['HTTP 201', 'HTTP 503', 'fout ECONNREFUSED', 'fout ECONNRESET'];
    expect([...soorten.keys()].filter((s) => !toegestaan.includes(s)), JSON.stringify([...soorten])).toEqual([]);
    for (const u of uitkomsten.filter((x) => x.status === 503)) {
      expect(u.headers!['retry-after']).toBe('1');
      expect(u.headers!['content-type']).toBe('application/problem+json');
      expect(u.body.detail).toContain('stopt');
    }
    expect(uitkomsten.filter((u) => u.status === 201).length).toBeGreaterThanOrEqual(20);

    const regels = server.uitvoer().split('\n').filter((r) => r.startsWith('{')).map((r) => JSON.parse(r));
    const begin = regels.find((r) => r.msg?.startsWith('afsluiten: geen nieuwe verzoeken meer'));
    expect(begin.lopendeVerzoeken).toBeGreaterThanOrEqual(1);
    expect(regels.find((r) => r.msg === 'afgesloten')).toMatchObject({ signaal: 'SIGTERM', netjes: true });

    // Afterwards every acknowledged dossier is in the database (it was closed cleanly). A reset
    // connection is one the kernel still held in its accept queue when the socket closed: the server
    // never read it, so it must have left no trace (no audit row with its request id).
    const aangemaakt = [...uitkomsten.filter((u) => u.status === 201).map((u) => u.body.id as string), traagAntwoord.body.id as string];
    const ids = new Set((await omgeving.vraag<{ id: string }>('select id::text from dossiers')).map((r) => r.id));
    expect(aangemaakt.filter((id) => !ids.has(id))).toEqual([]);
    const gereset = uitkomsten.filter((u) => u.fout === 'ECONNRESET').map((u) => u.requestId!);
    const sporen = await omgeving.vraag<{ request_id: string }>('select request_id from auditregels where request_id like \'afsluiten-%\'');
    expect(sporen.map((r) => r.request_id).filter((r) => gereset.includes(r))).toEqual([]);
    // Every dossier written belongs to an answered request, none to a broken one.
    expect(ids.size).toBe(aangemaakt.length);
  }, 300_000);
});
