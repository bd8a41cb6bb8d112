// Retention of the Logboek Dataverwerkingen itself (issue 17): records older than
// VERWERKINGSLOG_BEWAARTERMIJN_DAGEN are deleted. The log answers a data subject's access request
// (AVG art. 15) and is part of the register of processing (AVG art. 30); it is kept no longer than
// needed (AVG art. 5 lid 1 sub e). 0 keeps it forever.
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client.js';
import type { JobDeps } from './index.js';

// Bounded batches, as in idempotentie-opruimen.ts: a backlog never makes one long transaction.
const BATCH = 1000;

export async function verwerkingslogOpruimen({ db, clock, config }: JobDeps): Promise<{ verwijderd: number }> {
  if (config.VERWERKINGSLOG_BEWAARTERMIJN_DAGEN === 0) return { verwijderd: 0 };
  const grens = new Date(clock.now().getTime() - config.VERWERKINGSLOG_BEWAARTERMIJN_DAGEN * 86_400_000);
  let verwijderd = 0;
  for (;;) {
    // SKIP LOCKED: several instances may run this job at once (docs/architectuur.md §6).
    const rows = rowsOf(await db.execute(sql`
      delete from verwerkingen
      where id in (
        select id from verwerkingen
        where tijdstip_start < ${grens.toISOString()}::timestamptz
        limit ${BATCH}
        for update skip locked)
      returning 1`));
    verwijderd += rows.length;
    if (rows.length < BATCH) return { verwijderd };
  }
}
