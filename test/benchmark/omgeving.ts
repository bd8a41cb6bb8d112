// The benchmark's environment: a scratch database `nrm_bench_<random>` beside BENCH_DATABASE_URL,
// migrated with the project's own migrate(), the demo organisations with their keys, and the real
// app (createApp) wired as in test/support/harness.ts — but with the real clock, random ids, a
// no-op logger and a rate limit out of reach, because here we measure the use case, not the limiter's
// refusals. The database is dropped at the end `with (force)`.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createApp } from '../../src/app.js';
import { parseConfig, type Config } from '../../src/config.js';
import { randomIds, systemClock, type AppDeps, type Logger } from '../../src/context.js';
import { connectPostgres, type Database } from '../../src/db/client.js';
import { expectedMigrationCount, migrate } from '../../src/db/migrate.js';
import { maakDemoOrganisaties, type DemoCode } from '../../src/seed/demo.js';
import type { Rol } from '../../src/domain/catalogus.js';

/** A raw postgres.js client, for seeding with plain SQL and for EXPLAIN. */
export type RuweSql = postgres.Sql;

/**
 * No-op logger (logging is not what is measured), except that it keeps the first error the app logs
 * (already stripped of personal data by the app), so a failing request can be explained.
 */
export const stilleLogger: Logger & { eersteFout: string | null } = {
  eersteFout: null,
  info: () => {},
  warn: () => {},
  error(obj, msg) { stilleLogger.eersteFout ??= `${msg ?? ''} ${JSON.stringify(obj)}`; },
};

/** Configuration as the server would parse it, with the rate limits out of reach. */
export function benchConfig(extra: Record<string, string> = {}): Config {
  return parseConfig({ RATE_LIMIT_PER_MINUUT: '1000000000', RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: '1000000000', LOG_LEVEL: 'silent', ...extra });
}

export interface ScratchDatabase { naam: string; url: string; drop(): Promise<void> }

/** Creates an empty database beside the admin URL; drop() removes it even with open connections. */
export async function maakScratchDatabase(adminUrl: string): Promise<ScratchDatabase> {
  const naam = `nrm_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try { await admin.unsafe(`create database "${naam}"`); } finally { await admin.end(); }
  const url = new URL(adminUrl);
  url.pathname = `/${naam}`;
  let gedropt = false;
  return {
    naam,
    url: url.toString(),
    async drop() {
      if (gedropt) return;
      gedropt = true;
      const a = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try { await a.unsafe(`drop database if exists "${naam}" with (force)`); } finally { await a.end(); }
    },
  };
}

export interface BenchOmgeving {
  /** Connection URL of the scratch database (pgbench and the separate server use it). */
  url: string;
  /** Name of the scratch database. */
  naam: string;
  database: Database;
  ruw: RuweSql;
  deps: AppDeps;
  app: ReturnType<typeof createApp>;
  organisatieIds: Record<DemoCode, string>;
  /** Plain-text demo key of an organisation and role. */
  sleutel(org: DemoCode, rol: Rol): string;
  /** Id of that key (the audit rows name it). */
  sleutelId(org: DemoCode, rol: Rol): string;
  sluit(): Promise<void>;
}

/** Migrates the scratch database, creates the demo organisations and keys, and builds the app. */
export async function startOmgeving(url: string): Promise<BenchOmgeving> {
  // Pool size as in production (connectPostgres' default of 10): the server is measured as it runs.
  const database = await connectPostgres(url);
  await migrate(database);
  const config = benchConfig();
  const deps: AppDeps = {
    db: database.db, asynchroon: database.asynchroon, clock: systemClock, ids: randomIds, config, logger: stilleLogger,
    migrationsExpected: await expectedMigrationCount(),
  };
  const { sleutels, organisatieIds } = await maakDemoOrganisaties(deps);
  const ruw = postgres(url, { max: 2, onnotice: () => {} });
  const demoSleutel = (org: DemoCode, rol: Rol) => {
    const s = sleutels.find((k) => k.organisatieId === organisatieIds[org] && k.rol === rol);
    if (!s) throw new Error(`geen demosleutel voor ${org}/${rol}`);
    return s;
  };
  return {
    url, naam: new URL(url).pathname.slice(1), database, ruw, deps, app: createApp(deps), organisatieIds,
    sleutel: (org, rol) => demoSleutel(org, rol).sleutel,
    sleutelId: (org, rol) => demoSleutel(org, rol).sleutelId,
    async sluit() {
      await ruw.end({ timeout: 5 });
      await database.close();
    },
  };
}
