// A database for tests of the operator CLI (`npm run beheer`, called through voerUit): a fresh PGlite
// folder, or a fresh, empty PostgreSQL database (TEST_DATABASE_URL). The CLI migrates it itself.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { voerUit } from '../../src/cli/beheer.js';
import { connectPglite, connectPostgres, type Database } from '../../src/db/client.js';
import { ingebouwdeDatabaseMap } from '../../src/db/ingebouwd.js';

export interface BeheerDoel {
  env: Record<string, string | undefined>;
  /** A folder of its own for files next to the database (the audit anchors). */
  map: string;
  /** A direct connection for checks; only while the CLI is not running (PGlite is single-process). */
  open(): Promise<Database>;
  opruimen(): Promise<void>;
}

export async function pgliteDoel(): Promise<BeheerDoel> {
  const map = await mkdtemp(path.join(tmpdir(), 'nrm-cli-'));
  return {
    env: { DATA_DIR: map },
    map,
    open: () => connectPglite(ingebouwdeDatabaseMap(map)),
    opruimen: () => rm(map, { recursive: true, force: true }),
  };
}

export async function postgresDoel(beheerUrl: string): Promise<BeheerDoel> {
  // The prefix nrm_test_ lets the global setup drop a leftover of an aborted run.
  const naam = `nrm_test_cli_${randomBytes(4).toString('hex')}`;
  const beheer = postgres(beheerUrl, { max: 1, onnotice: () => {} });
  try { await beheer.unsafe(`create database "${naam}"`); } finally { await beheer.end(); }
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  const map = await mkdtemp(path.join(tmpdir(), 'nrm-cli-'));
  return {
    env: { DATABASE_URL: url.toString() },
    map,
    open: () => connectPostgres(url.toString(), { max: 2 }),
    async opruimen() {
      await rm(map, { recursive: true, force: true });
      const b = postgres(beheerUrl, { max: 1, onnotice: () => {} });
      try { await b.unsafe(`drop database if exists "${naam}" with (force)`); } finally { await b.end(); }
    },
  };
}

export const beheerMotoren: Array<[string, () => Promise<BeheerDoel>]> = [['PGlite', pgliteDoel]];
if (process.env.TEST_DATABASE_URL) beheerMotoren.push(['PostgreSQL', () => postgresDoel(process.env.TEST_DATABASE_URL!)]);

/** Runs one CLI command; stdout parsed as JSON when it is JSON. */
export async function beheer(env: Record<string, string | undefined>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await voerUit(argv, env, { log: (s) => out.push(s), fout: (s) => err.push(s) });
  const stdout = out.join('\n');
  let json: any;
  try { json = stdout ? JSON.parse(stdout) : undefined; } catch { /* usage text */ }
  return { code, stdout, stderr: err.join('\n'), json };
}
