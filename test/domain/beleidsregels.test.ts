// The versioned policy rules for the length of the B8/3 bedenktijd (src/domain/beleidsregels.ts)
// against B8/3.1 Vc 2000; Stcrt. 2023, 13577; docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md; docs/domein.md §5 Expected end dates are worked out by hand from the rule
// text ("the end date carries the grant's day number", clamped to the month's last day).
import { describe, expect, it } from 'vitest';
import { BELEIDSREGELS, beleidsregel, kiesBeleidsregel, uiterlijkeEinddatum, type Beleidsregel } from '../../src/domain/beleidsregels.js';
import type { Verblijfssituatie } from '../../src/domain/catalogus.js';

// Looked up without beleidsregel(): a broken rule list then fails the tests below (a mutant killed)
// instead of stopping this file from loading.
const opCode = (code: string) => BELEIDSREGELS.find((r) => r.code === code)!;
const DRIE = opCode('b8-3-drie-maanden');
const DUBLIN = opCode('b8-3-dublin-dertig-dagen');

describe('BELEIDSREGELS — de gegevens zelf (docs/beslissingen/0001-beleidsregels-als-data.md, issue 3 punt 1)', () => {
  it('precies de twee regels van docs/beslissingen/0001-beleidsregels-als-data.md, elk met ingangsdatum en juridische bron', () => {
    expect(BELEIDSREGELS.map((r) => r.code).sort()).toEqual(['b8-3-drie-maanden', 'b8-3-dublin-dertig-dagen']);
    for (const r of BELEIDSREGELS) {
      expect(r.geldigVanaf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.bron).toMatch(/B8\/3/);
    }
  });
  it('docs/beslissingen/0001-beleidsregels-als-data.md; docs/beslissingen/0011-dublinregel.md: drie maanden voor iedereen, 30 dagen alleen voor dublinclaimanten vanaf 19 mei 2023 (Stcrt. 2023, 13577)', () => {
    expect(DRIE).toMatchObject({ duur: { maanden: 3 } });
    expect(DRIE.doelgroep).toBeUndefined();
    expect(DUBLIN).toMatchObject({ duur: { dagen: 30 }, doelgroep: ['dublinclaimant'], geldigVanaf: '2023-05-19' });
    expect(DUBLIN.bron).toMatch(/Stcrt\. 2023, 13577/);
  });
  it('B8/3.1 Vc 2000: each rule describes its length in Dutch (shown with the bedenktijd)', () => {
    expect(DRIE.omschrijving).toBe('Bedenktijd van ten hoogste drie maanden');
    expect(DUBLIN.omschrijving).toBe('Bedenktijd van ten hoogste 30 dagen voor Dublinclaimanten');
  });
  it('beleidsregel() vindt een regel op zijn code', () => {
    expect(beleidsregel('b8-3-drie-maanden')).toBe(DRIE);
    expect(beleidsregel('b8-3-dublin-dertig-dagen')).toBe(DUBLIN);
  });
  it('een onbekende code is een fout, geen stille terugval', () => {
    expect(() => beleidsregel('b8-3-bestaat-niet')).toThrow(/Onbekende beleidsregel/);
  });
});

describe('uiterlijkeEinddatum — docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md (art. 6:8 Awb: de einddatum draagt het dagnummer van de verlening; date-fns addMonths klemt)', () => {
  const tabel: Array<[string, Beleidsregel, string, string]> = [
    ['§5.6 voorbeeld: 15 januari → 15 april', DRIE, '2026-01-15', '2026-04-15'],
    ['§5.6 maandeinde: 31 januari 2026 → 30 april 2026 (april heeft 30 dagen)', DRIE, '2026-01-31', '2026-04-30'],
    ['§5.6 voorbeeld: 30 november 2025 → 28 februari 2026 (geen schrikkeljaar)', DRIE, '2025-11-30', '2026-02-28'],
    ['§5.6 schrikkeljaar: 30 november 2023 → 29 februari 2024', DRIE, '2023-11-30', '2024-02-29'],
    ['§5.6 schrikkeljaar: 29 februari 2024 → 29 mei 2024', DRIE, '2024-02-29', '2024-05-29'],
    ['§5.6 maandeinde: 30 november 2026 → 28 februari 2027', DRIE, '2026-11-30', '2027-02-28'],
    ['§5.6 maandeinde: 31 maart → 30 juni', DRIE, '2026-03-31', '2026-06-30'],
    ['§5.6 maandeinde: 31 mei → 31 augustus (geen klemming nodig)', DRIE, '2026-05-31', '2026-08-31'],
    ['§5.6 jaarwisseling: 20 november 2026 → 20 februari 2027 (geen 90 dagen)', DRIE, '2026-11-20', '2027-02-20'],
    ['§5.6 jaarwisseling: 1 december 2026 → 1 maart 2027', DRIE, '2026-12-01', '2027-03-01'],
    ['§5.6 zomertijd: 1 maart 2026 → 1 juni 2026 (klokverzetting verschuift niets)', DRIE, '2026-03-01', '2026-06-01'],
    ['§5.6 Dublin: 19 mei 2023 + 30 dagen → 18 juni 2023', DUBLIN, '2023-05-19', '2023-06-18'],
    ['§5.6 Dublin: 1 februari 2026 + 30 dagen → 3 maart 2026', DUBLIN, '2026-02-01', '2026-03-03'],
    ['§5.6 Dublin schrikkeljaar: 1 februari 2028 + 30 dagen → 2 maart 2028', DUBLIN, '2028-02-01', '2028-03-02'],
    ['§5.6 Dublin over de zomertijd heen: 15 maart 2026 → 14 april 2026', DUBLIN, '2026-03-15', '2026-04-14'],
    ['§5.6 Dublin over de wintertijd heen: 10 oktober 2026 → 9 november 2026', DUBLIN, '2026-10-10', '2026-11-09'],
    ['§5.6 Dublin over de jaarwisseling: 20 december 2026 → 19 januari 2027', DUBLIN, '2026-12-20', '2027-01-19'],
    ['§5.6 weekend verlengt niet: Dublin 31 juli 2026 → zondag 30 augustus 2026 blijft 30 augustus', DUBLIN, '2026-07-31', '2026-08-30'],
  ];
  it.each(tabel)('%s', (_naam, regel, ingangsdatum, verwacht) => {
    expect(uiterlijkeEinddatum(regel, ingangsdatum)).toBe(verwacht);
  });
});

describe('kiesBeleidsregel — docs/beslissingen/0001-beleidsregels-als-data.md: de regel die geldt op de dag van verlening', () => {
  const GEEN_DUBLIN: Verblijfssituatie[] = ['geen_rechtmatig_verblijf', 'tijdelijk_niet_duurzaam', 'asielzoeker'];
  const tabel: Array<[string, Verblijfssituatie, string, string]> = [
    // The 18/19 May 2023 boundary: "aan wie bedenktijd is verleend na 18 mei 2023".
    ['Stcrt. 2023, 13577: dublinclaimant verleend op 18 mei 2023 → nog drie maanden', 'dublinclaimant', '2023-05-18', 'b8-3-drie-maanden'],
    ['Stcrt. 2023, 13577: dublinclaimant verleend op 19 mei 2023 → 30 dagen', 'dublinclaimant', '2023-05-19', 'b8-3-dublin-dertig-dagen'],
    ['Stcrt. 2023, 13577: dublinclaimant verleend op 10 mei 2023 (datum besluit) → nog drie maanden', 'dublinclaimant', '2023-05-10', 'b8-3-drie-maanden'],
    ['Stcrt. 2023, 13577: dublinclaimant verleend in 2026 → 30 dagen', 'dublinclaimant', '2026-11-20', 'b8-3-dublin-dertig-dagen'],
    // Everybody else keeps three months, before and after 2023.
    ...GEEN_DUBLIN.flatMap((v) => ['2023-05-18', '2023-05-19', '2026-11-20'].map((d) =>
      [`B8/3.1 Vc 2000 (Stcrt. 2023, 13577; docs/domein.md §5): ${v} verleend op ${d} → drie maanden`, v, d, 'b8-3-drie-maanden'] as [string, Verblijfssituatie, string, string])),
  ];
  it.each(tabel)('%s', (_naam, verblijfssituatie, ingangsdatum, code) => {
    expect(kiesBeleidsregel(verblijfssituatie, ingangsdatum).code).toBe(code);
  });

  it('docs/beslissingen/0010-ingang-en-telling-van-de-bedenktijd.md en 0011-dublinregel.md samen: dublinclaimant 18 mei 2023 → 18 augustus 2023; 19 mei 2023 → 18 juni 2023', () => {
    const eind = (d: string) => uiterlijkeEinddatum(kiesBeleidsregel('dublinclaimant', d), d);
    expect(eind('2023-05-18')).toBe('2023-08-18');
    expect(eind('2023-05-19')).toBe('2023-06-18');
  });

  it('zonder regel die geldt op de dag van verlening: een fout, geen gok', () => {
    expect(() => kiesBeleidsregel('asielzoeker', '1999-12-31')).toThrow(/Geen beleidsregel/);
  });
});

describe('een toekomstige beleidsregel als gegevens (issue 3 punt 1: "a future change … is one new entry")', () => {
  // Hypothetical: the transposition of Directive (EU) 2024/1712 sets 90 days for everyone from
  // 2027-07-15, and a separate rule gives Dublin claimants 60 days from the same date.
  const ALGEMEEN: Beleidsregel = {
    code: 'hypothetisch-richtlijn-2024-1712', omschrijving: 'Hypothetisch: 90 dagen', geldigVanaf: '2027-07-15',
    duur: { dagen: 90 }, bron: 'Hypothetisch: omzetting Richtlijn (EU) 2024/1712 (B8/3 Vc 2000 gewijzigd).',
  };
  const DUBLIN_NIEUW: Beleidsregel = {
    code: 'hypothetisch-dublin-zestig-dagen', omschrijving: 'Hypothetisch: 60 dagen voor Dublinclaimanten', geldigVanaf: '2027-07-15',
    doelgroep: ['dublinclaimant'], duur: { dagen: 60 }, bron: 'Hypothetisch: B8/3 Vc 2000 gewijzigd.',
  };
  const MET_ALGEMEEN = [...BELEIDSREGELS, ALGEMEEN];
  const MET_BEIDE = [...BELEIDSREGELS, ALGEMEEN, DUBLIN_NIEUW];

  const tabel: Array<[string, readonly Beleidsregel[], Verblijfssituatie, string, string]> = [
    ['§5.6: de dag vóór de nieuwe regel geldt nog de oude (drie maanden)', MET_ALGEMEEN, 'asielzoeker', '2027-07-14', 'b8-3-drie-maanden'],
    ['§5.6: vanaf de ingangsdatum geldt de nieuwe algemene regel', MET_ALGEMEEN, 'asielzoeker', '2027-07-15', 'hypothetisch-richtlijn-2024-1712'],
    ['§5.6: de nieuwe algemene regel ook voor geen_rechtmatig_verblijf', MET_ALGEMEEN, 'geen_rechtmatig_verblijf', '2028-01-01', 'hypothetisch-richtlijn-2024-1712'],
    // kiesBeleidsregel: a rule for a specific group wins over a general one, so the Dublin exception
    // survives a new general rule until a new Dublin rule replaces it.
    ['§5.6: een nieuwe algemene regel laat de Dublin-uitzondering staan', MET_ALGEMEEN, 'dublinclaimant', '2027-07-15', 'b8-3-dublin-dertig-dagen'],
    ['§5.6: een nieuwe Dublin-regel vervangt de oude vanaf zijn ingangsdatum', MET_BEIDE, 'dublinclaimant', '2027-07-15', 'hypothetisch-dublin-zestig-dagen'],
    ['§5.6: de dag ervoor geldt voor dublinclaimanten nog 30 dagen', MET_BEIDE, 'dublinclaimant', '2027-07-14', 'b8-3-dublin-dertig-dagen'],
    ['§5.6: de 18/19 mei 2023-grens blijft met de extra regels gelijk', MET_BEIDE, 'dublinclaimant', '2023-05-18', 'b8-3-drie-maanden'],
  ];
  it.each(tabel)('%s', (_naam, regels, verblijfssituatie, ingangsdatum, code) => {
    expect(kiesBeleidsregel(verblijfssituatie, ingangsdatum, regels).code).toBe(code);
  });

  it('de volgorde van de lijst doet er niet toe', () => {
    expect(kiesBeleidsregel('asielzoeker', '2027-08-01', [ALGEMEEN, ...BELEIDSREGELS]).code).toBe(ALGEMEEN.code);
    expect(kiesBeleidsregel('dublinclaimant', '2027-08-01', [DUBLIN_NIEUW, ALGEMEEN, ...[...BELEIDSREGELS].reverse()]).code).toBe(DUBLIN_NIEUW.code);
  });

  it('docs/beslissingen/0001-beleidsregels-als-data.md: een nieuwe regel verschuift een eerder berekende einddatum nooit', () => {
    // Grants before the new rule, computed with and without it: identical rule and end date.
    for (const [v, d] of [['asielzoeker', '2027-07-14'], ['dublinclaimant', '2027-07-14'], ['geen_rechtmatig_verblijf', '2027-05-31']] as const) {
      const oud = kiesBeleidsregel(v, d);
      const nieuw = kiesBeleidsregel(v, d, MET_BEIDE);
      expect(nieuw.code).toBe(oud.code);
      expect(uiterlijkeEinddatum(nieuw, d)).toBe(uiterlijkeEinddatum(oud, d));
    }
    // The stored code still resolves to the same rule in the longer list (meldBedenktijd reads it).
    expect(beleidsregel('b8-3-drie-maanden', MET_BEIDE)).toBe(DRIE);
    // A grant from the new date on gets the new length: 15 July 2027 + 90 days = 13 October 2027.
    expect(uiterlijkeEinddatum(kiesBeleidsregel('asielzoeker', '2027-07-15', MET_BEIDE), '2027-07-15')).toBe('2027-10-13');
    expect(uiterlijkeEinddatum(kiesBeleidsregel('dublinclaimant', '2027-07-15', MET_BEIDE), '2027-07-15')).toBe('2027-09-13');
  });
});
