// One person, one dossier: when are two dossiers possibly about the same person? The police, the
// KMar, the NLA and care organisations signal the same victims (rapport "Rijke signalen, wisselende
// opvolging": the same people appear in several agencies' registrations); a referral mechanism exists
// to join those signals up. docs/een-persoon-een-dossier.md explains the rules and how to resolve a
// match. Pure functions, table-tested in test/domain/persoon.test.ts.

/**
 * A surname as it is compared: case, diacritics, spaces, hyphens and apostrophes ignored
 * ("Van der Berg" = "van der berg" = "Vanderberg"; "Al-Hassan" = "Al Hassan"; "Ñúñez" = "Nunez").
 * Null when nothing comparable is left.
 */
export function normaliseerGeslachtsnaam(naam: string | null | undefined): string | null {
  if (!naam) return null;
  const genormaliseerd = naam
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // combining marks: the diacritics after decomposition
    .toLocaleLowerCase('nl')
    // Latin letters that have no decomposition: by their base letter.
    .replace(/[đħıŀłŋøŧ]/g, (c) => ({ đ: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ł: 'l', ŋ: 'n', ø: 'o', ŧ: 't' })[c]!)
    .replace(/ß/g, 'ss')
    .replace(/[\s\-‐‑‒–—'’`´.]/g, '');
  return genormaliseerd === '' ? null : genormaliseerd;
}

/** What a dossier's personal data contributes to the comparison. */
export interface Persoonskenmerken {
  vreemdelingennummer: string | null;
  geslachtsnaamNormaal: string | null;
  geboortedatum: string | null;
}

export function kenmerkenVan(p: { vreemdelingennummer?: string | null; geslachtsnaam?: string | null; geboortedatum?: string | null }): Persoonskenmerken {
  return {
    vreemdelingennummer: p.vreemdelingennummer ?? null,
    geslachtsnaamNormaal: normaliseerGeslachtsnaam(p.geslachtsnaam),
    geboortedatum: p.geboortedatum ?? null,
  };
}

/**
 * Possibly the same person: the same V-number (the IND's number for one foreign national); or, when
 * either has no V-number, the same normalised surname and the same date of birth. Two different
 * V-numbers are two people, whatever their names. Too little to compare is no match.
 */
export function mogelijkDezelfdePersoon(a: Persoonskenmerken, b: Persoonskenmerken): boolean {
  if (a.vreemdelingennummer && b.vreemdelingennummer) return a.vreemdelingennummer === b.vreemdelingennummer;
  return a.geslachtsnaamNormaal !== null && a.geboortedatum !== null
    && a.geslachtsnaamNormaal === b.geslachtsnaamNormaal && a.geboortedatum === b.geboortedatum;
}

/**
 * The key under which simultaneous registrations of one person are serialised (an advisory lock):
 * one per criterion that could match, so two writers that could find each other always share one.
 */
export function vergrendelsleutels(k: Persoonskenmerken): string[] {
  const sleutels: string[] = [];
  if (k.vreemdelingennummer) sleutels.push(`v:${k.vreemdelingennummer}`);
  if (k.geslachtsnaamNormaal && k.geboortedatum) sleutels.push(`n:${k.geslachtsnaamNormaal}:${k.geboortedatum}`);
  return sleutels.sort();
}
