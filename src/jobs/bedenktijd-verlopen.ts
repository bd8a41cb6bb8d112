// design.md §5.7 — expiry: once uiterlijkeEinddatum has passed in Europe/Amsterdam, the bedenktijd
// becomes `verlopen` with einddatum = uiterlijkeEinddatum, and IND (and COA) receive exactly one
// `bedenktijd_verlopen`. Idempotent, and safe with several instances: each batch claims its rows
// with FOR UPDATE SKIP LOCKED and re-checks the status under the lock.
import { and, asc, eq, lt } from 'drizzle-orm';
import { bedenktijden, dossiers } from '../db/schema.js';
import { schrijfAudit, type AuditActor } from '../audit/auditlog.js';
import { amsterdamseDatum } from '../domain/kalender.js';
import { meldBedenktijd } from '../modules/bedenktijden/bedenktijden.kennisgevingen.js';
import type { JobDeps } from './index.js';

const BATCH = 200;
export const JOB_ACTOR: AuditActor = { organisatieId: null, sleutelId: null, rol: 'systeem', requestId: null };

export async function bedenktijdVerlopen({ db, clock, ids }: JobDeps): Promise<{ verlopen: number }> {
  const nu = clock.now();
  const vandaag = amsterdamseDatum(nu);
  let verlopen = 0;
  for (;;) {
    const aantal = await db.transaction(async (tx) => {
      // The partial index on running bedenktijden by end date serves this query (design.md §9).
      // The dossier is claimed with its bedenktijd: requests lock a dossier before its bedenktijd
      // (and then its audit chain), so the job must not hold a bedenktijd whose dossier a request
      // holds — it skips both and takes them on the next run.
      const rijen = await tx.select({ b: bedenktijden, dossier: dossiers }).from(bedenktijden)
        .innerJoin(dossiers, eq(dossiers.id, bedenktijden.dossierId))
        .where(and(eq(bedenktijden.status, 'lopend'), lt(bedenktijden.uiterlijkeEinddatum, vandaag)))
        .orderBy(asc(bedenktijden.uiterlijkeEinddatum), asc(bedenktijden.id)).limit(BATCH)
        .for('update', { of: [bedenktijden, dossiers], skipLocked: true });
      if (rijen.length === 0) return 0;
      for (const { b, dossier } of rijen) {
        const [bijgewerkt] = await tx.update(bedenktijden)
          .set({ status: 'verlopen', einddatum: b.uiterlijkeEinddatum, beeindigingsreden: 'verlopen', tijdstipGewijzigd: nu })
          .where(eq(bedenktijden.id, b.id)).returning();
        await schrijfAudit(tx, JOB_ACTOR, nu, { actie: 'bedenktijd.verlopen', objectType: 'bedenktijd', objectId: b.id, dossierId: b.dossierId });
        await meldBedenktijd(tx, ids, nu, 'bedenktijd_verlopen', bijgewerkt!, dossier, null);
      }
      return rijen.length;
    });
    verlopen += aantal;
    if (aantal < BATCH) return { verlopen };
  }
}
