// docs/regels.md R2 — the dossier's stored leeftijdscategorie never goes stale. Where a birth date is
// known it decides the category (art. 1:233 BW: of age on the 18th birthday); saving the personal
// data sets it, and this job moves every person who has turned 18 since to `meerderjarig` on the day
// itself (the first run after 00:00 Europe/Amsterdam). Rules that judge the age on another date (the
// minor's exception of art. 273f lid 1 sub 2 Sr, on the date of the facts) compute it from the birth
// date and do not depend on this job.
//
// Idempotent and safe with several instances: each batch claims dossiers with FOR UPDATE SKIP LOCKED
// (a request holding a dossier is skipped and taken on the next run) and re-checks under the lock.
// The change is versioned (ETag) and audited like any change of a dossier.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { arrayParam } from '../db/bulk.js';
import { dossiers, persoonsgegevens } from '../db/schema.js';
import { schrijfAuditBatch } from '../audit/auditlog-batch.js';
import { amsterdamseDatum } from '../domain/kalender.js';
import { geborenUiterlijkVoorMeerderjarig } from '../domain/leeftijd.js';
import { systeemActor } from '../audit/auditlog.js';
import type { JobDeps } from './index.js';

const BATCH = 500;

export async function leeftijdBijwerken({ db, clock, config }: JobDeps): Promise<{ meerderjarigGeworden: number }> {
  const nu = clock.now();
  const grens = geborenUiterlijkVoorMeerderjarig(amsterdamseDatum(nu));
  let aantal = 0;
  for (;;) {
    const { geclaimd, bijgewerkt } = await db.transaction(async (tx) => {
      const rijen = await tx.select({ id: dossiers.id }).from(dossiers)
        .innerJoin(persoonsgegevens, eq(persoonsgegevens.dossierId, dossiers.id))
        .where(and(ne(dossiers.leeftijdscategorie, 'meerderjarig'), sql`${persoonsgegevens.geboortedatum} <= ${grens}::date`))
        .orderBy(asc(dossiers.id)).limit(BATCH)
        .for('update', { of: dossiers, skipLocked: true });
      if (rijen.length === 0) return { geclaimd: 0, bijgewerkt: 0 };
      const gewijzigd = await tx.update(dossiers)
        .set({ leeftijdscategorie: 'meerderjarig', versie: sql`${dossiers.versie} + 1`, tijdstipGewijzigd: nu })
        .where(and(sql`${dossiers.id} = any(${arrayParam(rijen.map((r) => r.id), 'uuid')})`, ne(dossiers.leeftijdscategorie, 'meerderjarig')))
        .returning({ id: dossiers.id });
      const ids = new Set(gewijzigd.map((d) => d.id));
      await schrijfAuditBatch(tx, systeemActor(config), nu, rijen.filter((r) => ids.has(r.id)).map((r) => (
        { actie: 'dossier.leeftijdscategorie_bijgewerkt', objectType: 'dossier', objectId: r.id, dossierId: r.id })));
      return { geclaimd: rijen.length, bijgewerkt: gewijzigd.length };
    });
    aantal += bijgewerkt;
    if (geclaimd < BATCH) return { meerderjarigGeworden: aantal };
  }
}
