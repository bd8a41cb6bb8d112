// Issue 12.4 with a real crash: a server process is killed with SIGKILL while a POST with an
// Idempotency-Key is in progress (held up by a lock the test holds on the audit table). Its claim has
// no answer; after the lease a retry on a new server succeeds, and exactly one dossier exists.
// PostgreSQL only: the test needs a second connection to hold the lock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opPostgres } from '../support/harness.js';
import { DOSSIER, verzoek, wachtTot } from '../support/last.js';
import { postgresVoorServer, startServerProces, type ServerProces } from '../support/serverproces.js';

describe.runIf(opPostgres)('Idempotency-Key na kill -9 midden in een verzoek', () => {
  let pg: Awaited<ReturnType<typeof postgresVoorServer>>;
  let server: ServerProces | null = null;
  let sleutel: string;
  const env = () => ({ DATABASE_URL: pg.url, IDEMPOTENCY_LEASE_SECONDS: '3', JOB_INTERVAL_SECONDS: '3600' });

  beforeAll(async () => {
    pg = await postgresVoorServer();
    sleutel = pg.sleutels.find((s) => s.organisatieType === 'politie' && s.rol === 'intaker')!.sleutel;
  }, 120_000);
  afterAll(async () => { await server?.stop('SIGKILL'); await pg?.opruimen(); });

  it('een herhaling na de lease slaagt; er is precies één dossier', async () => {
    server = await startServerProces(env());
    const headers = { 'Idempotency-Key': 'kill-9-1' };

    // Hold the audit table: the request claims its key, writes its dossier and then waits for the lock.
    let loslaten!: () => void;
    const vrij = new Promise<void>((r) => { loslaten = r; });
    const slot = pg.beheer.begin(async (tx) => {
      await tx`lock table auditregels in exclusive mode`;
      await vrij;
    });
    const eerste = verzoek(server.basis, 'POST', '/v1/dossiers', { sleutel, body: DOSSIER, headers });
    await wachtTot(async () => {
      const [r] = await pg.beheer`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
      return r!.n >= 1;
    }, 60_000, 'het verzoek wacht op de lock');

    expect(await server.stop('SIGKILL')).toEqual({ code: null, signaal: 'SIGKILL' });
    server = null;
    expect((await eerste).status).toBeNull();
    loslaten();
    await slot;

    // The claim is left without an answer, and the dying request's transaction was rolled back.
    const [claim] = await pg.beheer`select status, tijdstip_lease_tot from idempotentie_sleutels where sleutel = 'kill-9-1'`;
    expect(claim).toMatchObject({ status: null });
    expect(claim!.tijdstip_lease_tot).toBeInstanceOf(Date);
    const [{ n: voor }] = await pg.beheer`select count(*)::int as n from dossiers` as unknown as [{ n: number }];
    expect(voor).toBe(0);

    server = await startServerProces(env());
    // Wait for the lease to run out (a bound on the wait, not an assertion on time).
    await wachtTot(async () => {
      const [r] = await pg.beheer`select tijdstip_lease_tot < now() as verlopen from idempotentie_sleutels where sleutel = 'kill-9-1'`;
      return r!.verlopen === true;
    }, 30_000, 'de lease is verlopen');
    const herhaling = await verzoek(server.basis, 'POST', '/v1/dossiers', { sleutel, body: DOSSIER, headers });
    expect(herhaling.status, JSON.stringify(herhaling.body)).toBe(201);
    const replay = await verzoek(server.basis, 'POST', '/v1/dossiers', { sleutel, body: DOSSIER, headers });
    expect(replay.status).toBe(201);
    expect(replay.headers!['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(herhaling.body.id);

    const dossiers = await pg.beheer`select id::text from dossiers`;
    expect(dossiers.map((d) => d.id)).toEqual([herhaling.body.id]);
    expect(await server.stop()).toEqual({ code: 0, signaal: null });
    server = null;
  }, 240_000);
});
