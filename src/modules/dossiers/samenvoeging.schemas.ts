import { z } from '@hono/zod-openapi';
import { SignaalVastleggenSchema } from '../signalen/signalen.schemas.js';
import { datum } from '../../http/velden.js';

const dossiernummer = z.string().regex(/^NRM-\d{4}-\d{6}$/, 'Een dossiernummer ziet eruit als NRM-2026-000123.');

export const AansluitingSchema = z.strictObject({
  persoon: z.strictObject({
    vreemdelingennummer: z.string().regex(/^\d{10}$/, 'Een vreemdelingennummer bestaat uit 10 cijfers.').optional(),
    geslachtsnaam: z.string().min(1).max(200).optional(),
    geboortedatum: datum().optional(),
  }).superRefine((p, ctx) => {
    if (!p.vreemdelingennummer && !(p.geslachtsnaam && p.geboortedatum)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Geef het vreemdelingennummer, of de achternaam én de geboortedatum van de persoon.' });
    }
  }).openapi({ description: 'Wat uw organisatie van de persoon weet; het moet overeenkomen met de persoonsgegevens van het dossier.' }),
  signaal: SignaalVastleggenSchema.openapi({ description: 'Het eigen signaal van uw organisatie over deze persoon.' }),
  reden: z.string().trim().min(1).max(2000).openapi({ description: 'Waarom u aansluit (bijv. zelfde V-nummer, bevestigd door de registrerende organisatie).' }),
}).openapi('Aansluiting');

export const SamenvoegingSchema = z.strictObject({
  dossiernummer: dossiernummer.openapi({ description: 'Het dossier dat opgaat in dit dossier.' }),
  reden: z.string().trim().min(1).max(2000).openapi({ description: 'Waarom het dezelfde persoon is.' }),
}).openapi('Samenvoeging');
