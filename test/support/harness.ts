// Test harness: a real database per test file (PGlite in memory, or a clone of the migrated
// PostgreSQL template when TEST_DATABASE_URL is set), the demo organisations with their keys, a
// fixed clock, and requests through app.request.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import type { Clock, Logger } from '../../src/context.js';
import { connectPglite, connectPostgres, rowsOf, type Database } from '../../src/db/client.js';
import { expectedMigrationCount, migrate } from '../../src/db/migrate.js';
import { maakDemoOrganisaties, type DemoCode } from '../../src/seed/demo.js';
import type { Rol } from '../../src/domain/catalogus.js';
import type { JwtInstellingen } from '../../src/access/jwt.js';
import type { Opzoeker } from '../../src/webhooks/adresbeleid.js';
import { contractcontrole, type Contractcontrole } from './contract.js';

export const opPostgres = Boolean(process.env.TEST_DATABASE_URL);

/**
 * Test values (not the public development defaults) of the secrets production requires
 * (src/config.ts), so a test may run the app with NODE_ENV=production.
 */
export const PRODUCTIEGEHEIMEN = {
  AUDIT_SLEUTEL: 'testsleutel-audit-0123456789abcdef0123456789',
  VERWERKINGSLOG_SLEUTEL: 'testsleutel-verwerkingslog-0123456789',
  CURSOR_SLEUTEL: 'testsleutel-cursor-0123456789abcdef',
};

export class VasteKlok implements Clock {
  constructor(private moment: Date) {}
  now() { return new Date(this.moment); }
  zet(moment: string | Date) { this.moment = new Date(moment); }
  verzet(ms: number) { this.moment = new Date(this.moment.getTime() + ms); }
}

export interface Logregel { niveau: string; obj: Record<string, unknown>; msg?: string }

export async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = await connectPglite();
    await migrate(db);
    return db;
  }
  const naam = `nrm_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${naam}" template "${inject('templateDatabase')}"`);
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${naam}`;
  const database = await connectPostgres(dbUrl.toString(), { max: 20 });
  const close = database.close;
  return {
    ...database,
    async close() {
      await close();
      const a = postgres(url, { max: 1, onnotice: () => {} });
      try { await a.unsafe(`drop database if exists "${naam}" with (force)`); } finally { await a.end(); }
    },
  };
}

export interface Antwoord<T = any> { status: number; body: T; headers: Headers; text: string }

export async function startTestApp(opties: { nu?: string; env?: Record<string, string>; jwt?: Omit<JwtInstellingen, 'sleutels'> & { sleutels: JwtInstellingen['sleutels'] }; opzoeker?: Opzoeker; contract?: false } = {}) {
  const database = await openTestDatabase();
  const klok = new VasteKlok(new Date(opties.nu ?? '2026-11-20T10:00:00Z'));
  let teller = 0;
  const ids = { uuid: () => crypto.randomUUID() };
  const logregels: Logregel[] = [];
  const logger: Logger = {
    info: (obj, msg) => { logregels.push({ niveau: 'info', obj, msg }); },
    warn: (obj, msg) => { logregels.push({ niveau: 'warn', obj, msg }); },
    error: (obj, msg) => { logregels.push({ niveau: 'error', obj, msg }); },
  };
  // The clock stands still in tests, so every request falls in one rate-limit window: the limits are
  // set out of reach here, and the rate-limit tests set their own.
  // Each test app has its own audit anchor file (issue 11), so no suite compares its database with
  // another suite's anchors, and a fixed audit key that is not the development value.
  const ankerbestand = path.join(tmpdir(), `nrm-ankers-${process.pid}-${randomBytes(6).toString('hex')}.jsonl`);
  const config = parseConfig({
    CORS_ORIGINS: 'https://nrm.example.org', RATE_LIMIT_PER_MINUUT: '1000000', RATE_LIMIT_AUTH_FOUTEN_PER_MINUUT: '1000000',
    ...PRODUCTIEGEHEIMEN, AUDIT_ANKER_PAD: ankerbestand, ...opties.env,
  });
  const deps = { db: database.db, asynchroon: database.asynchroon, clock: klok, ids, config, logger, migrationsExpected: await expectedMigrationCount(), jwt: opties.jwt, opzoeker: opties.opzoeker };
  const { sleutels, organisatieIds } = await maakDemoOrganisaties(deps);
  const app = createApp(deps);
  // Issue 16: every answer through verzoek is compared with the OpenAPI document
  // (test/support/contract.ts), in every suite; a mismatch fails the suite when its app closes.
  // `contract: false` only for a suite that writes rows the service never writes itself (say why there).
  const contract: Contractcontrole | undefined = opties.contract === false
    ? undefined
    : contractcontrole(await (await app.request('/v1/openapi.json')).json() as Record<string, unknown>);
  const eersteAfwijking = contract?.afwijkingen.length ?? 0;

  /** The demo key of an organisation and role, e.g. sleutel('politie', 'intaker'). */
  function sleutel(org: DemoCode, rol: Rol): string {
    const s = sleutels.find((k) => k.organisatieId === organisatieIds[org] && k.rol === rol);
    if (!s) throw new Error(`geen demosleutel voor ${org}/${rol}`);
    return s.sleutel;
  }

  async function verzoek<T = any>(methode: string, pad: string, o: { sleutel?: string; body?: unknown; headers?: Record<string, string>; ruweBody?: string } = {}): Promise<Antwoord<T>> {
    const headers: Record<string, string> = { ...o.headers };
    if (o.sleutel) headers.Authorization = `Bearer ${o.sleutel}`;
    let body: string | undefined = o.ruweBody;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['Content-Type'] ??= 'application/json';
    }
    const res = await app.request(pad, { method: methode, headers, body });
    const text = await res.text();
    contract?.controleer(methode, pad, res.status, res.headers, text);
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { /* not JSON */ }
    teller++;
    return { status: res.status, body: parsed as T, headers: res.headers, text };
  }

  /** Row counts of every table: compare before and after a refused request (nothing written). */
  async function tabeltellingen(): Promise<Record<string, number>> {
    const tabellen = rowsOf<{ tablename: string }>(await database.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`));
    const tellingen: Record<string, number> = {};
    for (const { tablename } of tabellen) {
      // Bookkeeping of the HTTP layer, not data: stored Idempotency-Key answers and rate-limit counters.
      if (tablename === 'idempotentie_sleutels' || tablename === 'snelheidsvensters') continue;
      const r = rowsOf<{ n: number }>(await database.db.execute(sql.raw(`select count(*)::int as n from "${tablename}"`)));
      tellingen[tablename] = r[0]!.n;
    }
    return tellingen;
  }

  /**
   * Issue 6: API keys and personal data never appear in logs. Every test app checks, when it closes,
   * every log line written during its suite against every key it handed out and every name and
   * V-number stored in its database.
   */
  async function controleerLogs(): Promise<void> {
    const rijen = rowsOf<{ voornamen: string | null; geslachtsnaam: string | null; vreemdelingennummer: string | null }>(
      await database.db.execute(sql`select voornamen, geslachtsnaam, vreemdelingennummer from persoonsgegevens`));
    const geheimen = [
      ...sleutels.map((k) => k.sleutel), ...(config.AUDIT_SLEUTEL ? [config.AUDIT_SLEUTEL] : []),
      ...rijen.flatMap((r) => [r.voornamen, r.geslachtsnaam, r.vreemdelingennummer]).filter((w): w is string => Boolean(w && w.length >= 4)),
    ];
    const log = JSON.stringify(logregels);
    const gelekt = geheimen.filter((g) => log.includes(g));
    if (gelekt.length > 0) throw new Error(`Geheimen of persoonsgegevens in de logregels: ${gelekt.length} gevonden`);
  }

  /** The answers of this suite that the OpenAPI document does not describe (issue 16). */
  function controleerContract(): void {
    const afwijkingen = contract?.afwijkingen.slice(eersteAfwijking) ?? [];
    if (afwijkingen.length === 0) return;
    const lijst = [...new Set(afwijkingen.map((a) => `${a.methode} ${a.pad} ${a.status}: ${a.reden}`))];
    throw new Error(`${lijst.length} antwoorden volgen het OpenAPI-document niet:\n${lijst.join('\n')}`);
  }

  return {
    app, contract, db: database.db, database, klok, deps, sleutels, organisatieIds, sleutel, verzoek, tabeltellingen, logregels, ankerbestand,
    get aantalVerzoeken() { return teller; },
    async close() {
      try {
        await controleerLogs();
        controleerContract();
      } finally { await database.close(); await rm(ankerbestand, { force: true }); }
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;
