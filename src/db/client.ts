// One database type for both engines: postgres.js against PostgreSQL, or embedded PGlite.
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: query code works on both. */
export type Queryable = Db | Tx;

export interface Database {
  db: Db;
  /**
   * The same database on connections whose COMMIT does not wait for the write-ahead log to reach the
   * disk (synchronous_commit = off). Only for writes that a database crash may lose without harm:
   * rate-limit counters, and the Idempotency-Key claim and lease renewals. The claim is safe because
   * the request's own transaction commits after it and does wait: PostgreSQL flushes the log in
   * order, so a use case that survives a crash has its claim too. Such a commit releases its row lock
   * without waiting for the disk, so one credential's counter row no longer makes its requests queue
   * behind each other's flushes. PGlite: the same as db.
   */
  asynchroon: Db;
  engine: 'postgres' | 'pglite';
  /** Runs fn while holding a session-level advisory lock (migrations, seeding). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function connectPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(url, { max: Math.max(2, options.max ?? 10), onnotice: () => {} });
  const db = drizzle(client, { schema, casing: 'snake_case' }) as unknown as Db;
  // postgres.js connects on first use: an instance that never counts opens none of these.
  const asynchroonClient = postgres(url, { max: Math.max(1, Math.ceil((options.max ?? 10) / 2)), onnotice: () => {}, connection: { synchronous_commit: 'off' } });
  const asynchroon = drizzle(asynchroonClient, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    asynchroon,
    engine: 'postgres',
    async withAdvisoryLock(key, fn) {
      // A reserved connection holds the lock (so the pool needs at least two connections); other
      // instances block here until it is released.
      const conn = await client.reserve();
      try {
        await conn`select pg_advisory_lock(${key})`;
        try {
          return await fn();
        } finally {
          await conn`select pg_advisory_unlock(${key})`;
        }
      } finally {
        conn.release();
      }
    },
    close: async () => { await Promise.all([client.end({ timeout: 5 }), asynchroonClient.end({ timeout: 5 })]); },
  };
}

/**
 * PostgreSQL settings of the embedded database. PGlite's WebAssembly memory never shrinks, so what
 * PostgreSQL allocates at start stays resident: with initdb's default of 128 MB shared buffers a
 * server sat at ~350 MB RSS. 16 MB of buffers is plenty for one process's working set (measured:
 * ~225 MB RSS at start; README "Benchmark").
 */
export const PGLITE_INSTELLINGEN = ['shared_buffers=16MB', 'wal_buffers=1MB', 'work_mem=2MB', 'maintenance_work_mem=16MB'];

export async function connectPglite(dataDir?: string): Promise<Database & { pglite: PGlite }> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  // startParams replaces PGlite's own (single-user mode and more): extend them, never drop them.
  const standaard = (PGlite as unknown as { defaultStartParams?: unknown }).defaultStartParams;
  const startParams = Array.isArray(standaard) ? [...(standaard as string[]), ...PGLITE_INSTELLINGEN.flatMap((i) => ['-c', i])] : undefined;
  const pglite = new PGlite({ ...(dataDir ? { dataDir } : {}), ...(startParams ? { startParams } : {}) });
  await pglite.waitReady;
  const db = drizzle(pglite, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    asynchroon: db,
    pglite,
    engine: 'pglite',
    // PGlite is one process and one connection: nothing else can run a migration concurrently.
    withAdvisoryLock: (_key, fn) => fn(),
    close: () => pglite.close(),
  };
}

/** Rows of a raw `db.execute(sql...)` result, whichever driver produced it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
