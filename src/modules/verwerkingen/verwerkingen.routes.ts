// GET /v1/verwerkingen?dossierId=…: "who processed this dossier, when and why" (Logboek
// Dataverwerkingen), for the auditor — e.g. to answer a data subject's access request (art. 15 AVG).
import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { verwerkingenVanDossier } from './verwerkingen.service.js';

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

const route = beveiligdeRoutes('Audit');

const opvragen = route('get', '/verwerkingen', 'verwerkingenOpvragen', 'verwerkingen.lezen', {
  summary: 'Wie verwerkte de gegevens van dit dossier, wanneer en waarom (Logboek Dataverwerkingen)',
  description: 'Voor de auditor: het Logboek Dataverwerkingen van een dossier (query dossierId): welke organisatie welke verwerking deed, wanneer, met welk doel en op welke grondslag.',
  query: z.object({ dossierId: z.string().uuid() }),
  antwoorden: { 200: jsonAntwoord(z.object({ verwerkingen: z.array(VerwerkingSchema) }).openapi('VerwerkingCollectie'), 'De verwerkingen, oudste eerst.') },
});

export const verwerkingenRouter = createRouter().openapi(opvragen, async (c) => c.json({
  verwerkingen: await verwerkingenVanDossier(useCaseContext(c), c.req.valid('query').dossierId),
}, 200));
