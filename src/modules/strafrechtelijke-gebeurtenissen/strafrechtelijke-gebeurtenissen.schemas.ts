import { z } from '@hono/zod-openapi';
import { IDENTIFICATIESTATUSSEN, REDENEN_GEEN_OPSPORING } from '../../domain/catalogus.js';
import type { Bevinding } from '../../domain/beoordeling.js';
import { redenenBevinding, STRAFRECHTELIJKE_SOORTEN } from '../../domain/strafrecht.js';
import type { strafrechtelijkeGebeurtenissen } from '../../db/schema.js';
import { codeset } from '../signalen/signalen.schemas.js';
import { datum } from '../../http/velden.js';
import { AcuteSituatieSchema } from '../beoordelingen/beoordelingen.schemas.js';
import { acuteSituatieNietToegestaan } from '../../domain/informatiefgesprek.js';

type RefinementCtx = { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void };

export function meld(ctx: RefinementCtx, bevinding: Bevinding | null) {
  if (bevinding) ctx.addIssue({ code: 'custom', path: bevinding.pad.split('.'), message: bevinding.reden });
}

/**
 * Run a cross-field check only when the fields it reads are valid themselves, regardless of errors
 * elsewhere: zod skips object refinements after any error by default, and README.md "HTTP conventions" wants every
 * invalid field in one 400.
 */
export const zodraGeldig = (...velden: string[]) => ({
  when: (payload: { value: unknown; issues: ReadonlyArray<{ path?: readonly PropertyKey[] | null }> }) =>
    typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value)
    && !payload.issues.some((i) => velden.includes(String(i.path?.[0]))),
});

export const StrafrechtelijkeGebeurtenisVastleggenSchema = z.strictObject({
  soort: z.enum(STRAFRECHTELIJKE_SOORTEN).openapi({
    description: 'Intaker: aangifte, medewerking_strafproces, afzien_aangifte. Officier (OM): opsporingsonderzoek_gestart, geen_opsporingsonderzoek, sepot, aanwezigheid_noodzakelijk, onderzoek_beeindigd.',
  }),
  datum: datum().openapi({ description: 'Dag van de gebeurtenis (niet in de toekomst).', example: '2026-11-20' }),
  redenen: codeset(REDENEN_GEEN_OPSPORING).default([]).openapi({
    description: 'Redenen: verplicht (ten minste één) bij geen_opsporingsonderzoek; toegestaan bij sepot en onderzoek_beeindigd; anders leeg. Zeggen nooit iets over het slachtofferschap.',
  }),
  toelichting: z.string().max(5000).nullable().default(null),
  acuteSituatie: AcuteSituatieSchema.nullable().optional().openapi({
    description: 'Alleen bij soort aangifte, als er geen informatief gesprek aan voorafging omdat de situatie acuut was (Aanwijzing mensenhandel). Zonder vastgelegd gesprek of acute situatie wordt een aangifte geweigerd (422).',
  }),
})
  .superRefine((g, ctx) => meld(ctx, redenenBevinding(g.soort, g.redenen)), zodraGeldig('soort', 'redenen'))
  .superRefine((g, ctx) => meld(ctx, acuteSituatieNietToegestaan(g.soort === 'aangifte', g.acuteSituatie, 'soort aangifte')), zodraGeldig('soort', 'acuteSituatie'))
  .openapi('StrafrechtelijkeGebeurtenisVastleggen');

export const StrafrechtelijkeGebeurtenisSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  organisatieId: z.string().uuid(),
  soort: z.enum(STRAFRECHTELIJKE_SOORTEN),
  datum: datum(),
  redenen: z.array(z.enum(REDENEN_GEEN_OPSPORING)),
  toelichting: z.string().nullable(),
  acuteSituatie: AcuteSituatieSchema.nullable().openapi({ description: 'De vastgelegde acute situatie bij een aangifte zonder informatief gesprek vooraf; anders null.' }),
  tijdstipRegistratie: z.string().datetime(),
}).openapi('StrafrechtelijkeGebeurtenis');

export const StrafrechtelijkeGebeurtenisVastgelegdSchema = StrafrechtelijkeGebeurtenisSchema.extend({
  beeindigdeBedenktijdId: z.string().uuid().nullable().openapi({
    description: 'De lopende bedenktijd die deze aangifte of medewerking heeft beëindigd, anders null.',
  }),
  identificatiestatus: z.enum(IDENTIFICATIESTATUSSEN).openapi({
    description: 'De identificatiestatus van het dossier; het strafrechtelijk spoor verandert die nooit.',
  }),
}).openapi('StrafrechtelijkeGebeurtenisVastgelegd');

export const StrafrechtelijkeGebeurtenisCollectieSchema = z.object({
  strafrechtelijkeGebeurtenissen: z.array(StrafrechtelijkeGebeurtenisSchema),
}).openapi('StrafrechtelijkeGebeurtenisCollectie');

export type StrafrechtelijkeGebeurtenisVastleggen = z.output<typeof StrafrechtelijkeGebeurtenisVastleggenSchema>;
export type GebeurtenisRij = typeof strafrechtelijkeGebeurtenissen.$inferSelect;
type Gebeurtenis = z.infer<typeof StrafrechtelijkeGebeurtenisSchema>;

export function naarGebeurtenis(r: GebeurtenisRij): Gebeurtenis {
  return {
    id: r.id, dossierId: r.dossierId, organisatieId: r.organisatieId, soort: r.soort as Gebeurtenis['soort'], datum: r.datum,
    redenen: r.redenen as Gebeurtenis['redenen'], toelichting: r.toelichting, acuteSituatie: r.acuteSituatie ?? null,
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
  };
}

// ---- Beroep op de B8/3-regeling (model M55, bijlage Vc 2000; docs/domein.md §6, item 4 of the M55) ----

export const BeroepB83VastleggenSchema = z.strictObject({
  datum: datum().openapi({ description: 'Dag waarop het slachtoffer zich op de B8/3-regeling beriep (niet in de toekomst).', example: '2026-11-20' }),
  toelichting: z.string().max(5000).nullable().default(null),
}).openapi('BeroepB83Vastleggen');

export const BeroepB83Schema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  organisatieId: z.string().uuid(),
  datum: datum(),
  toelichting: z.string().nullable(),
  tijdstipRegistratie: z.string().datetime(),
}).openapi('BeroepB83');

export const BeroepB83CollectieSchema = z.object({ beroepenB83: z.array(BeroepB83Schema) }).openapi('BeroepB83Collectie');

export type BeroepB83Vastleggen = z.output<typeof BeroepB83VastleggenSchema>;

export function naarBeroep(r: { id: string; dossierId: string; organisatieId: string; datum: string; toelichting: string | null; tijdstipRegistratie: Date }) {
  return {
    id: r.id, dossierId: r.dossierId, organisatieId: r.organisatieId, datum: r.datum, toelichting: r.toelichting,
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
  };
}
