// The statistics (GET /v1/statistieken and the analyst's web page): counts only, never a dossier,
// with small counts suppressed by the monitor's rule (src/domain/onthulling.ts, docs/monitor.md).
// One use case for the API and the page, so both publish exactly the same figures.
import { count, sql, type Column } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import { aggregeer, beschermTabel, maakBoom } from '../../domain/onthulling.js';
import { bedenktijden, dossiers, verwijzingen } from '../../db/schema.js';
import type { Db } from '../../db/client.js';

async function tel(db: Db, tabel: typeof dossiers | typeof bedenktijden | typeof verwijzingen, kolom: Column) {
  const rijen = await db.select({ waarde: sql<string | null>`${kolom}`, aantal: count() }).from(tabel as typeof dossiers).groupBy(sql`${kolom}`).orderBy(sql`${kolom}`);
  const tellingen = rijen.filter((r) => r.waarde !== null).map((r) => ({ waarde: String(r.waarde), aantal: r.aantal }));
  const kolom1 = maakBoom('\u0000totaal', { '\u0000totaal': tellingen.map((t) => t.waarde) });
  const { onderdrukt } = beschermTabel([kolom1], aggregeer([kolom1], tellingen.map((t) => [[t.waarde], t.aantal] as const)), { uitgezonderd: (cel) => cel[0] === kolom1.wortel });
  return tellingen.map((t) => ({ waarde: t.waarde, aantal: onderdrukt.has(t.waarde) ? null : t.aantal }));
}

export async function statistieken(ctx: Pick<UseCaseContext, 'db'>) {
  const { db } = ctx;
  return {
    dossiers: {
      identificatiestatus: await tel(db, dossiers, dossiers.identificatiestatus),
      nationaliteitCategorie: await tel(db, dossiers, dossiers.nationaliteitCategorie),
      verblijfssituatie: await tel(db, dossiers, dossiers.verblijfssituatie),
      leeftijdscategorie: await tel(db, dossiers, dossiers.leeftijdscategorie),
    },
    bedenktijden: {
      status: await tel(db, bedenktijden, bedenktijden.status),
      beeindigingsreden: await tel(db, bedenktijden, bedenktijden.beeindigingsreden),
      beleidsregel: await tel(db, bedenktijden, bedenktijden.beleidsregel),
    },
    verwijzingen: { doel: await tel(db, verwijzingen, verwijzingen.doel), status: await tel(db, verwijzingen, verwijzingen.status) },
  };
}
