// Rules for signals (docs/domein.md §3, §14). Pure: no I/O, no clock reads.
import {
  UITBUITINGSVORMEN, wegingsschalen, type OrganisatieType, type Wegingsschaal,
} from './catalogus.js';

type Uitbuitingsvorm = (typeof UITBUITINGSVORMEN)[number];

/** Every value of every scale, for the schema's enumeration; which one fits is checked per scale. */
export const WEGINGSWAARDEN = [
  ...new Set(Object.values(wegingsschalen).flatMap((s) => Object.keys(s.waarden))),
] as [string, ...string[]];

/**
 * docs/domein.md §14 — each organisation weighs on its own scale (police DIGW: zwak/sterk/zeer_sterk,
 * KMar traffic light: groen/oranje/rood, NLA Toezicht: (niet_)opvolgingswaardig). The scales do
 * not map onto each other, so a value is only meaningful on the scale it belongs to.
 */
export function waardeHoortBijSchaal(schaal: Wegingsschaal, waarde: string): boolean {
  return Object.hasOwn(wegingsschalen[schaal].waarden, waarde);
}

/**
 * docs/domein.md §3 (each organisation weighs on its own scale) — an organisation records a weighing only
 * on a scale its type works with (wegingsschalen[x].organisatieTypen in the catalogue).
 */
export function schalenVoorOrganisatieType(type: OrganisatieType): Wegingsschaal[] {
  return (Object.keys(wegingsschalen) as Wegingsschaal[])
    .filter((s) => (wegingsschalen[s].organisatieTypen as readonly OrganisatieType[]).includes(type));
}

export function magSchaalGebruiken(schaal: Wegingsschaal, type: OrganisatieType): boolean {
  return schalenVoorOrganisatieType(type).includes(schaal);
}

/** The Dutch refusal for a scale the organisation does not use, naming the scales it may use. */
export function schaalWeigering(schaal: Wegingsschaal, type: OrganisatieType): string | null {
  if (magSchaalGebruiken(schaal, type)) return null;
  const eigen = schalenVoorOrganisatieType(type);
  return eigen.length > 0
    ? `Uw organisatie weegt signalen niet met de schaal ${schaal}. Gebruik ${eigen.join(' of ')}, of laat weging leeg (null).`
    : `Uw organisatie heeft geen eigen wegingsschaal. Laat weging leeg (null).`;
}

/**
 * art. 273f Sr; docs/domein.md §2 — cases can combine forms, so the forms of a dossier are the union over all its
 * signals, in catalogue order (stable, no duplicates).
 */
export function uitbuitingsvormenVan(signalen: ReadonlyArray<{ uitbuitingsvormen: readonly string[] }>): Uitbuitingsvorm[] {
  const gezien = new Set(signalen.flatMap((s) => s.uitbuitingsvormen));
  return UITBUITINGSVORMEN.filter((v) => gezien.has(v));
}

/**
 * Issue 20 (docs/regels.md, R7) — the enrichment deadline by the weight of a signal on the police DIGW
 * scale: a signal weighed very strong is enriched and weighed again within 24 hours, a weak or strong
 * one within a week (rapport Rijke signalen, wisselende opvolging, §4.3, Fase 2). The other scales
 * (KMar traffic light, NLA Toezicht's instrument) have no deadline in the report, so none here.
 */
export const VERRIJKINGSTERMIJN_UREN: Readonly<Partial<Record<Wegingsschaal, Readonly<Record<string, number>>>>> = {
  politie_digw: { zwak: 7 * 24, sterk: 7 * 24, zeer_sterk: 24 },
};

export function verrijkingstermijnUren(weging: { schaal: string; waarde: string } | null): number | null {
  if (!weging) return null;
  return VERRIJKINGSTERMIJN_UREN[weging.schaal as Wegingsschaal]?.[weging.waarde] ?? null;
}

/** The moment by which the signal must have been followed up (enriched and weighed), or null without a deadline. */
export function uiterlijkeOpvolging(tijdstipRegistratie: Date, weging: { schaal: string; waarde: string } | null): Date | null {
  const uren = verrijkingstermijnUren(weging);
  return uren === null ? null : new Date(tijdstipRegistratie.getTime() + uren * 3_600_000);
}

/**
 * A signal is followed up once its organisation recorded the outcome of the enrichment (opvolging), or
 * once the geringste aanwijzing was assessed on its dossier at or after the signal came in. Without
 * either, past its deadline, it is on the alert list of its organisation (rapport §4.6.2: signals that
 * are not followed up, often without a recorded reason).
 */
export function zonderOpvolging(
  s: { tijdstipRegistratie: Date; weging: { schaal: string; waarde: string } | null; tijdstipOpvolging: Date | null },
  laatsteBeoordeling: Date | null, nu: Date,
): boolean {
  const uiterlijk = uiterlijkeOpvolging(s.tijdstipRegistratie, s.weging);
  if (uiterlijk === null || s.tijdstipOpvolging !== null) return false;
  if (laatsteBeoordeling !== null && laatsteBeoordeling.getTime() >= s.tijdstipRegistratie.getTime()) return false;
  return nu.getTime() > uiterlijk.getTime();
}

/** The outcome of the enrichment of a signal, as the signal team records it (rapport §4.3, §4.6.2, §4.6.4). */
export const OPVOLGINGSUITKOMSTEN = ['informatief_gesprek', 'weegtafel', 'overgedragen', 'niet_opvolgen'] as const;
export type Opvolgingsuitkomst = (typeof OPVOLGINGSUITKOMSTEN)[number];

/** Not following up needs its reason codes (rapport §4.6.2: reasons are rarely recorded); the others have none. */
export function opvolgingRedenenBevinding(uitkomst: Opvolgingsuitkomst, redenen: readonly string[]): { pad: string; reden: string } | null {
  if (uitkomst === 'niet_opvolgen' && redenen.length === 0) {
    return { pad: 'redenen', reden: 'Geef bij niet_opvolgen ten minste één reden op (catalogus redenenGeenOpsporing), bijvoorbeeld onvoldoende_opsporingsindicaties.' };
  }
  if (uitkomst !== 'niet_opvolgen' && redenen.length > 0) {
    return { pad: 'redenen', reden: `Redenen horen alleen bij niet_opvolgen; laat redenen leeg bij ${uitkomst}.` };
  }
  return null;
}
