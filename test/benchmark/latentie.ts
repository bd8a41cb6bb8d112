// Latency of the two lists that must stay fast at one million dossiers (README.md "Benchmark", second budget):
// the worklist "running, ends within 14 days" (police) and a page of IND's notification feed. Each is
// requested through app.request — authentication, rate limit, the use case, serialisation and the
// processing log (Logboek Dataverwerkingen) included — one request at a time, after a warm-up.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../src/context.js';
import type { Db } from '../../src/db/client.js';
import { bedenktijden } from '../../src/db/schema.js';
import { heeftToegang } from '../../src/access/dossiertoegang.js';
import { lijstKennisgevingen } from '../../src/modules/kennisgevingen/kennisgevingen.service.js';
import type { Verzender } from './doorvoer.js';
import type { RuweSql } from './omgeving.js';
import { sinds, verdeling, type Verdeling } from './statistiek.js';

export interface LatentieResultaat {
  verdeling: Verdeling; fouten: number; eersteFout: string | null; itemsPerPagina: number;
  /** CPU time of this process (the app) per timed request. */
  cpuMsPerVerzoek: number;
}

/** Times `aantal` requests built by `pad(i)`, after `opwarmen` untimed ones; checks status 200 and the page size. */
export async function meetLatentie(o: {
  verzender: Verzender; sleutel: string; pad: (i: number) => string; collectie: string; aantal: number; opwarmen?: number;
}): Promise<LatentieResultaat> {
  const opwarmen = o.opwarmen ?? 30;
  const tijden: number[] = [];
  let fouten = 0;
  let eersteFout: string | null = null;
  let items = 0;
  let cpu = { user: 0, system: 0 };
  for (let i = 0; i < opwarmen + o.aantal; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const a = await o.verzender('GET', o.pad(i), o.sleutel);
    const ms = sinds(start);
    if (a.status !== 200) {
      fouten++;
      eersteFout ??= `${a.status}: ${JSON.stringify(a.body).slice(0, 300)}`;
      continue;
    }
    items = ((a.body as Record<string, unknown[]>)[o.collectie] ?? []).length;
    if (i >= opwarmen) {
      tijden.push(ms);
      const c = process.cpuUsage(cpuStart);
      cpu = { user: cpu.user + c.user, system: cpu.system + c.system };
    }
  }
  return { verdeling: verdeling(tijden), fouten, eersteFout, itemsPerPagina: items, cpuMsPerVerzoek: (cpu.user + cpu.system) / 1000 / Math.max(1, tijden.length) };
}

/**
 * The worklist query as werklijst() in bedenktijden.service.ts builds it (that function executes its
 * query, so it is rebuilt here with the same helpers to get the SQL for EXPLAIN).
 */
export function werklijstQuery(db: Db, organisatieId: string, tot: string, limit: number) {
  const einde = sql<string>`coalesce(${bedenktijden.uiterlijkeEinddatum}, ${'9999-12-31'}::date)`;
  return db.select().from(bedenktijden)
    .where(and(heeftToegang(db, organisatieId, bedenktijden.dossierId), eq(bedenktijden.status, 'lopend'), lte(bedenktijden.uiterlijkeEinddatum, tot)))
    .orderBy(asc(einde), asc(bedenktijden.id)).limit(limit + 1)
    .toSQL();
}

/** The feed query, straight from the service (lijstKennisgevingen returns the unexecuted query). */
export function feedQuery(db: Db, organisatieId: string, na: number, limit: number) {
  const ctx = { db, principal: { organisatieId } } as unknown as UseCaseContext;
  return lijstKennisgevingen(ctx, {}, na, limit).toSQL();
}

/** EXPLAIN (ANALYZE, BUFFERS) of a query, as text: which index, how many rows, how many buffers. */
export async function explain(ruw: RuweSql, q: { sql: string; params: unknown[] }): Promise<string> {
  const rijen = await ruw.unsafe(`explain (analyze, buffers) ${q.sql}`, q.params as never[]);
  return rijen.map((r) => r['QUERY PLAN'] as string).join('\n');
}

/**
 * The same list query straight on PostgreSQL (prepared, one at a time): the database's share of the
 * request time. The rest of a request is authentication, rate limit, validation, serialisation and
 * the processing-log insert.
 */
export async function meetQuery(ruw: RuweSql, maak: (i: number) => { sql: string; params: unknown[] }, aantal: number, opwarmen = 30): Promise<Verdeling> {
  const tijden: number[] = [];
  for (let i = 0; i < opwarmen + aantal; i++) {
    const q = maak(i);
    const start = performance.now();
    await ruw.unsafe(q.sql, q.params as never[], { prepare: true });
    if (i >= opwarmen) tijden.push(sinds(start));
  }
  return verdeling(tijden);
}
