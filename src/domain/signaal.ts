// Rules for signals (design.md §4, §4a; domain.md §9–§10). Pure: no I/O, no clock reads.
import {
  UITBUITINGSVORMEN, wegingsschalen, type OrganisatieType, type Wegingsschaal,
} from './catalogus.js';

type Uitbuitingsvorm = (typeof UITBUITINGSVORMEN)[number];

/** Every value of every scale, for the schema's enumeration; which one fits is checked per scale. */
export const WEGINGSWAARDEN = [
  ...new Set(Object.values(wegingsschalen).flatMap((s) => Object.keys(s.waarden))),
] as [string, ...string[]];

/**
 * domain.md §9.5 — each organisation weighs on its own scale (police DIGW: zwak/sterk/zeer_sterk,
 * KMar traffic light: groen/oranje/rood, NLA Toezicht: (niet_)opvolgingswaardig). The scales do
 * not map onto each other, so a value is only meaningful on the scale it belongs to.
 */
export function waardeHoortBijSchaal(schaal: Wegingsschaal, waarde: string): boolean {
  return Object.hasOwn(wegingsschalen[schaal].waarden, waarde);
}

/**
 * design.md §4 ("weging per organisation's own scale") — an organisation records a weighing only
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
 * domain.md §5.2 — cases can combine forms, so the forms of a dossier are the union over all its
 * signals, in catalogue order (stable, no duplicates).
 */
export function uitbuitingsvormenVan(signalen: ReadonlyArray<{ uitbuitingsvormen: readonly string[] }>): Uitbuitingsvorm[] {
  const gezien = new Set(signalen.flatMap((s) => s.uitbuitingsvormen));
  return UITBUITINGSVORMEN.filter((v) => gezien.has(v));
}
