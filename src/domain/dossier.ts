// Rules on the dossier's own fields (docs/regels.md R2, R3; docs/domein.md §5).
import { differenceInYears, parseISO } from 'date-fns';
import { LANDEN_EU_EER_ZWITSERLAND, type Leeftijdscategorie, type NationaliteitCategorie } from './catalogus.js';

/**
 * "A known geboortedatum sets leeftijdscategorie" (docs/regels.md R2): under 18 on the reference day
 * (today in the Netherlands) is a minor (art. 273f(1) sub 2 Sr; art. 1:233 BW).
 */
export function leeftijdscategorieOpDatum(geboortedatum: string | null, peildatum: string): Leeftijdscategorie | null {
  if (!geboortedatum) return null;
  return differenceInYears(parseISO(peildatum), parseISO(geboortedatum)) < 18 ? 'minderjarig' : 'meerderjarig';
}

/**
 * B8/3 Vc 2000: EU/EEA/Swiss nationals can use the scheme only insofar as they derive no rights from
 * EU law, so that fact is recorded for them — and only for them (B8/3 Vc 2000; art. 1 Vw 2000; docs/domein.md §5).
 */
export function eurechtelijkeAansprakenFout(categorie: NationaliteitCategorie, aanspraken: boolean | null): string | null {
  if (categorie !== 'eu_eer_zwitserland' && aanspraken !== null) {
    return 'Alleen invullen bij nationaliteitCategorie eu_eer_zwitserland; laat het anders leeg (null).';
  }
  return null;
}

/** The category a nationality (ISO 3166-1 alpha-2) belongs to (catalogus LANDEN_EU_EER_ZWITSERLAND). */
export function categorieVanNationaliteit(nationaliteit: string): Exclude<NationaliteitCategorie, 'onbekend'> {
  if (nationaliteit === 'NL') return 'nederlands';
  return (LANDEN_EU_EER_ZWITSERLAND as readonly string[]).includes(nationaliteit) ? 'eu_eer_zwitserland' : 'derdelander';
}

const categorieTekst: Record<Exclude<NationaliteitCategorie, 'onbekend'>, string> = {
  nederlands: 'nederlands', eu_eer_zwitserland: 'eu_eer_zwitserland', derdelander: 'derdelander',
};

/**
 * Issue 20 (docs/regels.md, R3) — the nationality in the personal data and the dossier's
 * nationaliteitCategorie must tell the same story, because the category decides eligibility for the
 * B8/3 bedenktijd: a Dutch national is no vreemdeling (art. 1 Vw 2000); an EU/EEA/Swiss national is
 * no derdelander and may use the scheme only insofar as they derive no rights from EU law (B8/3 Vc
 * 2000). So NL only with `nederlands` (a dual national with Dutch nationality is treated as Dutch, art.
 * 1 Vw 2000: record NL), an EU/EEA/Swiss country only with `eu_eer_zwitserland`, any other country only
 * with `derdelander`. An unknown category (`onbekend`) or an unknown nationality contradicts nothing.
 * Returns the refusal's text, or null.
 */
export function nationaliteitTegenstrijdigheid(nationaliteit: string | null, categorie: NationaliteitCategorie): string | null {
  if (nationaliteit === null || categorie === 'onbekend') return null;
  const hoort = categorieVanNationaliteit(nationaliteit);
  if (hoort === categorie) return null;
  return `De nationaliteit ${nationaliteit} hoort bij nationaliteitCategorie ${categorieTekst[hoort]}, maar het dossier heeft nationaliteitCategorie ${categorie}; `
    + 'die categorie bepaalt of de B8/3-bedenktijd van toepassing is (art. 1 Vw 2000; B8/3 Vc 2000). Maak ze gelijk: corrigeer de nationaliteit, '
    + 'of zet de nationaliteitCategorie van het dossier eerst op de juiste waarde of op onbekend (PATCH /v1/dossiers/{id}) en leg daarna de nationaliteit vast.';
}

/** The refusal of nationaliteitTegenstrijdigheid for both fields it concerns (422 names both), or []. */
export function nationaliteitBevindingen(nationaliteit: string | null, categorie: NationaliteitCategorie): Array<{ pad: 'nationaliteit' | 'nationaliteitCategorie'; reden: string }> {
  const reden = nationaliteitTegenstrijdigheid(nationaliteit, categorie);
  return reden ? [{ pad: 'nationaliteit', reden }, { pad: 'nationaliteitCategorie', reden }] : [];
}
