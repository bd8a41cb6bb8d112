// One person, one dossier (src/domain/persoon.ts, docs/een-persoon-een-dossier.md): when two
// dossiers are possibly about the same person.
import { describe, expect, it } from 'vitest';
import { kenmerkenVan, mogelijkDezelfdePersoon, normaliseerGeslachtsnaam, vergrendelsleutels } from '../../src/domain/persoon.js';

describe('normaliseerGeslachtsnaam — case, diacritics, spaces, hyphens and apostrophes ignored', () => {
  const zelfde: Array<[string, string]> = [
    ['Ñúñez', 'Nunez'],
    ['van der Berg', 'Van der berg'],
    ['van der Berg', 'Vanderberg'],
    ['Al-Hassan', 'Al Hassan'],
    ["O'Neill", 'ONeill'],
    ['Øyen', 'Oyen'],
    ['Łukasz', 'Lukasz'],
    ['Straße', 'Strasse'],
    ['  Mensah ', 'MENSAH'],
    ['Nguyễn', 'Nguyen'],
    // Letters without a Unicode decomposition, by their base letter (Serbo-Croatian, Maltese, Turkish, Sami).
    ['Đorđević', 'Dordevic'],
    ['Ħili', 'Hili'],
    ['Yıldız', 'Yildiz'],
    ['Ŋuorra', 'Nuorra'],
    ['Áŧŧi', 'Atti'],
  ];
  it.each(zelfde)('%s = %s', (a, b) => {
    expect(normaliseerGeslachtsnaam(a)).toBe(normaliseerGeslachtsnaam(b));
  });
  const anders: Array<[string, string]> = [['Mensah', 'Mensa'], ['Berg', 'Bergh'], ['Al-Hassan', 'Hassan']];
  it.each(anders)('%s ≠ %s', (a, b) => {
    expect(normaliseerGeslachtsnaam(a)).not.toBe(normaliseerGeslachtsnaam(b));
  });
  it('niets vergelijkbaars over: null', () => {
    for (const leeg of [null, undefined, '', ' - ', "'"]) expect(normaliseerGeslachtsnaam(leeg)).toBeNull();
  });
});

describe('mogelijkDezelfdePersoon — het V-nummer beslist; zonder V-nummer achternaam én geboortedatum', () => {
  const p = (vreemdelingennummer: string | null, geslachtsnaam: string | null, geboortedatum: string | null) =>
    kenmerkenVan({ vreemdelingennummer, geslachtsnaam, geboortedatum });
  const tabel: Array<[string, ReturnType<typeof p>, ReturnType<typeof p>, boolean]> = [
    ['zelfde V-nummer, andere naam: mogelijk dezelfde persoon (het nummer is van één vreemdeling)', p('1234567890', 'Mensah', '1999-04-02'), p('1234567890', 'Asante', '1990-01-01'), true],
    ['twee verschillende V-nummers: twee personen, ook met dezelfde naam en geboortedatum', p('1234567890', 'Mensah', '1999-04-02'), p('1234567891', 'Mensah', '1999-04-02'), false],
    ['één zonder V-nummer, zelfde naam en geboortedatum: mogelijk dezelfde', p(null, 'Mensah', '1999-04-02'), p('1234567890', 'MENSAH', '1999-04-02'), true],
    ['beide zonder V-nummer, zelfde naam (anders geschreven) en geboortedatum', p(null, 'van der Berg', '1999-04-02'), p(null, 'Van der berg', '1999-04-02'), true],
    ['zonder V-nummer, zelfde naam, andere geboortedatum: niet', p(null, 'Mensah', '1999-04-02'), p(null, 'Mensah', '1999-04-03'), false],
    ['zonder V-nummer, zelfde geboortedatum, andere naam: niet', p(null, 'Mensah', '1999-04-02'), p(null, 'Asante', '1999-04-02'), false],
    ['zonder V-nummer en zonder geboortedatum: te weinig om te vergelijken', p(null, 'Mensah', null), p(null, 'Mensah', null), false],
    ['zonder V-nummer en zonder naam: te weinig', p(null, null, '1999-04-02'), p(null, null, '1999-04-02'), false],
  ];
  it.each(tabel)('%s', (_n, a, b, verwacht) => {
    expect(mogelijkDezelfdePersoon(a, b)).toBe(verwacht);
    expect(mogelijkDezelfdePersoon(b, a)).toBe(verwacht);
  });
});

describe('vergrendelsleutels — twee schrijvers die elkaar kunnen vinden, delen een sleutel', () => {
  it('één per criterium, gesorteerd', () => {
    expect(vergrendelsleutels(kenmerkenVan({ vreemdelingennummer: '1234567890', geslachtsnaam: 'Al-Hassan', geboortedatum: '1990-01-01' })))
      .toEqual(['n:alhassan:1990-01-01', 'v:1234567890']);
    expect(vergrendelsleutels(kenmerkenVan({ vreemdelingennummer: null, geslachtsnaam: 'Mensah', geboortedatum: null }))).toEqual([]);
  });
  it('wie op naam overeenkomt (één zonder V-nummer), deelt de naamsleutel', () => {
    const a = vergrendelsleutels(kenmerkenVan({ vreemdelingennummer: '1234567890', geslachtsnaam: 'Mensah', geboortedatum: '1999-04-02' }));
    const b = vergrendelsleutels(kenmerkenVan({ vreemdelingennummer: null, geslachtsnaam: 'mensah', geboortedatum: '1999-04-02' }));
    expect(a.filter((s) => b.includes(s))).toEqual(['n:mensah:1999-04-02']);
  });
});
