import { z } from '@hono/zod-openapi';
import { IDENTIFICATIESTATUSSEN } from '../../domain/catalogus.js';
import { invoerBevindingen, SCHRIJNEND_PAD_GRONDEN, VERBLIJFSBESLUIT_SOORTEN } from '../../domain/verblijf.js';
import type { verblijfsbesluiten } from '../../db/schema.js';
import { codeset } from '../signalen/signalen.schemas.js';
import { meld, zodraGeldig } from '../strafrechtelijke-gebeurtenissen/strafrechtelijke-gebeurtenissen.schemas.js';
import { datum } from '../../http/velden.js';

export const VerblijfsbesluitVastleggenSchema = z.strictObject({
  soort: z.enum(VERBLIJFSBESLUIT_SOORTEN),
  datum: datum().openapi({ description: 'Dag van het besluit of de aanvraag (niet in de toekomst).', example: '2026-11-20' }),
  geldigTot: datum().nullable().default(null).openapi({
    description: 'Laatste geldige dag (inclusief). Bij vergunning_verleend en vergunning_verlengd berekend (één jaar; weglaten). Bij schrijnend_pad_verleend optioneel, ten hoogste één jaar na datum (standaard precies één jaar). Anders leeg.',
  }),
  gronden: codeset(SCHRIJNEND_PAD_GRONDEN).default([]).openapi({
    description: 'Alleen bij schrijnend_pad_aangevraagd, ten minste één: dreiging, medisch_psychisch, minderjarigheid (B8/3 onder 3.1 Vc 2000).',
  }),
  toelichting: z.string().max(5000).nullable().default(null),
})
  .superRefine((b, ctx) => { for (const f of invoerBevindingen(b)) meld(ctx, f); }, zodraGeldig('soort', 'geldigTot', 'gronden'))
  .openapi('VerblijfsbesluitVastleggen');

export const VerblijfsbesluitSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  organisatieId: z.string().uuid(),
  soort: z.enum(VERBLIJFSBESLUIT_SOORTEN),
  datum: datum(),
  geldigTot: datum().nullable().openapi({ description: 'Laatste geldige dag (inclusief) van een vergunning of schrijnend pad.' }),
  gronden: z.array(z.enum(SCHRIJNEND_PAD_GRONDEN)),
  toelichting: z.string().nullable(),
  tijdstipRegistratie: z.string().datetime(),
}).openapi('Verblijfsbesluit');

export const VerblijfsbesluitVastgelegdSchema = VerblijfsbesluitSchema.extend({
  identificatiestatus: z.enum(IDENTIFICATIESTATUSSEN).openapi({ description: 'De identificatiestatus van het dossier; het verblijfsspoor verandert die nooit.' }),
}).openapi('VerblijfsbesluitVastgelegd');

export const VerblijfsbesluitCollectieSchema = z.object({ verblijfsbesluiten: z.array(VerblijfsbesluitSchema) }).openapi('VerblijfsbesluitCollectie');

export const WerklijstItemSchema = VerblijfsbesluitSchema.extend({
  dossiernummer: z.string().openapi({ example: 'NRM-2026-000123' }),
}).openapi('VerblijfsWerklijstItem');

export const WerklijstSchema = z.object({ verblijfsbesluiten: z.array(WerklijstItemSchema) }).openapi('VerblijfsWerklijst');

export const WerklijstQuery = z.object({
  geldigTotVoor: datum().optional().openapi({
    description: 'Alleen geldende vergunningen en schrijnende paden met geldigTot op of vóór deze dag (standaard: vandaag + 30 dagen). Al verlopen maar niet verlengde of ingetrokken vergunningen staan vooraan.',
    example: '2026-12-20',
  }),
});

export type VerblijfsbesluitVastleggen = z.output<typeof VerblijfsbesluitVastleggenSchema>;
export type VerblijfsbesluitRij = typeof verblijfsbesluiten.$inferSelect;
type Verblijfsbesluit = z.infer<typeof VerblijfsbesluitSchema>;

export function naarVerblijfsbesluit(r: VerblijfsbesluitRij): Verblijfsbesluit {
  return {
    id: r.id, dossierId: r.dossierId, organisatieId: r.organisatieId, soort: r.soort as Verblijfsbesluit['soort'], datum: r.datum,
    geldigTot: r.geldigTot, gronden: r.gronden as Verblijfsbesluit['gronden'], toelichting: r.toelichting,
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
  };
}
