// The one place that decides which database a Node process opens (server and operator tool alike):
// PostgreSQL with DATABASE_URL, otherwise the embedded PGlite in DATA_DIR/pglite, taken under its
// lock file (src/db/ingebouwd.ts) so the server and `npm run beheer` never use two databases or
// open one at the same time.
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
