import { z } from '@hono/zod-openapi';
import {
  BRONNEN, INDICATOREN, LOCATIES, REDENEN_GEEN_OPSPORING, SIGNAALCONTEXTEN, UITBUITINGSVORMEN, WEGINGSSCHALEN, type Wegingsschaal,
} from '../../domain/catalogus.js';
import {
  OPVOLGINGSUITKOMSTEN, opvolgingRedenenBevinding, uiterlijkeOpvolging, WEGINGSWAARDEN, waardeHoortBijSchaal,
} from '../../domain/signaal.js';
import type { signalen } from '../../db/schema.js';
import { datum } from '../../http/velden.js';

/** A multi-valued code list: each code at most once (docs/domein.md §14: "een verzameling codes: elke code hooguit één keer"). */
export function codeset<T extends readonly [string, ...string[]]>(codes: T) {
  return z.array(z.enum(codes)).max(codes.length).superRefine((lijst, ctx) => {
    const dubbel = lijst.filter((c, i) => lijst.indexOf(c) !== i);
    if (dubbel.length > 0) ctx.addIssue({ code: 'custom', message: `Elke code mag één keer voorkomen; dubbel: ${[...new Set(dubbel)].join(', ')}.` });
  });
}

// docs/domein.md §14: each organisation's own scale. Whether the value belongs to the scale is an
// input error (400); whether the caller's organisation uses that scale is a rule (422, service).
export const WegingSchema = z.strictObject({
  schaal: z.enum(WEGINGSSCHALEN),
  waarde: z.enum(WEGINGSWAARDEN).openapi({
    description: 'Waarde op de gekozen schaal: politie_digw zwak/sterk/zeer_sterk; kmar_stoplicht groen/oranje/rood; nla_weeginstrument opvolgingswaardig/niet_opvolgingswaardig.',
  }),
}).superRefine((w, ctx) => {
  if (!waardeHoortBijSchaal(w.schaal, w.waarde)) {
    ctx.addIssue({ code: 'custom', path: ['waarde'], message: `De waarde ${w.waarde} hoort niet bij de schaal ${w.schaal}. Kies een waarde van die schaal (zie de catalogus wegingsschalen).` });
  }
}).openapi('Weging');

export const SignaalVastleggenSchema = z.strictObject({
  ontvangstdatum: datum().openapi({ description: 'Dag waarop het signaal binnenkwam (niet in de toekomst).', example: '2026-11-20' }),
  bron: z.enum(BRONNEN).openapi({ description: 'Herkomst van het signaal (zie GET /v1/catalogus, bronnen).' }),
  melder: z.string().max(500).nullable().default(null).openapi({ description: 'Oorspronkelijke melder, los van de doorgeleide bron.' }),
  uitbuitingsvormen: codeset(UITBUITINGSVORMEN).min(1, 'Kies ten minste één uitbuitingsvorm (gebruik overig als geen vorm past).'),
  indicatoren: codeset(INDICATOREN).default([]),
  locatie: z.enum(LOCATIES),
  weging: WegingSchema.nullable().default(null).openapi({
    description: 'Op de politie-DIGW-schaal bepaalt de weging de verrijkingstermijn: zeer_sterk binnen 24 uur, zwak of sterk binnen een week (rapport Rijke signalen, wisselende opvolging, §4.3).',
  }),
  samenvatting: z.string().max(5000).nullable().default(null),
  contexten: codeset(SIGNAALCONTEXTEN).default([]).openapi({
    description: 'De context van het signaal: vermissing, of een minderjarige die wegliep van huis of uit een instelling (rapport §4.6.3: de politie werkt dan samen met de hulpverlening).',
  }),
}).openapi('SignaalVastleggen');

const OpvolgingUitkomstSchema = z.enum(OPVOLGINGSUITKOMSTEN).openapi({
  description: 'Uitkomst van de verrijking en weging: informatief_gesprek (het slachtoffer wordt benaderd), weegtafel (bespreking met opsporing en OM), '
    + 'overgedragen (aan een andere organisatie) of niet_opvolgen (met redenen).',
});

export const OpvolgingVastleggenSchema = z.strictObject({
  uitkomst: OpvolgingUitkomstSchema,
  redenen: codeset(REDENEN_GEEN_OPSPORING).default([]).openapi({ description: 'Verplicht (ten minste één) bij niet_opvolgen; anders leeg.' }),
  toelichting: z.string().max(5000).nullable().default(null),
}).superRefine((o, ctx) => {
  const b = opvolgingRedenenBevinding(o.uitkomst, o.redenen);
  if (b) ctx.addIssue({ code: 'custom', path: [b.pad], message: b.reden });
}, {
  // Only when uitkomst and redenen are valid themselves (and the body is an object), regardless of other errors.
  when: (p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value)
    && !p.issues.some((i) => ['uitkomst', 'redenen'].includes(String(i.path?.[0]))),
})
  .openapi('SignaalOpvolgingVastleggen');

const OpvolgingSchema = z.object({
  uitkomst: OpvolgingUitkomstSchema,
  redenen: z.array(z.enum(REDENEN_GEEN_OPSPORING)),
  toelichting: z.string().nullable(),
  organisatieId: z.string().uuid(),
  tijdstip: z.string().datetime(),
}).openapi('SignaalOpvolging');

export const SignaalSchema = z.object({
  id: z.string().uuid(),
  dossierId: z.string().uuid(),
  organisatieId: z.string().uuid(),
  ontvangstdatum: datum(),
  bron: z.enum(BRONNEN),
  melder: z.string().nullable(),
  uitbuitingsvormen: z.array(z.enum(UITBUITINGSVORMEN)),
  indicatoren: z.array(z.enum(INDICATOREN)),
  locatie: z.enum(LOCATIES),
  weging: z.object({ schaal: z.enum(WEGINGSSCHALEN), waarde: z.string() }).nullable(),
  samenvatting: z.string().nullable(),
  contexten: z.array(z.enum(SIGNAALCONTEXTEN)),
  uiterlijkeOpvolging: z.string().datetime().nullable().openapi({
    description: 'Moment waarop het signaal uiterlijk verrijkt en opnieuw gewogen moet zijn (politie-DIGW: zeer sterk 24 uur, zwak of sterk een week); null zonder termijn.',
  }),
  opvolging: OpvolgingSchema.nullable().openapi({ description: 'De vastgelegde uitkomst van de verrijking; null zolang die er niet is.' }),
  tijdstipRegistratie: z.string().datetime(),
}).openapi('Signaal');

export const SignaalZonderOpvolgingSchema = z.object({
  signaalId: z.string().uuid(),
  dossierId: z.string().uuid(),
  dossiernummer: z.string(),
  ontvangstdatum: datum(),
  weging: z.object({ schaal: z.enum(WEGINGSSCHALEN), waarde: z.string() }),
  contexten: z.array(z.enum(SIGNAALCONTEXTEN)),
  tijdstipRegistratie: z.string().datetime(),
  uiterlijkeOpvolging: z.string().datetime(),
  urenOverschreden: z.number().int().openapi({ description: 'Hele uren sinds de verrijkingstermijn verstreek.' }),
  melding: z.string(),
}).openapi('SignaalZonderOpvolging');

export const SignaalCollectieSchema = z.object({ signalen: z.array(SignaalSchema) }).openapi('SignaalCollectie');

export type SignaalVastleggen = z.output<typeof SignaalVastleggenSchema>;
export type SignaalRij = typeof signalen.$inferSelect;
export type Signaal = z.infer<typeof SignaalSchema>;

export function naarSignaal(r: SignaalRij): Signaal {
  return {
    id: r.id,
    dossierId: r.dossierId,
    organisatieId: r.organisatieId,
    ontvangstdatum: r.ontvangstdatum,
    bron: r.bron as Signaal['bron'],
    melder: r.melder,
    uitbuitingsvormen: r.uitbuitingsvormen as Signaal['uitbuitingsvormen'],
    indicatoren: r.indicatoren as Signaal['indicatoren'],
    locatie: r.locatie as Signaal['locatie'],
    weging: r.weging ? { schaal: r.weging.schaal as Wegingsschaal, waarde: r.weging.waarde } : null,
    samenvatting: r.samenvatting,
    contexten: r.contexten as Signaal['contexten'],
    uiterlijkeOpvolging: uiterlijkeOpvolging(r.tijdstipRegistratie, r.weging)?.toISOString() ?? null,
    opvolging: r.opvolging && r.tijdstipOpvolging
      ? { ...r.opvolging, uitkomst: r.opvolging.uitkomst as (typeof OPVOLGINGSUITKOMSTEN)[number], redenen: r.opvolging.redenen as Array<(typeof REDENEN_GEEN_OPSPORING)[number]>, tijdstip: r.tijdstipOpvolging.toISOString() }
      : null,
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
  };
}

export type OpvolgingVastleggen = z.output<typeof OpvolgingVastleggenSchema>;
