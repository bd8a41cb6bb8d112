// Removes stored Idempotency-Key answers older than IDEMPOTENCY_TTL_HOURS (docs/beslissingen/0006-idempotentie.md). The
// middleware already ignores and replaces an expired key on reuse, but keys that are never reused
// would otherwise stay forever, together with the response bodies they hold.
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client.js';
import type { JobDeps } from './index.js';

// Deleting in bounded batches keeps each statement short: a backlog (e.g. after days without the
// job) never holds row locks or bloats one transaction for long while requests keep writing keys.
const BATCH = 1000;

export async function idempotentieOpruimen({ db, clock, config }: JobDeps): Promise<{ verwijderd: number }> {
  const grens = new Date(clock.now().getTime() - config.IDEMPOTENCY_TTL_HOURS * 3_600_000);
  let verwijderd = 0;
  for (;;) {
    // SKIP LOCKED: several instances may run this job at once (docs/architectuur.md §6); each takes rows the
    // others are not deleting instead of waiting for them. A key that a request is claiming right
    // now is fresh, so it is never below the boundary.
    const rows = rowsOf(await db.execute(sql`
      delete from idempotentie_sleutels
      where (credential, sleutel) in (
        select credential, sleutel from idempotentie_sleutels
        where tijdstip_aangemaakt < ${grens.toISOString()}::timestamptz
        limit ${BATCH}
        for update skip locked)
      returning 1`));
    verwijderd += rows.length;
    if (rows.length < BATCH) return { verwijderd };
  }
}
