// The real server as a child process (src/entry-node.ts, as `npm start` runs it) on a free port, for
// the tests that are about the process itself: the operator tool beside it, shutdown, crashes,
// database failures, the documentation's commands. Also a scratch PostgreSQL database per test and
// commands run through bash as an operator would type them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { connectPostgres } from '../../src/db/client.js';
import { parseConfig } from '../../src/config.js';
import { maakDemoOrganisaties, type DemoSleutel } from '../../src/seed/demo.js';

import { projectMap, vrijePoort } from './poort.js';

export { projectMap, vrijePoort };

export const wacht = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The environment of a child: this process's, without the database settings of the test run. */
export function kindOmgeving(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'DATA_DIR', 'PORT', 'NODE_OPTIONS']) delete env[k];
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) env[k] = v;
  return env;
}

export interface Afloop { code: number | null; signaal: NodeJS.Signals | null }

export interface ServerProces {
  proces: ChildProcess;
  poort: number;
  basis: string;
  /** Everything the process wrote to stdout and stderr so far. */
  uitvoer(): string;
  afloop: Promise<Afloop>;
  /** Sends a signal (SIGTERM by default) and waits for the process to end. */
  stop(signaal?: NodeJS.Signals): Promise<Afloop>;
}

/**
 * Starts `node --import tsx src/entry-node.ts` (what `npm start` runs, without the build step and the
 * npm wrapper, so the pid is the server's own) and waits until /ready answers 200.
 */
export async function startServerProces(env: Record<string, string | undefined>, o: { wachtOpGereed?: boolean } = {}): Promise<ServerProces> {
  const poort = await vrijePoort();
  const proces = spawn(process.execPath, ['--import', 'tsx', 'src/entry-node.ts'], {
    cwd: projectMap,
    env: kindOmgeving({ LOG_LEVEL: 'info', PORT: String(poort), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  proces.stdout!.on('data', (b: Buffer) => { uitvoer += b.toString(); });
  proces.stderr!.on('data', (b: Buffer) => { uitvoer += b.toString(); });
  const afloop = new Promise<Afloop>((r) => proces.once('exit', (code, signaal) => r({ code, signaal })));
  const basis = `http://127.0.0.1:${poort}`;
  const server: ServerProces = {
    proces, poort, basis, afloop,
    uitvoer: () => uitvoer,
    async stop(signaal = 'SIGTERM') {
      if (proces.exitCode === null && proces.signalCode === null) proces.kill(signaal);
      const grens = setTimeout(() => proces.kill('SIGKILL'), 60_000);
      try { return await afloop; } finally { clearTimeout(grens); }
    },
  };
  if (o.wachtOpGereed === false) return server;
  // Generous: a first start on a busy 2-core machine initialises PGlite and applies the migrations.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proces.exitCode !== null || proces.signalCode !== null) {
      throw new Error(`De server stopte bij het starten (${proces.exitCode ?? proces.signalCode}):\n${uitvoer}`);
    }
    try {
      if ((await fetch(`${basis}/ready`)).status === 200) return server;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      proces.kill('SIGKILL');
      throw new Error(`De server was niet gereed binnen 120 s:\n${uitvoer}`);
    }
    await wacht(200);
  }
}

export interface Opdrachtuitkomst { code: number | null; stdout: string; stderr: string }

/** Runs a command (or script) through bash in the project folder, as an operator would type it. */
export function bash(regel: string, env: Record<string, string | undefined>, o: { tijdslimietMs?: number } = {}): Promise<Opdrachtuitkomst> {
  return new Promise((resolve, reject) => {
    const p = spawn('bash', ['-c', regel], { cwd: projectMap, env: kindOmgeving(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    p.stdout!.on('data', (b: Buffer) => { stdout += b.toString(); });
    p.stderr!.on('data', (b: Buffer) => { stderr += b.toString(); });
    const grens = setTimeout(() => {
      try { process.kill(-p.pid!, 'SIGKILL'); } catch { /* already gone */ }
      reject(new Error(`Tijdslimiet voor: ${regel}\n${stdout}\n${stderr}`));
    }, o.tijdslimietMs ?? 120_000);
    p.once('error', reject);
    let code: number | null = null;
    // Background jobs the command left (a receiver started with &) would keep its output open: once
    // bash itself has exited, end what is left of its process group.
    p.once('exit', (c) => {
      code = c;
      try { process.kill(-p.pid!, 'SIGTERM'); } catch { /* nothing left */ }
    });
    p.once('close', () => { clearTimeout(grens); resolve({ code, stdout, stderr }); });
  });
}

/** A fresh temporary DATA_DIR. */
export async function tijdelijkeMap(voorvoegsel: string) {
  const map = await mkdtemp(path.join(tmpdir(), voorvoegsel));
  return { map, opruimen: () => rm(map, { recursive: true, force: true }) };
}

/**
 * A scratch PostgreSQL database cloned from the run's migrated template (TEST_DATABASE_URL), with the
 * demo organisations and their keys, for a server started with DATABASE_URL.
 */
export async function postgresVoorServer(): Promise<{ url: string; sleutels: DemoSleutel[]; beheer: postgres.Sql; opruimen(): Promise<void> }> {
  const basisUrl = process.env.TEST_DATABASE_URL!;
  const naam = `nrm_test_proc_${randomBytes(4).toString('hex')}`;
  const admin = postgres(basisUrl, { max: 1, onnotice: () => {} });
  try { await admin.unsafe(`create database "${naam}" template "${inject('templateDatabase')}"`); } finally { await admin.end(); }
  const url = new URL(basisUrl);
  url.pathname = `/${naam}`;
  const database = await connectPostgres(url.toString(), { max: 2 });
  let sleutels: DemoSleutel[];
  try {
    ({ sleutels } = await maakDemoOrganisaties({ db: database.db, clock: { now: () => new Date() }, ids: { uuid: () => crypto.randomUUID() }, config: parseConfig({}) }));
  } finally {
    await database.close();
  }
  const beheer = postgres(url.toString(), { max: 2, onnotice: () => {} });
  return {
    url: url.toString(), sleutels, beheer,
    async opruimen() {
      await beheer.end({ timeout: 5 });
      const a = postgres(basisUrl, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`alter database "${naam}" allow_connections true`);
        await a.unsafe(`drop database if exists "${naam}" with (force)`);
      } finally { await a.end(); }
    },
  };
}
