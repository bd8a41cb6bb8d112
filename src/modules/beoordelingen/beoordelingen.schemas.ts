import { z } from '@hono/zod-openapi';
import {
  IDENTIFICATIESTATUSSEN, INDICATOREN, REDENEN_NIET_VASTGESTELD, RESULTATEN_BEOORDELING,
} from '../../domain/catalogus.js';
import { gesprekBevinding, gesprekNaBeoordelingBevinding, motiveringBevindingen, type Bevinding } from '../../domain/beoordeling.js';
import { gespreksplichtenBevinding, OPSPORINGSINDICATIES } from '../../domain/informatiefgesprek.js';
import { uitbuitingsperiodeBevindingen } from '../../domain/leeftijd.js';
import type { beoordelingen } from '../../db/schema.js';
import { codeset } from '../signalen/signalen.schemas.js';
import { datum } from '../../http/velden.js';

type RefinementCtx = { addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void };

/** Reports a domain finding as a zod issue; `binnen` is the object the refinement sits on. */
function meld(ctx: RefinementCtx, bevinding: Bevinding | null, binnen?: string) {
  if (!bevinding) return;
  const pad = bevinding.pad.split('.');
  ctx.addIssue({ code: 'custom', path: binnen && pad[0] === binnen ? pad.slice(1) : pad, message: bevinding.reden });
}

/**
 * Run a cross-field check only when the fields it reads are themselves valid, but regardless of
 * errors elsewhere: zod skips object refinements after any error by default, and README.md "HTTP conventions"
 * wants every invalid field listed in one 400.
 */
const zodraGeldig = (...velden: string[]) => ({
  when: (payload: { value: unknown; issues: ReadonlyArray<{ path?: readonly PropertyKey[] | null }> }) =>
    typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value)
    && !payload.issues.some((i) => velden.includes(String(i.path?.[0]))),
});

/**
 * The officer's duties of the Aanwijzing mensenhandel (docs/regels.md, R5; rapport §3.3.4): what was
 * told, what happened to usable leads, and whether the victim was pointed to help.
 */
export const gespreksplichtenVelden = {
  opsporingZonderAangifteMeegedeeld: z.boolean().openapi({
    description: 'Het slachtoffer is meegedeeld dat het gesprek de start kan zijn van opsporing en vervolging, ook als het geen aangifte doet (Aanwijzing mensenhandel).',
  }),
  opsporingsindicaties: z.enum(OPSPORINGSINDICATIES).openapi({
    description: 'Bruikbare opsporingsindicaties uit het gesprek: geen_bruikbare, vastgelegd_in_proces_verbaal (proces-verbaal van bevindingen, zoals de Aanwijzing eist) of niet_vastgelegd.',
  }),
  gewezenOpHulpverlening: z.boolean().openapi({ description: 'Het slachtoffer is gewezen op de mogelijkheden van hulpverlening.' }),
};

export const GespreksplichtenSchema = z.strictObject(gespreksplichtenVelden).openapi('Gespreksplichten', {
  description: 'Wat de opsporingsambtenaar in het informatief gesprek moet doen (Aanwijzing mensenhandel; rapport Rijke signalen, wisselende opvolging, §3.3.4).',
});

/** The exception to "an informatief gesprek before the aangifte": an acute situation (docs/regels.md, R5). */
export const AcuteSituatieSchema = z.strictObject({
  omschrijving: z.string().trim().min(1, 'Beschrijf waarom een informatief gesprek door een acute situatie niet mogelijk was.').max(2000).openapi({
    description: 'Waarom een informatief gesprek vóór de aangifte door een acute situatie niet mogelijk was.',
  }),
  ...gespreksplichtenVelden,
}).openapi('AcuteSituatie', {
  description: 'Alleen bij een aangifte: er ging geen informatief gesprek aan vooraf omdat de situatie acuut was (Aanwijzing mensenhandel; rapport §3.3.4). '
    + 'Legt ook vast wat de opsporingsambtenaar toen heeft gedaan: meegedeeld dat opsporing zonder aangifte mogelijk is, bruikbare opsporingsindicaties vastgelegd, gewezen op hulp.',
});

export const InformatiefGesprekSchema = z.strictObject({
  gevoerd: z.boolean(),
  datum: datum().nullable().default(null).openapi({ description: 'Verplicht als gevoerd true is; anders null.' }),
  verplichtingen: GespreksplichtenSchema.nullable().default(null).openapi({
    description: 'Wat de opsporingsambtenaar in het gesprek deed (Aanwijzing mensenhandel); null = niet vastgelegd. Alleen bij gevoerd true.',
  }),
})
  .superRefine((g, ctx) => meld(ctx, gesprekBevinding(g), 'informatiefGesprek'))
  .superRefine((g, ctx) => meld(ctx, gespreksplichtenBevinding(g.gevoerd, g.verplichtingen), 'informatiefGesprek'), zodraGeldig('gevoerd', 'verplichtingen'))
  .openapi('InformatiefGesprek');

// docs/domein.md §2: the three elements of art. 273f(1) Sr as the intaker saw them.
export const ElementenSchema = z.strictObject({
  handeling: z.boolean().openapi({ description: 'Werven, vervoeren, overbrengen, huisvesten of opnemen.' }),
  middel: z.boolean().openapi({ description: 'Dwang, geweld, misleiding, misbruik van een kwetsbare positie e.d.; niet vereist bij een minderjarige (art. 273f lid 1 sub 2 Sr).' }),
  oogmerk: z.boolean().openapi({ description: 'Oogmerk van uitbuiting of orgaanverwijdering.' }),
}).openapi('Elementen');

export const UitbuitingsperiodeSchema = z.strictObject({
  begindatum: datum().openapi({ description: 'Eerste dag van de uitbuiting (zo goed als bekend).' }),
  einddatum: datum().nullable().default(null).openapi({ description: 'Laatste dag; null als de uitbuiting voortduurt.' }),
}).openapi('Uitbuitingsperiode', {
  description: 'De periode van uitbuiting, als die bekend is. De uitzondering voor minderjarigen (geen middel nodig, art. 273f lid 1 sub 2 Sr) '
    + 'wordt beoordeeld op de leeftijd bij de begindatum; zonder periode op de leeftijd op de beoordelingsdatum.',
});

export const BeoordelingVastleggenSchema = z.strictObject({
  beoordelingsdatum: datum().openapi({ description: 'Dag van de beoordeling (niet in de toekomst).', example: '2026-11-20' }),
  informatiefGesprek: InformatiefGesprekSchema,
  uitbuitingsperiode: UitbuitingsperiodeSchema.nullable().default(null),
  elementen: ElementenSchema,
  indicatoren: codeset(INDICATOREN).default([]),
  resultaat: z.enum(RESULTATEN_BEOORDELING),
  redenen: codeset(REDENEN_NIET_VASTGESTELD).default([]).openapi({ description: 'Verplicht (ten minste één) bij niet_vastgesteld; leeg bij vastgesteld.' }),
  toelichting: z.string().max(5000).nullable().default(null).openapi({ description: 'Verplicht bij niet_vastgesteld.' }),
  vervangt: z.string().uuid().nullable().default(null).openapi({ description: 'Id van een eerdere beoordeling van hetzelfde dossier die deze corrigeert; elke beoordeling wordt hoogstens één keer vervangen.' }),
})
  .superRefine((b, ctx) => { for (const f of motiveringBevindingen(b.resultaat, b.redenen, b.toelichting)) meld(ctx, f); },
    zodraGeldig('resultaat', 'redenen', 'toelichting'))
  .superRefine((b, ctx) => meld(ctx, gesprekNaBeoordelingBevinding(b.informatiefGesprek, b.beoordelingsdatum)),
    zodraGeldig('beoordelingsdatum', 'informatiefGesprek'))
  .superRefine((b, ctx) => { if (b.uitbuitingsperiode) for (const f of uitbuitingsperiodeBevindingen(b.uitbuitingsperiode, b.beoordelingsdatum)) meld(ctx, f); },
    zodraGeldig('beoordelingsdatum', 'uitbuitingsperiode'))
  .openapi('BeoordelingVastleggen');

export const BeoordelingSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  organisatieId: z.string().uuid(),
  beoordelingsdatum: datum(),
  informatiefGesprek: z.object({ gevoerd: z.boolean(), datum: datum().nullable(), verplichtingen: GespreksplichtenSchema.nullable() }),
  uitbuitingsperiode: z.object({ begindatum: datum(), einddatum: datum().nullable() }).nullable(),
  elementen: z.object({ handeling: z.boolean(), middel: z.boolean(), oogmerk: z.boolean() }),
  indicatoren: z.array(z.enum(INDICATOREN)),
  resultaat: z.enum(RESULTATEN_BEOORDELING),
  redenen: z.array(z.enum(REDENEN_NIET_VASTGESTELD)),
  toelichting: z.string().nullable(),
  vervangt: z.string().uuid().nullable(),
  vervangenDoor: z.string().uuid().nullable().openapi({ description: 'De beoordeling die deze corrigeert; een vervangen beoordeling telt niet meer mee voor de identificatiestatus.' }),
  tijdstipRegistratie: z.string().datetime(),
}).openapi('Beoordeling');

export const BeoordelingVastgelegdSchema = BeoordelingSchema.extend({
  identificatiestatus: z.enum(IDENTIFICATIESTATUSSEN).openapi({ description: 'Identificatiestatus van het dossier na deze beoordeling.' }),
}).openapi('BeoordelingVastgelegd');

export const BeoordelingCollectieSchema = z.object({ beoordelingen: z.array(BeoordelingSchema) }).openapi('BeoordelingCollectie');

export type BeoordelingVastleggen = z.output<typeof BeoordelingVastleggenSchema>;
export type BeoordelingRij = typeof beoordelingen.$inferSelect;
export type Beoordeling = z.infer<typeof BeoordelingSchema>;

export function naarBeoordeling(r: BeoordelingRij, vervangenDoor: string | null): Beoordeling {
  return {
    id: r.id,
    dossierId: r.dossierId,
    organisatieId: r.organisatieId,
    beoordelingsdatum: r.beoordelingsdatum,
    informatiefGesprek: { gevoerd: r.informatiefGesprek.gevoerd, datum: r.informatiefGesprek.datum, verplichtingen: r.informatiefGesprek.verplichtingen ?? null },
    uitbuitingsperiode: r.uitbuitingsperiode ?? null,
    elementen: { handeling: r.elementen.handeling, middel: r.elementen.middel, oogmerk: r.elementen.oogmerk },
    indicatoren: r.indicatoren as Beoordeling['indicatoren'],
    resultaat: r.resultaat as Beoordeling['resultaat'],
    redenen: r.redenen as Beoordeling['redenen'],
    toelichting: r.toelichting,
    vervangt: r.vervangt,
    vervangenDoor,
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
  };
}
