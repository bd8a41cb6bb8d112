// Issue 12.3: the service survives its database. Under load the test terminates the server's
// PostgreSQL connections (pg_terminate_backend), makes the database unreachable for a while (no new
// connections allowed, all backends terminated) and then terminates every backend repeatedly, as a
// restart of PostgreSQL would. The process never exits; while the database is away requests get 503
// problem+json with Retry-After and /ready is 503; afterwards it serves again without a restart;
// every 201 is readable and nothing is half-written.
//
// Without the patch to postgres.js 3.4.9 (patches/postgres+3.4.9.patch) the process dies here with
// "TypeError: Cannot read properties of null (reading 'write')" in connection.js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { opPostgres } from '../support/harness.js';
import { DOSSIER, startLast, verzoek, wachtTot, type Uitkomst } from '../support/last.js';
import { postgresVoorServer, startServerProces, wacht, type ServerProces } from '../support/serverproces.js';

describe.runIf(opPostgres)('de database valt weg onder last', () => {
  let pg: Awaited<ReturnType<typeof postgresVoorServer>>;
  let admin: postgres.Sql;
  let naam: string;
  let server: ServerProces | null = null;
  let sleutel: string;

  beforeAll(async () => {
    pg = await postgresVoorServer();
    naam = new URL(pg.url).pathname.slice(1);
    admin = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} });
    sleutel = pg.sleutels.find((s) => s.organisatieType === 'politie' && s.rol === 'intaker')!.sleutel;
  }, 120_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    await admin?.unsafe(`alter database "${naam}" allow_connections true`).catch(() => {});
    await admin?.end();
    await pg?.opruimen();
  });

  /** Terminates every connection to the server's database; returns how many. */
  async function beeindigVerbindingen(): Promise<number> {
    const rijen = await admin`select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = ${naam} and pid <> pg_backend_pid()`;
    return rijen.filter((r) => r.ok).length;
  }

  const levend = () => server!.proces.exitCode === null && server!.proces.signalCode === null;

  it('overleeft beëindigde verbindingen, onbereikbaarheid en herstarts zonder te stoppen of iets te verliezen', async () => {
    server = await startServerProces({ DATABASE_URL: pg.url, JOB_INTERVAL_SECONDS: '3600', LOG_LEVEL: 'warn' });
    const { basis } = server;
    let nr = 0;
    const last = startLast({
      workers: 8, maxVerzoeken: 20_000,
      maakVerzoek: () => verzoek(basis, 'POST', '/v1/dossiers', { sleutel, body: DOSSIER, headers: { 'X-Request-Id': `uitval-${++nr}` }, tijdslimietMs: 30_000 }),
    });
    const aantal201 = () => last.uitkomsten.filter((u) => u.status === 201).length;
    await wachtTot(() => aantal201() >= 20, 60_000, 'de eerste dossiers');

    // 1. Connections terminated under load, again and again.
    let beeindigd = 0;
    for (let ronde = 0; ronde < 15; ronde++) {
      beeindigd += await beeindigVerbindingen();
      const doel = aantal201() + 5;
      await wachtTot(() => aantal201() >= doel || !levend(), 60_000, 'weer dossiers na het beëindigen');
      expect(levend(), server.uitvoer().slice(-2000)).toBe(true);
    }
    expect(beeindigd).toBeGreaterThan(0);

    // 2. The database is unreachable: no new connections, all existing ones terminated.
    await admin.unsafe(`alter database "${naam}" allow_connections false`);
    // A connection that was starting up during the ALTER may still get through: terminate until none is left.
    await wachtTot(async () => {
      await beeindigVerbindingen();
      const r = await verzoek(basis, 'GET', '/ready', { tijdslimietMs: 5000 });
      if (process.env.NRM_DEBUG) console.log('ready', r.status, r.fout, JSON.stringify(r.body));
      return r.status === 503;
    }, 30_000, '/ready wordt 503');
    let weigering: Uitkomst | undefined;
    await wachtTot(async () => {
      const u = await verzoek(basis, 'POST', '/v1/dossiers', { sleutel, body: DOSSIER });
      if (process.env.NRM_DEBUG) console.log('post', u.status, u.fout, JSON.stringify(u.body));
      if (u.status === 503) weigering = u;
      return weigering !== undefined;
    }, 30_000, 'een POST krijgt 503');
    expect(weigering!.headers!['content-type']).toBe('application/problem+json');
    expect(Number(weigering!.headers!['retry-after'])).toBeGreaterThan(0);
    expect(weigering!.body).toMatchObject({ status: 503, title: 'Tijdelijk niet beschikbaar' });
    expect(weigering!.body.detail).toContain('database is tijdelijk niet bereikbaar');
    expect(JSON.stringify(weigering!.body)).not.toMatch(/select|insert|ECONN|postgres/i);
    await wacht(1000);
    expect(levend(), server.uitvoer().slice(-2000)).toBe(true);

    // 3. Back: it serves again without a restart.
    await admin.unsafe(`alter database "${naam}" allow_connections true`);
    await wachtTot(async () => (await verzoek(basis, 'GET', '/ready')).status === 200, 60_000, '/ready wordt weer 200');
    const naHerstel = aantal201();
    await wachtTot(() => aantal201() >= naHerstel + 20, 60_000, 'weer dossiers na herstel');

    // 4. Restart-like: every backend terminated several times in quick succession.
    for (let ronde = 0; ronde < 5; ronde++) {
      for (let i = 0; i < 3; i++) { await beeindigVerbindingen(); await wacht(30); }
      const doel = aantal201() + 5;
      await wachtTot(() => aantal201() >= doel || !levend(), 60_000, 'weer dossiers na de herstart');
      expect(levend(), server.uitvoer().slice(-2000)).toBe(true);
    }

    const uitkomsten = await last.stop();
    expect(levend(), server.uitvoer().slice(-2000)).toBe(true);
    expect(await server.stop()).toEqual({ code: 0, signaal: null });
    server = null;

    // Only complete answers: 201, or 503 with Retry-After. Never a 500, a reset or a hang.
    const soorten = new Map<string, number>();
    for (const u of uitkomsten) soorten.set(u.status === null ? `fout ${u.fout}` : `HTTP ${u.status}`, (soorten.get(u.status === null ? `fout ${u.fout}` : `HTTP ${u.status}`) ?? 0) + 1);
    expect([...soorten.keys()].filter((s) => s !== 'HTTP 201' && s !== 'HTTP 503'), JSON.stringify([...soorten])).toEqual([]);
    for (const u of uitkomsten.filter((x) => x.status === 503)) {
      expect(u.headers!['retry-after']).toBeDefined();
      expect(u.headers!['content-type']).toBe('application/problem+json');
    }

    // 0 acknowledged writes lost: every 201 is in the database.
    const aangemaakt = uitkomsten.filter((u) => u.status === 201).map((u) => u.body.id as string);
    const inDatabase = new Set((await pg.beheer`select id::text from dossiers`).map((r) => r.id as string));
    expect(aangemaakt.filter((id) => !inDatabase.has(id))).toEqual([]);
    // Nothing half-written: every dossier has its audit row and its registration grant (one transaction).
    const [half] = await pg.beheer`
      select count(*)::int as n from dossiers d
      where not exists (select 1 from auditregels a where a.dossier_id = d.id and a.actie = 'dossier.geregistreerd')
         or not exists (select 1 from toegangsrechten t where t.dossier_id = d.id and t.doel = 'registratie')`;
    expect(half!.n).toBe(0);
    // A dossier without a 201 can only belong to a request that got 503 (its COMMIT went through but
    // the connection broke before the answer): never more of those than there were 503s.
    expect(inDatabase.size - aangemaakt.length).toBeLessThanOrEqual(soorten.get('HTTP 503') ?? 0);
  }, 400_000);
});
