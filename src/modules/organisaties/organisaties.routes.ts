// GET /v1/organisaties: the participating organisations (to address referrals and notifications).
import { z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { organisaties } from '../../db/schema.js';
import { ORGANISATIE_TYPEN } from '../../domain/catalogus.js';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { jsonAntwoord } from '../../http/openapi.js';
import { createRouter } from '../../http/router.js';

const OrganisatieSchema = z.object({ id: z.string().uuid(), naam: z.string(), type: z.enum(ORGANISATIE_TYPEN) }).openapi('Organisatie');

const route = beveiligdeRoutes('Organisaties');

const opvragen = route('get', '/organisaties', 'organisatiesOpvragen', 'organisaties.lezen', {
  summary: 'Deelnemende organisaties',
  description: 'De deelnemende organisaties met id, naam en type. Het id is nodig als ontvangendeOrganisatieId bij een verwijzing of bedenktijd-advies. Bevat geen dossiergegevens.',
  antwoorden: { 200: jsonAntwoord(z.object({ organisaties: z.array(OrganisatieSchema) }).openapi('OrganisatieCollectie'), 'Alle organisaties.') },
});

export const organisatiesRouter = createRouter().openapi(opvragen, async (c) => {
  const rows = await c.var.deps.db.select({ id: organisaties.id, naam: organisaties.naam, type: organisaties.type })
    .from(organisaties).orderBy(asc(organisaties.naam));
  return c.json({ organisaties: rows as Array<z.infer<typeof OrganisatieSchema>> }, 200);
});
