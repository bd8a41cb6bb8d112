import { z } from '@hono/zod-openapi';
import { beveiligdeRoutes } from '../../http/beveiligde-route.js';
import { dossierParams, headerDefinities, jsonAntwoord } from '../../http/openapi.js';
import { createRouter, useCaseContext } from '../../http/router.js';
import { etagVoor } from '../../http/versie.js';
import { DossierSchema, naarDossier } from './dossiers.schemas.js';
import { AansluitingSchema, SamenvoegingSchema } from './samenvoeging.schemas.js';
import { sluitAan, voegSamen } from './samenvoeging.service.js';

const route = beveiligdeRoutes('Dossiers');

// Aansluiten follows a 409 that names the other dossier by number, so its path takes either.
const idOfNummerParams = z.object({
  dossierId: z.string().max(100).openapi({ param: { name: 'dossierId', in: 'path' }, description: 'Het id of het dossiernummer (NRM-2026-000123).' }),
});

const aansluiten = route('post', '/dossiers/{dossierId}/aansluiting', 'dossierAansluiten', 'dossiers.aansluiten', {
  summary: 'Sluit met een eigen signaal aan bij het dossier van dezelfde persoon',
  description: 'Na een 409 mogelijk-dezelfde-persoon: uw organisatie sluit aan bij het bestaande dossier (dossierId is het id of het dossiernummer '
    + 'dat de 409 noemde). U toont aan dat u de persoon kent (V-nummer, of achternaam en geboortedatum, gelijk aan de persoonsgegevens van het '
    + 'dossier); anders 404, zoals voor een dossier dat niet bestaat. Uw signaal wordt in het dossier vastgelegd, uw organisatie krijgt toegang '
    + '(doel aansluiting) en de registrerende organisatie krijgt de kennisgeving aansluiting.',
  params: idOfNummerParams, body: AansluitingSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het dossier waarbij uw organisatie is aangesloten.', headerDefinities.etag) },
});

const samenvoegen = route('post', '/dossiers/{dossierId}/samenvoeging', 'dossierSamenvoegen', 'dossiers.samenvoegen', {
  summary: 'Voeg een ander dossier van dezelfde persoon samen met dit dossier',
  description: 'Signalen, beoordelingen, adviezen, bedenktijden, strafrechtelijke en verblijfsgebeurtenissen, verwijzingen, plaatsingen, '
    + 'kennisgevingen en toegang gaan over naar dit dossier; het andere wordt samengevoegd en verwijst voortaan hierheen (410). Voor de beheerder, '
    + 'of een intaker van een organisatie die beide dossiers mag wijzigen. Twee open bedenktijden of twee verschillende V-nummers: 409.',
  params: dossierParams, body: SamenvoegingSchema, fouten: [409, 422],
  antwoorden: { 200: jsonAntwoord(DossierSchema, 'Het overblijvende dossier.', headerDefinities.etag) },
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
