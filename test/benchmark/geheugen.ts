// Memory (README.md "Benchmark", last budget): the resident set size of a separately started server — the
// real entry point against the bench database — while it runs its start-up jobs and serves the offer +
// grant workload over HTTP. RSS is sampled from /proc/<pid>/status (VmRSS).
//
// The server runs as `npm start` runs it: the compiled dist/entry-node.js (built once per benchmark
// run with `npm run build`) under `node --max-old-space-size=128`, without the npm wrapper process,
// so the pid we sample is the server itself. (Under tsx it would carry the TypeScript loader: ~50 MB more, README "Benchmark".)
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { projectMap, vrijePoort } from '../support/poort.js';

export { projectMap, vrijePoort };

/** RSS of a process in bytes (Linux /proc), or null when it is gone. */
export async function rssVan(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

export interface Server {
  proces: ChildProcess;
  basis: string;
  /** True once the server logged that its first job run finished. */
  jobsKlaar(): boolean;
  stop(): Promise<void>;
}

let gebouwd = false;
/** `npm run build` (the prestart of `npm start`), once per benchmark run. */
function bouwEenmaal() {
  if (gebouwd) return;
  execFileSync('npm', ['run', '-s', 'build'], { cwd: projectMap, stdio: 'inherit' });
  gebouwd = true;
}

/** Starts the server on a free port and waits until /ready answers 200. */
export async function startServer(databaseUrl: string, log: (regel: string) => void, extraEnv: Record<string, string> = {}): Promise<Server> {
  const poort = await vrijePoort();
  bouwEenmaal();
  const proces = spawn(process.execPath, ['--max-old-space-size=128', 'dist/entry-node.js'], {
    cwd: projectMap,
    env: {
      // debug: the service's only debug line is the job loop's "<naam> uitgevoerd" (src/entry-node.ts
      // herhaal), which tells when the start-up jobs finished; at info it never came and every run
      // reported the jobs as still running.
      ...process.env, DATABASE_URL: databaseUrl, PORT: String(poort), LOG_LEVEL: 'debug', NODE_ENV: 'production',
      RATE_LIMIT_PER_MINUUT: '1000000000', RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: '1000000000',
      // Production requires an audit key; the anchors go to a file of this run, not to ./data.
      AUDIT_SLEUTEL: 'benchmark-auditsleutel-niet-geheim-0123456789', VERWERKINGSLOG_SLEUTEL: 'benchmark-verwerkingslog-niet-geheim',
      CURSOR_SLEUTEL: 'benchmark-cursorsleutel-niet-geheim', AUDIT_ANKER_PAD: path.join(tmpdir(), `nrm-bench-ankers-${poort}.jsonl`),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let jobsKlaar = false;
  let staart = '';
  // The server logs one JSON line per request (pino, info): read and drop them, as a log shipper would.
  proces.stdout!.on('data', (b: Buffer) => {
    const tekst = b.toString();
    if (tekst.includes('jobs uitgevoerd') || tekst.includes('jobs mislukt')) jobsKlaar = true;
    staart = (staart + tekst).slice(-2000);
  });
  proces.stderr!.on('data', (b: Buffer) => { staart = (staart + b.toString()).slice(-2000); });
  const basis = `http://127.0.0.1:${poort}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proces.exitCode !== null) throw new Error(`Server stopte bij het starten (code ${proces.exitCode}):\n${staart}`);
    try {
      const res = await fetch(`${basis}/ready`);
      if (res.status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) { proces.kill('SIGKILL'); throw new Error(`Server niet gereed binnen 60 s:\n${staart}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`  server pid ${proces.pid} op ${basis}`);
  return {
    proces, basis,
    jobsKlaar: () => jobsKlaar,
    async stop() {
      if (proces.exitCode !== null) return;
      const gestopt = new Promise<void>((r) => proces.once('exit', () => r()));
      proces.kill('SIGTERM');
      const tijdslimiet = setTimeout(() => proces.kill('SIGKILL'), 10_000);
      await gestopt;
      clearTimeout(tijdslimiet);
    },
  };
}

/** Samples RSS of a pid every `intervalMs` until stop() is called; returns the samples in bytes. */
export function bemonsterRss(pid: number, intervalMs = 200) {
  const monsters: number[] = [];
  /** [seconds since the start of sampling, MB], for the JSON: how RSS moved over time. */
  const reeks: Array<[number, number]> = [];
  const start = performance.now();
  let actief = true;
  const lus = (async () => {
    while (actief) {
      const rss = await rssVan(pid);
      if (rss !== null) {
        monsters.push(rss);
        reeks.push([Math.round((performance.now() - start) / 100) / 10, Math.round(mb(rss))]);
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    monsters,
    reeks,
    /** Seconds since sampling started (to mark events in the series). */
    nu: () => Math.round((performance.now() - start) / 100) / 10,
    async stop() { actief = false; await lus; return monsters; },
  };
}

export const mb = (bytes: number) => bytes / (1024 * 1024);
