// Where does the time go while a throughput run is going on? Samples pg_stat_activity of the bench
// database every 100 ms and counts, per client backend, what it was doing: working in PostgreSQL,
// waiting for a lock (and on which statement), or idle inside a transaction — i.e. waiting for the
// application to send the next statement while still holding its locks. A hot row held across many
// application round trips shows up as many lock waits on one statement.
import type { RuweSql } from './omgeving.js';

export interface Activiteit {
  monsters: number;
  /**
   * Share of backend samples per state, in percent: working (CPU), waiting for I/O or an LWLock
   * (mostly the WAL flush at commit), waiting for a row/table lock, idle inside a transaction
   * (waiting for the client's next statement while holding its locks), idle.
   */
  aandeel: { actief: number; wachtOpIo: number; wachtOpLock: number; idleInTransactie: number; idle: number };
  /** Statements most often seen waiting for a lock, with their share of all lock waits. */
  lockWachtenOp: Array<{ statement: string; procent: number }>;
}

export function bemonsterActiviteit(ruw: RuweSql, database: string, intervalMs = 100) {
  const tellingen = { actief: 0, wachtOpIo: 0, wachtOpLock: 0, idleInTransactie: 0, idle: 0 };
  const wachtend = new Map<string, number>();
  let monsters = 0;
  let actief = true;
  const lus = (async () => {
    while (actief) {
      const rijen = await ruw`
        select state, wait_event_type, left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query
        from pg_stat_activity
        where datname = ${database} and backend_type = 'client backend' and pid <> pg_backend_pid()`;
      monsters++;
      for (const r of rijen) {
        if (r.state === 'idle') tellingen.idle++;
        else if (r.state === 'idle in transaction') tellingen.idleInTransactie++;
        else if (r.wait_event_type === 'Lock') {
          tellingen.wachtOpLock++;
          wachtend.set(r.query as string, (wachtend.get(r.query as string) ?? 0) + 1);
        } else if (r.wait_event_type === 'IO' || r.wait_event_type === 'LWLock') tellingen.wachtOpIo++;
        else tellingen.actief++;
      }
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop(): Promise<Activiteit> {
      actief = false;
      await lus;
      const totaal = Object.values(tellingen).reduce((a, b) => a + b, 0) || 1;
      const pct = (n: number) => Math.round((1000 * n) / totaal) / 10;
      const locks = [...wachtend.values()].reduce((a, b) => a + b, 0) || 1;
      return {
        monsters,
        aandeel: { actief: pct(tellingen.actief), wachtOpIo: pct(tellingen.wachtOpIo), wachtOpLock: pct(tellingen.wachtOpLock), idleInTransactie: pct(tellingen.idleInTransactie), idle: pct(tellingen.idle) },
        lockWachtenOp: [...wachtend.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4)
          .map(([statement, n]) => ({ statement, procent: Math.round((1000 * n) / locks) / 10 })),
      };
    },
  };
}

export function beschrijfActiviteit(a: Activiteit): string {
  const regels = [`backends: ${a.aandeel.actief} % actief, ${a.aandeel.wachtOpIo} % wacht op IO/WAL, ${a.aandeel.wachtOpLock} % wacht op lock, `
    + `${a.aandeel.idleInTransactie} % idle in transactie (wacht op de client), ${a.aandeel.idle} % idle (${a.monsters} monsters)`];
  for (const w of a.lockWachtenOp) regels.push(`    lockwacht ${w.procent} %: ${w.statement}`);
  return regels.join('\n');
}
