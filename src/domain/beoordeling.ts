// Rules for the assessment of the geringste aanwijzing (design.md §4, §5.4; domain.md §5).
import type { Identificatiestatus, Leeftijdscategorie } from './catalogus.js';

export interface Elementen { handeling: boolean; middel: boolean; oogmerk: boolean }

/**
 * design.md §5.4 — an established assessment needs the act (handeling) and the purpose (oogmerk),
 * and the means (middel) unless the person is a minor: art. 273f(1) sub 2 Sr drops the means for
 * minors. An unknown age does not drop it. Returns the missing elements, in legal order.
 */
export function ontbrekendeElementen(elementen: Elementen, leeftijd: Leeftijdscategorie): Array<keyof Elementen> {
  const ontbrekend: Array<keyof Elementen> = [];
  if (!elementen.handeling) ontbrekend.push('handeling');
  if (!elementen.middel && leeftijd !== 'minderjarig') ontbrekend.push('middel');
  if (!elementen.oogmerk) ontbrekend.push('oogmerk');
  return ontbrekend;
}

export interface BeoordelingVoorStatus { resultaat: 'vastgesteld' | 'niet_vastgesteld'; beoordelingsdatum: string; tijdstipRegistratie: Date }

/**
 * design.md §4 — identificatiestatus follows only the victim track: the latest assessment (by
 * assessment date, then by registration) decides. An assessment is a snapshot (domain.md §1.2),
 * so a later one may always change it. Criminal and residence events are not inputs here.
 */
export function identificatiestatus(beoordelingen: readonly BeoordelingVoorStatus[]): Identificatiestatus {
  if (beoordelingen.length === 0) return 'gesignaleerd';
  const laatste = [...beoordelingen].sort((a, b) =>
    a.beoordelingsdatum === b.beoordelingsdatum
      ? a.tijdstipRegistratie.getTime() - b.tijdstipRegistratie.getTime()
      : a.beoordelingsdatum < b.beoordelingsdatum ? -1 : 1,
  ).at(-1)!;
  return laatste.resultaat === 'vastgesteld' ? 'vermoedelijk_slachtoffer' : 'geen_geringste_aanwijzing';
}
