// Rules on the dossier's own fields (design.md §4, §4a).
import { differenceInYears, parseISO } from 'date-fns';
import type { Leeftijdscategorie, NationaliteitCategorie } from './catalogus.js';

/**
 * "A known geboortedatum sets leeftijdscategorie" (design.md §4a): under 18 on the reference day
 * (today in the Netherlands) is a minor (art. 273f(1) sub 2 Sr; art. 1:233 BW).
 */
export function leeftijdscategorieOpDatum(geboortedatum: string | null, peildatum: string): Leeftijdscategorie | null {
  if (!geboortedatum) return null;
  return differenceInYears(parseISO(peildatum), parseISO(geboortedatum)) < 18 ? 'minderjarig' : 'meerderjarig';
}

/**
 * B8/3 Vc 2000: EU/EEA/Swiss nationals can use the scheme only insofar as they derive no rights from
 * EU law, so that fact is recorded for them — and only for them (domain.md §6.2).
 */
export function eurechtelijkeAansprakenFout(categorie: NationaliteitCategorie, aanspraken: boolean | null): string | null {
  if (categorie !== 'eu_eer_zwitserland' && aanspraken !== null) {
    return 'Alleen invullen bij nationaliteitCategorie eu_eer_zwitserland; laat het anders leeg (null).';
  }
  return null;
}
