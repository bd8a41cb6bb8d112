// The processing log of one dossier (Logboek Dataverwerkingen): who processed its data, when and why
// — for the auditor, e.g. to answer a data subject's access request (art. 15 AVG). One use case for
// the API (GET /v1/verwerkingen) and the auditor's web page. The log stores a keyed pseudonym of the
// dossier id, never the id itself (src/privacy/verwerkingslog.ts).
import { arrayContains, asc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../context.js';
import { organisaties, verwerkingen } from '../../db/schema.js';
import { pseudoniem } from '../../privacy/verwerkingslog.js';
import { verwerkingsactiviteiten } from '../../privacy/verwerkingsregister.js';

export async function verwerkingenVanDossier(ctx: UseCaseContext, dossierId: string) {
  const rijen = await ctx.db.select({ v: verwerkingen, naam: organisaties.naam }).from(verwerkingen)
    .leftJoin(organisaties, eq(organisaties.id, verwerkingen.organisatieId))
    // `@>` on the array uses its GIN index (src/db/schema.ts): one record may name many dossiers.
    .where(arrayContains(verwerkingen.betrokkenePseudoniemen, [pseudoniem(dossierId.toLowerCase(), ctx.config.VERWERKINGSLOG_SLEUTEL)]))
    .orderBy(asc(verwerkingen.tijdstipStart)).limit(5000);
  return rijen.map(({ v, naam }) => {
    const activiteit = verwerkingsactiviteiten[v.verwerkingsactiviteitId as keyof typeof verwerkingsactiviteiten];
    return {
      tijdstip: v.tijdstipStart.toISOString(), organisatieId: v.organisatieId, organisatieNaam: naam, rol: v.rol,
      verwerkingsactiviteitId: v.verwerkingsactiviteitId, verwerkingsactiviteit: activiteit?.naam ?? v.verwerkingsactiviteitId,
      doel: activiteit?.doel ?? '', rechtsgrond: v.rechtsgrond, handeling: v.handeling, traceId: v.traceId, spanId: v.spanId, parentSpanId: v.parentSpanId,
    };
  });
}
