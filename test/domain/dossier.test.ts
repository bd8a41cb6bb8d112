// The rules on the dossier's own fields (src/domain/dossier.ts). Expected answers are written out
// from the legal rule, not computed with the code under test.
import { describe, expect, it } from 'vitest';
import {
  NATIONALITEIT_CATEGORIEEN, type Leeftijdscategorie, type NationaliteitCategorie,
} from '../../src/domain/catalogus.js';
import { eurechtelijkeAansprakenFout, leeftijdscategorieOpDatum } from '../../src/domain/dossier.js';

describe('leeftijdscategorieOpDatum — art. 1:233 BW (minor until 18), art. 273f(1) sub 2 Sr', () => {
  const BW = 'art. 1:233 BW (minderjarig: not yet eighteen)';
  const tabel: Array<[string, string | null, string, Leeftijdscategorie | null]> = [
    ['no date of birth: the recorded category stays as it is', null, '2026-11-20', null],
    [`${BW}: 17 years and 364 days old is a minor`, '2008-11-21', '2026-11-20', 'minderjarig'],
    [`${BW}: on the 18th birthday the person is of age`, '2008-11-20', '2026-11-20', 'meerderjarig'],
    [`${BW}: the day after the 18th birthday`, '2008-11-19', '2026-11-20', 'meerderjarig'],
    [`${BW}: a child of 10`, '2016-05-01', '2026-11-20', 'minderjarig'],
    [`${BW}: an adult of 40`, '1986-02-03', '2026-11-20', 'meerderjarig'],
    [`${BW}: the reference day decides, not the day of registration (18th birthday lies after it)`, '2008-11-20', '2026-11-19', 'minderjarig'],
  ];
  it.each(tabel)('%s', (_naam, geboortedatum, peildatum, verwacht) => {
    expect(leeftijdscategorieOpDatum(geboortedatum, peildatum)).toBe(verwacht);
  });
});

describe('eurechtelijkeAansprakenFout — B8/3 Vc 2000 (EU/EEA/Swiss nationals only insofar as they derive no rights from EU law)', () => {
  // Written out: the fact "derives rights from EU law" is recorded for an EU/EEA/Swiss national only;
  // for everyone else only "not recorded" (null) is accepted.
  const mag = (categorie: NationaliteitCategorie, aanspraken: boolean | null) => aanspraken === null || categorie === 'eu_eer_zwitserland';
  const tabel = NATIONALITEIT_CATEGORIEEN.flatMap((categorie) => ([true, false, null] as const).map((aanspraken) => [
    `B8/3 Vc 2000: ${categorie} with eurechtelijkeAanspraken ${aanspraken} → ${mag(categorie, aanspraken) ? 'accepted' : 'refused'}`,
    categorie, aanspraken, mag(categorie, aanspraken),
  ] as [string, NationaliteitCategorie, boolean | null, boolean]));

  it('the table covers every nationality category × true, false, null (4 × 3)', () => {
    expect(tabel).toHaveLength(12);
    expect(tabel.filter((r) => !r[3]).map((r) => `${r[1]}/${r[2]}`)).toEqual([
      'derdelander/true', 'derdelander/false', 'nederlands/true', 'nederlands/false', 'onbekend/true', 'onbekend/false',
    ]);
  });

  it.each(tabel)('%s', (_naam, categorie, aanspraken, toegestaan) => {
    const fout = eurechtelijkeAansprakenFout(categorie, aanspraken);
    if (toegestaan) expect(fout).toBeNull();
    // The Dutch detail says what to do: fill it in only for eu_eer_zwitserland, otherwise leave it empty.
    else expect(fout).toBe('Alleen invullen bij nationaliteitCategorie eu_eer_zwitserland; laat het anders leeg (null).');
  });
});
