import { z } from '@hono/zod-openapi';
import { BRONNEN, INDICATOREN, LOCATIES, UITBUITINGSVORMEN, WEGINGSSCHALEN, type Wegingsschaal } from '../../domain/catalogus.js';
import { WEGINGSWAARDEN, waardeHoortBijSchaal } from '../../domain/signaal.js';
import type { signalen } from '../../db/schema.js';
import { datum } from '../../http/velden.js';

/** A multi-valued code list: each code at most once (design.md §4a; domain.md §9 "a set of codes"). */
export function codeset<T extends readonly [string, ...string[]]>(codes: T) {
  return z.array(z.enum(codes)).max(codes.length).superRefine((lijst, ctx) => {
    const dubbel = lijst.filter((c, i) => lijst.indexOf(c) !== i);
    if (dubbel.length > 0) ctx.addIssue({ code: 'custom', message: `Elke code mag één keer voorkomen; dubbel: ${[...new Set(dubbel)].join(', ')}.` });
  });
}

// domain.md §9.5: each organisation's own scale. Whether the value belongs to the scale is an
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
  bron: z.enum(BRONNEN).openapi({ description: 'Herkomst van het signaal (domain.md §10).' }),
  melder: z.string().max(500).nullable().default(null).openapi({ description: 'Oorspronkelijke melder, los van de doorgeleide bron.' }),
  uitbuitingsvormen: codeset(UITBUITINGSVORMEN).min(1, 'Kies ten minste één uitbuitingsvorm (gebruik overig als geen vorm past).'),
  indicatoren: codeset(INDICATOREN).default([]),
  locatie: z.enum(LOCATIES),
  weging: WegingSchema.nullable().default(null),
  samenvatting: z.string().max(5000).nullable().default(null),
}).openapi('SignaalVastleggen');

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
  tijdstipRegistratie: z.string().datetime(),
}).openapi('Signaal');

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
    tijdstipRegistratie: r.tijdstipRegistratie.toISOString(),
  };
}
