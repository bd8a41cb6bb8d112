// GET /v1/verwerkingen?dossierId=…: "who processed this dossier, when and why" (Logboek
// Dataverwerkingen), for the auditor — e.g. to answer a data subject's access request (art. 15 AVG).
import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import { organisaties, verwerkingen } from '../../db/schema.js';
import { autoriseer } from '../../http/autorisatie.js';
import { beveiligd, fouten, jsonAntwoord } from '../../http/openapi.js';
import { createRouter } from '../../http/router.js';
import { pseudoniem } from '../../privacy/verwerkingslog.js';
import { verwerkingsactiviteiten } from '../../privacy/verwerkingsregister.js';

const VerwerkingSchema = z.object({
  tijdstip: z.string().datetime(),
  organisatieId: z.string().uuid().nullable(),
  organisatieNaam: z.string().nullable(),
  rol: z.string().nullable(),
  verwerkingsactiviteitId: z.string(),
  verwerkingsactiviteit: z.string(),
  doel: z.string(),
  rechtsgrond: z.string(),
  handeling: z.string(),
  traceId: z.string(),
  spanId: z.string(),
  parentSpanId: z.string().nullable(),
}).openapi('Verwerking');

const route = createRoute({
  method: 'get', path: '/verwerkingen', operationId: 'verwerkingenOpvragen', tags: ['Audit'], security: beveiligd,
  summary: 'Wie verwerkte de gegevens van dit dossier, wanneer en waarom (Logboek Dataverwerkingen)',
  description: 'Voor de auditor: het Logboek Dataverwerkingen van een dossier (query dossierId): welke organisatie welke verwerking deed, wanneer, met welk doel en op welke grondslag.',
  middleware: [autoriseer('verwerkingen.lezen')] as const,
  request: { query: z.object({ dossierId: z.string().uuid() }) },
  responses: { 200: jsonAntwoord(z.object({ verwerkingen: z.array(VerwerkingSchema) }).openapi('VerwerkingCollectie'), 'De verwerkingen, oudste eerst.'), ...fouten() },
});

export const verwerkingenRouter = createRouter().openapi(route, async (c) => {
  const { db, config } = c.var.deps;
  const rijen = await db.select({ v: verwerkingen, naam: organisaties.naam }).from(verwerkingen)
    .leftJoin(organisaties, eq(organisaties.id, verwerkingen.organisatieId))
    .where(and(eq(verwerkingen.betrokkenePseudoniem, pseudoniem(c.req.valid('query').dossierId.toLowerCase(), config.VERWERKINGSLOG_SLEUTEL))))
    .orderBy(asc(verwerkingen.tijdstipStart)).limit(5000);
  return c.json({
    verwerkingen: rijen.map(({ v, naam }) => {
      const activiteit = verwerkingsactiviteiten[v.verwerkingsactiviteitId as keyof typeof verwerkingsactiviteiten];
      return {
        tijdstip: v.tijdstipStart.toISOString(), organisatieId: v.organisatieId, organisatieNaam: naam, rol: v.rol,
        verwerkingsactiviteitId: v.verwerkingsactiviteitId, verwerkingsactiviteit: activiteit?.naam ?? v.verwerkingsactiviteitId,
        doel: activiteit?.doel ?? '', rechtsgrond: v.rechtsgrond, handeling: v.handeling, traceId: v.traceId, spanId: v.spanId, parentSpanId: v.parentSpanId,
      };
    }),
  }, 200);
});
