import { createRoute, z } from '@hono/zod-openapi';
import { autoriseer } from '../../http/autorisatie.js';
import { idempotentie } from '../../http/idempotentie.js';
import { beveiligd, fouten, headerDefinities, idempotencyKeyHeader, idParam, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { etagVoor } from '../../http/versie.js';
import { DossierSchema, naarDossier } from './dossiers.schemas.js';
import { AansluitingSchema, SamenvoegingSchema } from './samenvoeging.schemas.js';
import { sluitAan, voegSamen } from './samenvoeging.service.js';

const tags = ['Dossiers'];

const aansluiten = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/aansluiting', operationId: 'dossierAansluiten', tags, security: beveiligd,
  summary: 'Sluit met een eigen signaal aan bij het dossier van dezelfde persoon',
  description: 'Na een 409 mogelijk-dezelfde-persoon: uw organisatie sluit aan bij het bestaande dossier (dossierId is het id of het dossiernummer '
    + 'dat de 409 noemde). U toont aan dat u de persoon kent (V-nummer, of achternaam en geboortedatum, gelijk aan de persoonsgegevens van het '
    + 'dossier); anders 404, zoals voor een dossier dat niet bestaat. Uw signaal wordt in het dossier vastgelegd, uw organisatie krijgt toegang '
    + '(doel aansluiting) en de registrerende organisatie krijgt de kennisgeving aansluiting.',
  middleware: [autoriseer('dossiers.aansluiten'), idempotentie] as const,
  request: {
    params: z.object({
      dossierId: z.string().max(100).openapi({ param: { name: 'dossierId', in: 'path' }, description: 'Het id of het dossiernummer (NRM-2026-000123).' }),
    }),
    headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: AansluitingSchema } } },
  },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het dossier waarbij uw organisatie is aangesloten.', headerDefinities.etag), ...fouten(404, 409, 415, 422) },
});

const samenvoegen = createRoute({
  method: 'post', path: '/dossiers/{dossierId}/samenvoeging', operationId: 'dossierSamenvoegen', tags, security: beveiligd,
  summary: 'Voeg een ander dossier van dezelfde persoon samen met dit dossier',
  description: 'Signalen, beoordelingen, adviezen, bedenktijden, strafrechtelijke en verblijfsgebeurtenissen, verwijzingen, plaatsingen, '
    + 'kennisgevingen en toegang gaan over naar dit dossier; het andere wordt samengevoegd en verwijst voortaan hierheen (410). Voor de beheerder, '
    + 'of een intaker van een organisatie die beide dossiers mag wijzigen. Twee open bedenktijden of twee verschillende V-nummers: 409.',
  middleware: [autoriseer('dossiers.samenvoegen'), idempotentie] as const,
  request: {
    params: z.object({ dossierId: idParam('dossierId') }), headers: idempotencyKeyHeader,
    body: { required: true, content: { 'application/json': { schema: SamenvoegingSchema } } },
  },
  responses: { 200: jsonAntwoord(DossierSchema, 'Het overblijvende dossier.', headerDefinities.etag), ...fouten(404, 409, 415, 422) },
});

export const samenvoegingRouter = createRouter()
  .openapi(aansluiten, async (c) => {
    const dossier = await sluitAan(useCaseContext(c), c.req.valid('param').dossierId, c.req.valid('json'));
    return c.json(naarDossier(dossier), 200, { ETag: etagVoor(dossier.versie) });
  })
  .openapi(samenvoegen, async (c) => {
    const dossier = await voegSamen(useCaseContext(c), c.req.valid('param').dossierId, c.req.valid('json'));
    return c.json(naarDossier(dossier), 200, { ETag: etagVoor(dossier.versie) });
  });
