// Command-line options of the benchmark (README.md "Benchmark"). Everything has a default that finishes in
// a few minutes on the 2-core machine; the flags exist to scale up or down, not to tune the result.
import os from 'node:os';
import path from 'node:path';

export interface Opties {
  /** Dossiers in the scale data set (worklist and feed at scale). */
  dossiers: number;
  /** Notifications for IND in the feed (volgnummer 1..N). */
  kennisgevingen: number;
  /** Seconds per throughput run (the app run, the pgbench run and the server run each). */
  duur: number;
  /** Concurrent workers (app) and clients (pgbench). */
  clients: number;
  /** Requests per latency measurement, after the warm-up. */
  metingen: number;
  /** Running bedenktijden whose end date has passed, for the expiry job. */
  verlopen: number;
  /** Where the JSON result goes. */
  out: string;
  /** Send an Idempotency-Key on every POST, as a careful client does (README.md "HTTP conventions"). */
  idempotencyKey: boolean;
  /** Print EXPLAIN (ANALYZE, BUFFERS) of the two list queries even when their budget holds. */
  explain: boolean;
  /** Skip the separately started server (measure RSS of this process only). */
  zonderServer: boolean;
  /** NODE_OPTIONS for the separately started server, e.g. '--max-old-space-size=96' (default: none, as npm start). */
  serverNodeOptions: string | null;
  /** Administrative connection; the scratch database is created beside it. */
  adminUrl: string;
  /** Measure the embedded (PGlite) mode: start-up and RSS of `npm start` on a fresh DATA_DIR. */
  ingebouwd: boolean;
  /** Only that: no PostgreSQL needed. */
  alleenIngebouwd: boolean;
}

const HULP = `Gebruik / usage: npx tsx test/benchmark/run.ts [opties]
  --dossiers N          dossiers in de schaaldataset (standaard 1000000)
  --kennisgevingen N    kennisgevingen voor IND in de feed (standaard gelijk aan --dossiers)
  --duur S              seconden per doorvoerrun (standaard 20)
  --clients C           gelijktijdige workers / pgbench-clients (standaard 8)
  --metingen N          verzoeken per latentiemeting na opwarmen (standaard 300)
  --verlopen N          verlopen bedenktijden voor de verloopjob (standaard 10000)
  --out BESTAND         JSON-resultaat (standaard <tmpdir>/benchmark-resultaat.json)
  --zonder-idempotency-key   POST zonder Idempotency-Key
  --explain             toon altijd EXPLAIN (ANALYZE, BUFFERS) van de lijstqueries
  --zonder-server       meet RSS alleen in dit proces, start geen aparte server (en geen kale basislijn en geen vast-tempometing)
  --server-node-options "…"  NODE_OPTIONS voor de aparte server (bijv. "--max-old-space-size=96")
  --zonder-ingebouwd    sla de meting van de ingebouwde database (npm start op een nieuwe DATA_DIR) over
  --alleen-ingebouwd    alleen die meting (start, README-walkthrough, last, tweede start); geen PostgreSQL nodig
Omgeving: BENCH_DATABASE_URL (standaard postgres://postgres@127.0.0.1:5432/postgres)`;

function geheelGetal(naam: string, waarde: string | undefined, min: number): number {
  const n = Number(waarde);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${naam} verwacht een geheel getal >= ${min}, niet '${waarde}'.\n\n${HULP}`);
  return n;
}

export function leesOpties(argv: string[], env: NodeJS.ProcessEnv): Opties {
  const waarden = new Map<string, string>();
  const vlaggen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') { console.log(HULP); process.exit(0); }
    if (!arg.startsWith('--')) throw new Error(`Onbekend argument '${arg}'.\n\n${HULP}`);
    const [naam, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (['zonder-idempotency-key', 'explain', 'zonder-server', 'zonder-ingebouwd', 'alleen-ingebouwd'].includes(naam)) { vlaggen.add(naam); continue; }
    const waarde = inline ?? argv[++i];
    if (waarde === undefined) throw new Error(`--${naam} mist een waarde.\n\n${HULP}`);
    waarden.set(naam, waarde);
  }
  const bekend = ['dossiers', 'kennisgevingen', 'duur', 'clients', 'metingen', 'verlopen', 'out', 'server-node-options'];
  for (const naam of waarden.keys()) if (!bekend.includes(naam)) throw new Error(`Onbekende optie --${naam}.\n\n${HULP}`);

  const dossiers = geheelGetal('dossiers', waarden.get('dossiers') ?? '1000000', 1000);
  return {
    dossiers,
    kennisgevingen: geheelGetal('kennisgevingen', waarden.get('kennisgevingen') ?? String(dossiers), 1000),
    duur: geheelGetal('duur', waarden.get('duur') ?? '20', 1),
    clients: geheelGetal('clients', waarden.get('clients') ?? '8', 1),
    metingen: geheelGetal('metingen', waarden.get('metingen') ?? '300', 10),
    verlopen: geheelGetal('verlopen', waarden.get('verlopen') ?? '10000', 1),
    out: path.resolve(waarden.get('out') ?? path.join(os.tmpdir(), 'benchmark-resultaat.json')),
    idempotencyKey: !vlaggen.has('zonder-idempotency-key'),
    explain: vlaggen.has('explain'),
    zonderServer: vlaggen.has('zonder-server'),
    ingebouwd: !vlaggen.has('zonder-ingebouwd'),
    alleenIngebouwd: vlaggen.has('alleen-ingebouwd'),
    serverNodeOptions: waarden.get('server-node-options') ?? null,
    adminUrl: env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  };
}
