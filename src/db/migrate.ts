// Applies the committed migrations in drizzle/ under an advisory lock, so several instances
// starting at once never run them twice (drizzle's migrator takes no lock itself; docs/beslissingen/0007-ingebouwde-of-serverdatabase.md).
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Database } from './client.js';

export const MIGRATION_LOCK_KEY = 727_3_2000; // "273f" + "2000": any constant shared by all instances
export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

export async function migrate(database: Database): Promise<void> {
  await database.withAdvisoryLock(MIGRATION_LOCK_KEY, async () => {
    if (database.engine === 'pglite') {
      const { migrate: run } = await import('drizzle-orm/pglite/migrator');
      await run(database.db as never, { migrationsFolder });
    } else {
      const { migrate: run } = await import('drizzle-orm/postgres-js/migrator');
      await run(database.db as never, { migrationsFolder });
    }
  });
}

/** Number of migration files committed in drizzle/ (the readiness check compares with the database). */
export async function expectedMigrationCount(): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'));
  return journal.entries.length;
}
