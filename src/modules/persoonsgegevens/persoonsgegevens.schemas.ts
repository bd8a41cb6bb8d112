import { z } from '@hono/zod-openapi';
import type { persoonsgegevens } from '../../db/schema.js';
import { datum } from '../../http/velden.js';

export const GESLACHTEN = ['vrouw', 'man', 'x', 'onbekend'] as const;

export const PersoonsgegevensInvoerSchema = z.strictObject({
  voornamen: z.string().min(1).max(200).nullable().default(null),
  geslachtsnaam: z.string().min(1).max(200).nullable().default(null),
  geboortedatum: datum().nullable().default(null),
  nationaliteit: z.string().regex(/^[A-Z]{2}$/, 'Gebruik een ISO 3166-1 alpha-2-code in hoofdletters, bijv. GH.').nullable().default(null),
  vreemdelingennummer: z.string().regex(/^\d{10}$/, 'Een vreemdelingennummer bestaat uit 10 cijfers.').nullable().default(null),
  geslacht: z.enum(GESLACHTEN).nullable().default(null),
  talen: z.array(z.string().regex(/^[a-z]{2,3}$/, 'Gebruik ISO 639-codes, bijv. en.')).max(20).default([]),
  anderePersoon: z.strictObject({
    dossiernummers: z.array(z.string().regex(/^NRM-\d{4}-\d{6}$/, 'Een dossiernummer ziet eruit als NRM-2026-000123.')).min(1).max(20),
    reden: z.string().trim().min(1).max(2000).openapi({ description: 'Waarom het een andere persoon is (bijv. ander V-nummer na navraag bij de IND). Wordt geaudit.' }),
  }).optional().openapi({
    description: 'Na een 409 mogelijk-dezelfde-persoon: verklaar dat de genoemde dossiers over een andere persoon gaan. '
      + 'De paren worden als gecontroleerd vastgelegd, zodat de waarschuwing niet terugkomt.',
  }),
}).openapi('PersoonsgegevensInvoer');

export const PersoonsgegevensSchema = z.object({
  dossierId: z.string().uuid(),
  voornamen: z.string().nullable(),
  geslachtsnaam: z.string().nullable(),
  geboortedatum: datum().nullable(),
  nationaliteit: z.string().nullable(),
  vreemdelingennummer: z.string().nullable(),
  geslacht: z.enum(GESLACHTEN).nullable(),
  talen: z.array(z.string()),
  tijdstipGewijzigd: z.string().datetime(),
}).openapi('Persoonsgegevens');

export type PersoonsgegevensRij = typeof persoonsgegevens.$inferSelect;

export function naarPersoonsgegevens(r: PersoonsgegevensRij): z.infer<typeof PersoonsgegevensSchema> {
  return {
    dossierId: r.dossierId, voornamen: r.voornamen, geslachtsnaam: r.geslachtsnaam, geboortedatum: r.geboortedatum,
    nationaliteit: r.nationaliteit, vreemdelingennummer: r.vreemdelingennummer, geslacht: r.geslacht as (typeof GESLACHTEN)[number] | null,
    talen: r.talen, tijdstipGewijzigd: r.tijdstipGewijzigd.toISOString(),
  };
}
