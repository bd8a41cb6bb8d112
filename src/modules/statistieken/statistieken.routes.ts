// GET /v1/statistieken: aggregates for analysts — counts only, never a dossier. Small counts are
// suppressed (fewer than 5: null), so a count cannot single out a person, with the monitor's rule
// (src/domain/onthulling.ts, docs/monitor.md): the values of one column add up to a total that other
// columns give away, so a column never has exactly one suppressed value — a second one is suppressed
// with it. Built on the pseudonymous facts that remain after erasure (issue 6), so statistics survive
// the retention job.
import { createRoute, z } from '@hono/zod-openapi';
import { count, sql, type Column } from 'drizzle-orm';
import { aggregeer, beschermTabel, DREMPEL, maakBoom } from '../../domain/onthulling.js';
import { bedenktijden, dossiers, verwijzingen } from '../../db/schema.js';
import type { Db } from '../../db/client.js';
import { autoriseer } from '../../http/autorisatie.js';
import { beveiligd, fouten, jsonAntwoord } from '../../http/openapi.js';
import { createRouter } from '../../http/router.js';

const Telling = z.object({
  waarde: z.string(),
  aantal: z.number().int().nullable().openapi({ description: `null: onderdrukt — minder dan ${DREMPEL}, of aanvullend onderdrukt zodat het totaal min de andere waarden er geen teruggeeft (docs/monitor.md).` }),
}).openapi('Telling');

const StatistiekenSchema = z.object({
  dossiers: z.object({
    identificatiestatus: z.array(Telling),
    nationaliteitCategorie: z.array(Telling),
    verblijfssituatie: z.array(Telling),
    leeftijdscategorie: z.array(Telling),
  }),
  bedenktijden: z.object({ status: z.array(Telling), beeindigingsreden: z.array(Telling), beleidsregel: z.array(Telling) }),
  verwijzingen: z.object({ doel: z.array(Telling), status: z.array(Telling) }),
}).openapi('Statistieken');

async function tel(db: Db, tabel: typeof dossiers | typeof bedenktijden | typeof verwijzingen, kolom: Column) {
  const rijen = await db.select({ waarde: sql<string | null>`${kolom}`, aantal: count() }).from(tabel as typeof dossiers).groupBy(sql`${kolom}`).orderBy(sql`${kolom}`);
  const tellingen = rijen.filter((r) => r.waarde !== null).map((r) => ({ waarde: String(r.waarde), aantal: r.aantal }));
  const kolom1 = maakBoom('\u0000totaal', { '\u0000totaal': tellingen.map((t) => t.waarde) });
  const { onderdrukt } = beschermTabel([kolom1], aggregeer([kolom1], tellingen.map((t) => [[t.waarde], t.aantal] as const)), { uitgezonderd: (cel) => cel[0] === kolom1.wortel });
  return tellingen.map((t) => ({ waarde: t.waarde, aantal: onderdrukt.has(t.waarde) ? null : t.aantal }));
}

const route = createRoute({
  method: 'get', path: '/statistieken', operationId: 'statistiekenOpvragen', tags: ['Statistieken'], security: beveiligd,
  summary: 'Landelijke tellingen, zonder dossiers en met onderdrukking van kleine aantallen',
  description: 'Voor analisten en de beheerder: landelijke tellingen van dossiers (identificatiestatus, nationaliteit, verblijf, leeftijd), bedenktijden en verwijzingen, zonder dossiergegevens. Aantallen onder de 5 worden onderdrukt (null), en zo nodig een tweede cel, zodat het totaal min de andere cellen er geen teruggeeft.',
  middleware: [autoriseer('statistieken.lezen')] as const,
  responses: { 200: jsonAntwoord(StatistiekenSchema, 'De tellingen.'), ...fouten() },
});

export const statistiekenRouter = createRouter().openapi(route, async (c) => {
  const { db } = c.var.deps;
  return c.json({
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
  }, 200);
});
