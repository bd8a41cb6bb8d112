// docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md — expiry: once uiterlijkeEinddatum has passed in Europe/Amsterdam, the bedenktijd
// becomes `verlopen` with einddatum = uiterlijkeEinddatum, and IND (and COA) receive exactly one
// `bedenktijd_verlopen`. Idempotent, and safe with several instances: each batch claims its rows
// with FOR UPDATE SKIP LOCKED and re-checks the status under the lock.
//
// Set-based (README.md "Benchmark": 10,000 expiries in under 5 s): one transaction per batch of up to BATCH
// rows, with a fixed number of statements per batch rather than per row — claim, one UPDATE …
// RETURNING, the audit rows in bulk (schrijfAuditBatch) and the notifications in bulk
// (meldBedenktijden → plaatsKennisgevingen).
//
// Lock order, the same as the request path (dossier → bedenktijd → audit chain → counter rows of the
// recipients in id order): the claim locks dossiers and bedenktijden together (skipping any a request
// holds), then the batch's audit chain heads ordered by keten, then the recipients' counter rows
// ordered by organisation id.
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { arrayParam } from '../db/bulk.js';
import { bedenktijden, dossiers } from '../db/schema.js';
import { systeemActor } from '../audit/auditlog.js';
import { schrijfAuditBatch } from '../audit/auditlog-batch.js';
import { amsterdamseDatum } from '../domain/kalender.js';
import { meldBedenktijden } from '../modules/bedenktijden/bedenktijden.kennisgevingen.js';
import type { JobDeps } from './index.js';

const BATCH = 500;

export async function bedenktijdVerlopen({ db, clock, ids, config }: JobDeps): Promise<{ verlopen: number }> {
  const nu = clock.now();
  const vandaag = amsterdamseDatum(nu);
  let verlopen = 0;
  for (;;) {
    const { geclaimd, bijgewerkt } = await db.transaction(async (tx) => {
      // The partial index on running bedenktijden by end date serves this query (README.md "Benchmark").
      // The dossier is claimed with its bedenktijd: requests lock a dossier before its bedenktijd
      // (and then its audit chain), so the job must not hold a bedenktijd whose dossier a request
      // holds — it skips both and takes them on the next run. A row another instance expired in the
      // meantime fails the status condition when it is re-checked under the lock.
      const rijen = await tx.select({ b: bedenktijden, dossier: dossiers }).from(bedenktijden)
        .innerJoin(dossiers, eq(dossiers.id, bedenktijden.dossierId))
        .where(and(eq(bedenktijden.status, 'lopend'), lt(bedenktijden.uiterlijkeEinddatum, vandaag)))
        .orderBy(asc(bedenktijden.uiterlijkeEinddatum), asc(bedenktijden.id)).limit(BATCH)
        .for('update', { of: [bedenktijden, dossiers], skipLocked: true });
      if (rijen.length === 0) return { geclaimd: 0, bijgewerkt: 0 };

      const gewijzigd = await tx.update(bedenktijden)
        .set({ status: 'verlopen', einddatum: sql`${bedenktijden.uiterlijkeEinddatum}`, beeindigingsreden: 'verlopen', tijdstipGewijzigd: nu })
        .where(and(sql`${bedenktijden.id} = any(${arrayParam(rijen.map(({ b }) => b.id), 'uuid')})`, eq(bedenktijden.status, 'lopend')))
        .returning();
      // RETURNING has no order: keep the claim's order (end date, id) for audit positions and volgnummers.
      const perId = new Map(gewijzigd.map((b) => [b.id, b]));
      const verlopenRijen = rijen.flatMap(({ b, dossier }) => {
        const nieuw = perId.get(b.id);
        return nieuw ? [{ b: nieuw, dossier }] : [];
      });

      const actor = systeemActor(config);
      await schrijfAuditBatch(tx, actor, nu, verlopenRijen.map(({ b }) => (
        { actie: 'bedenktijd.verlopen', objectType: 'bedenktijd', objectId: b.id, dossierId: b.dossierId })));
      await meldBedenktijden(tx, ids, nu, 'bedenktijd_verlopen', verlopenRijen, actor);
      return { geclaimd: rijen.length, bijgewerkt: verlopenRijen.length };
    });
    verlopen += bijgewerkt;
    if (geclaimd < BATCH) return { verlopen };
  }
}
