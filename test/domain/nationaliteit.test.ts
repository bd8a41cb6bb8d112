// Consistent nationality (issue 20; docs/regels.md R3): the nationality in the personal data and the
// dossier's nationaliteitCategorie tell the same story (art. 1 Vw 2000; B8/3 Vc 2000).
import { describe, expect, it } from 'vitest';
import { LANDEN_EU_EER_ZWITSERLAND, NATIONALITEIT_CATEGORIEEN } from '../../src/domain/catalogus.js';
import { categorieVanNationaliteit, nationaliteitBevindingen, nationaliteitTegenstrijdigheid } from '../../src/domain/dossier.js';

describe('LANDEN_EU_EER_ZWITSERLAND — 27 EU-lidstaten (art. 52 VEU), IJsland, Liechtenstein, Noorwegen (EER) en Zwitserland', () => {
  it('31 landen, elk één keer, ISO 3166-1 alpha-2', () => {
    expect(LANDEN_EU_EER_ZWITSERLAND).toHaveLength(31);
    expect(new Set(LANDEN_EU_EER_ZWITSERLAND).size).toBe(31);
    for (const c of LANDEN_EU_EER_ZWITSERLAND) expect(c).toMatch(/^[A-Z]{2}$/);
  });
  it.each(['IS', 'LI', 'NO', 'CH', 'GR', 'HR', 'CY'])('%s hoort erbij', (c) => expect(LANDEN_EU_EER_ZWITSERLAND).toContain(c));
  it.each(['GB', 'EL', 'TR', 'UA', 'RS', 'AL', 'MA'])('%s hoort er niet bij (het VK sinds 1 februari 2020; EL is geen ISO-code)', (c) => expect(LANDEN_EU_EER_ZWITSERLAND).not.toContain(c));
});

describe('categorieVanNationaliteit', () => {
  it.each([
    ['NL', 'nederlands'], ['PL', 'eu_eer_zwitserland'], ['RO', 'eu_eer_zwitserland'], ['NO', 'eu_eer_zwitserland'], ['CH', 'eu_eer_zwitserland'],
    ['GH', 'derdelander'], ['NG', 'derdelander'], ['GB', 'derdelander'], ['UA', 'derdelander'],
  ] as const)('%s → %s', (n, c) => expect(categorieVanNationaliteit(n)).toBe(c));
});

describe('nationaliteitTegenstrijdigheid — elke combinatie', () => {
  const NATIONALITEITEN = [null, 'NL', 'PL', 'CH', 'GH'] as const;
  const klopt: Record<string, readonly string[]> = {
    NL: ['nederlands', 'onbekend'], PL: ['eu_eer_zwitserland', 'onbekend'], CH: ['eu_eer_zwitserland', 'onbekend'], GH: ['derdelander', 'onbekend'],
  };
  const gevallen = NATIONALITEITEN.flatMap((n) => NATIONALITEIT_CATEGORIEEN.map((c) => [n, c] as const));
  it.each(gevallen)('%s bij %s', (nationaliteit, categorie) => {
    const fout = nationaliteitTegenstrijdigheid(nationaliteit, categorie);
    const toegestaan = nationaliteit === null || klopt[nationaliteit]!.includes(categorie);
    expect(fout === null).toBe(toegestaan);
    if (fout) expect(fout).toContain(`De nationaliteit ${nationaliteit} hoort bij nationaliteitCategorie ${categorieVanNationaliteit(nationaliteit!)}`);
  });

  it('de weigering zegt waarom het ertoe doet en wat de intaker moet doen (art. 1 Vw 2000; B8/3 Vc 2000)', () => {
    expect(nationaliteitTegenstrijdigheid('PL', 'derdelander')).toBe(
      'De nationaliteit PL hoort bij nationaliteitCategorie eu_eer_zwitserland, maar het dossier heeft nationaliteitCategorie derdelander; '
      + 'die categorie bepaalt of de B8/3-bedenktijd van toepassing is (art. 1 Vw 2000; B8/3 Vc 2000). Maak ze gelijk: corrigeer de nationaliteit, '
      + 'of zet de nationaliteitCategorie van het dossier eerst op de juiste waarde of op onbekend (PATCH /v1/dossiers/{id}) en leg daarna de nationaliteit vast.');
  });

  it('de bevindingen noemen beide velden', () => {
    expect(nationaliteitBevindingen('NL', 'derdelander').map((b) => b.pad)).toEqual(['nationaliteit', 'nationaliteitCategorie']);
    expect(nationaliteitBevindingen('GH', 'derdelander')).toEqual([]);
  });
});
