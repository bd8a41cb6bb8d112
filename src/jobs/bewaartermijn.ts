// Retention (issue 6): a closed dossier's personal data and free text are erased once
// BEWAARTERMIJN_DAGEN have passed since it was closed. Idempotent and safe on several instances.
import { and, isNotNull, isNull, lte } from 'drizzle-orm';
import { dossiers } from '../db/schema.js';
import { wisDossier } from '../privacy/wissen.js';
import { systeemActor } from '../audit/auditlog.js';
import type { JobDeps } from './index.js';

export async function bewaartermijn({ db, clock, config }: JobDeps): Promise<{ gewist: number }> {
  const nu = clock.now();
  const grens = new Date(nu.getTime() - config.BEWAARTERMIJN_DAGEN * 86_400_000);
  let gewist = 0;
  for (;;) {
    const aantal = await db.transaction(async (tx) => {
      const rijen = await tx.select({ id: dossiers.id }).from(dossiers)
        .where(and(isNotNull(dossiers.tijdstipGesloten), lte(dossiers.tijdstipGesloten, grens), isNull(dossiers.tijdstipGewist)))
        .limit(100).for('update', { skipLocked: true });
      for (const { id } of rijen) await wisDossier(tx, id, 'bewaartermijn_verstreken', systeemActor(config), nu);
      return rijen.length;
    });
    gewist += aantal;
    if (aantal < 100) return { gewist };
  }
}
