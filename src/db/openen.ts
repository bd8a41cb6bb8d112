// The one place that decides which database a Node process opens (server and operator tool alike):
// PostgreSQL with DATABASE_URL, otherwise the embedded PGlite in DATA_DIR/pglite, taken under its
// lock file (src/db/ingebouwd.ts) so the server and `npm run beheer` never use two databases or
// open one at the same time.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { connectPglite, connectPostgres, type Database } from './client.js';
import { ingebouwdeDatabaseMap, neemIngebouwdeDatabase, type Houder, type Slot } from './ingebouwd.js';

export interface GeopendeDatabase extends Database {
  /** Where the data is, for the start-up message: 'PostgreSQL' or the PGlite folder. */
  plek: string;
  /** The lock of the embedded database; absent on PostgreSQL. */
  slot?: Slot;
}

export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>,
  rol: Houder['rol'],
  opties: { max?: number } = {},
): Promise<GeopendeDatabase> {
  if (config.DATABASE_URL) {
    return { ...(await connectPostgres(config.DATABASE_URL, opties)), plek: 'PostgreSQL' };
  }
  const slot = await neemIngebouwdeDatabase(config.DATA_DIR, rol);
  const map = ingebouwdeDatabaseMap(config.DATA_DIR);
  let database: Database;
  try {
    if (!existsSync(path.join(map, 'PG_VERSION'))) await initialiseerInKindproces(map);
    database = await connectPglite(map);
  } catch (err) {
    await slot.vrijgeven();
    throw err;
  }
  return {
    ...database,
    plek: `PGlite in ${map}`,
    slot,
    async close() {
      try { await database.close(); } finally { await slot.vrijgeven(); }
    },
  };
}

/**
 * Creates a new embedded database (initdb) in a short-lived child process. PGlite runs initdb in a
 * second WebAssembly instance whose memory the process never gives back: done in the server itself,
 * a first start left it at ~850 MB RSS for its whole life instead of ~225 MB (README "Benchmark").
 */
async function initialiseerInKindproces(map: string): Promise<void> {
  const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const code = "import { PGlite } from '@electric-sql/pglite'; const p = new PGlite(process.argv[1]); await p.waitReady; await p.close();";
  const kind = spawn(process.execPath, ['--input-type=module', '-e', code, map], { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] });
  let fout = '';
  kind.stderr!.on('data', (b: Buffer) => { fout = (fout + b.toString()).slice(-2000); });
  const afloop = await new Promise<number | null>((resolve, reject) => { kind.once('error', reject); kind.once('exit', resolve); });
  if (afloop !== 0) throw new Error(`De ingebouwde database in ${map} kon niet worden aangemaakt: ${fout.trim() || `exitcode ${afloop}`}`);
}
