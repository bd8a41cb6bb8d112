import { describe, expect, it } from 'vitest';
import {
  aanmeldingBijCoMensha, gesprekBevinding, gesprekNaBeoordelingBevinding, identificatiestatus, motiveringBevindingen,
  ontbrekendeElementen, regelovertredingen, type BeoordelingVoorStatus, type Elementen,
} from '../../src/domain/beoordeling.js';
import type { Identificatiestatus, Leeftijdscategorie } from '../../src/domain/catalogus.js';

// 2026-11-20 10:00 UTC = 11:00 in Amsterdam.
const NU = new Date('2026-11-20T10:00:00Z');

describe('ontbrekendeElementen — docs/domein.md §2, art. 273f(1) Sr', () => {
  const S1 = 'art. 273f(1) sub 1 Sr';
  const S2 = 'art. 273f(1) sub 2 Sr';
  // Every combination of the three elements × each age category.
  const tabel: Array<[string, Elementen, Leeftijdscategorie, Array<keyof Elementen>]> = [
    // meerderjarig: all three elements needed (sub 1)
    [`${S1}: adult with handeling, middel, oogmerk is vastgesteld`, { handeling: true, middel: true, oogmerk: true }, 'meerderjarig', []],
    [`${S1}: adult without oogmerk misses oogmerk`, { handeling: true, middel: true, oogmerk: false }, 'meerderjarig', ['oogmerk']],
    [`${S1}: adult without middel misses middel`, { handeling: true, middel: false, oogmerk: true }, 'meerderjarig', ['middel']],
    [`${S1}: adult with only handeling misses middel and oogmerk`, { handeling: true, middel: false, oogmerk: false }, 'meerderjarig', ['middel', 'oogmerk']],
    [`${S1}: adult without handeling misses handeling`, { handeling: false, middel: true, oogmerk: true }, 'meerderjarig', ['handeling']],
    [`${S1}: adult with only middel misses handeling and oogmerk`, { handeling: false, middel: true, oogmerk: false }, 'meerderjarig', ['handeling', 'oogmerk']],
    [`${S1}: adult with only oogmerk misses handeling and middel`, { handeling: false, middel: false, oogmerk: true }, 'meerderjarig', ['handeling', 'middel']],
    [`${S1}: adult with no element misses all three`, { handeling: false, middel: false, oogmerk: false }, 'meerderjarig', ['handeling', 'middel', 'oogmerk']],
    // minderjarig: the means are not needed (sub 2)
    [`${S2}: minor with all three elements is vastgesteld`, { handeling: true, middel: true, oogmerk: true }, 'minderjarig', []],
    [`${S2}: minor without oogmerk misses oogmerk`, { handeling: true, middel: true, oogmerk: false }, 'minderjarig', ['oogmerk']],
    [`${S2}: minor without middel is vastgesteld`, { handeling: true, middel: false, oogmerk: true }, 'minderjarig', []],
    [`${S2}: minor with only handeling misses oogmerk`, { handeling: true, middel: false, oogmerk: false }, 'minderjarig', ['oogmerk']],
    [`${S2}: minor without handeling misses handeling`, { handeling: false, middel: true, oogmerk: true }, 'minderjarig', ['handeling']],
    [`${S2}: minor with only middel misses handeling and oogmerk`, { handeling: false, middel: true, oogmerk: false }, 'minderjarig', ['handeling', 'oogmerk']],
    [`${S2}: minor with only oogmerk misses handeling`, { handeling: false, middel: false, oogmerk: true }, 'minderjarig', ['handeling']],
    [`${S2}: minor with no element misses handeling and oogmerk`, { handeling: false, middel: false, oogmerk: false }, 'minderjarig', ['handeling', 'oogmerk']],
    // onbekend: an unknown age does not drop the means (sub 2 applies only to a known minor)
    [`${S1} (age unknown, sub 2 not shown): all three is vastgesteld`, { handeling: true, middel: true, oogmerk: true }, 'onbekend', []],
    [`${S1} (age unknown): without oogmerk misses oogmerk`, { handeling: true, middel: true, oogmerk: false }, 'onbekend', ['oogmerk']],
    [`${S1} (age unknown): without middel misses middel`, { handeling: true, middel: false, oogmerk: true }, 'onbekend', ['middel']],
    [`${S1} (age unknown): only handeling misses middel and oogmerk`, { handeling: true, middel: false, oogmerk: false }, 'onbekend', ['middel', 'oogmerk']],
    [`${S1} (age unknown): without handeling misses handeling`, { handeling: false, middel: true, oogmerk: true }, 'onbekend', ['handeling']],
    [`${S1} (age unknown): only middel misses handeling and oogmerk`, { handeling: false, middel: true, oogmerk: false }, 'onbekend', ['handeling', 'oogmerk']],
    [`${S1} (age unknown): only oogmerk misses handeling and middel`, { handeling: false, middel: false, oogmerk: true }, 'onbekend', ['handeling', 'middel']],
    [`${S1} (age unknown): no element misses all three`, { handeling: false, middel: false, oogmerk: false }, 'onbekend', ['handeling', 'middel', 'oogmerk']],
  ];
  it.each(tabel)('%s', (_naam, elementen, leeftijd, verwacht) => {
    expect(ontbrekendeElementen(elementen, leeftijd)).toEqual(verwacht);
  });
});

describe('identificatiestatus — docs/domein.md §4 (derived only from the victim track), §1 punt 2', () => {
  const b = (resultaat: 'vastgesteld' | 'niet_vastgesteld', beoordelingsdatum: string, tijdstip: string, extra: Partial<BeoordelingVoorStatus> = {}): BeoordelingVoorStatus =>
    ({ resultaat, beoordelingsdatum, tijdstipRegistratie: new Date(tijdstip), ...extra });
  const tabel: Array<[string, BeoordelingVoorStatus[], Identificatiestatus]> = [
    ['docs/domein.md §4: no assessment yet is gesignaleerd', [], 'gesignaleerd'],
    ['docs/domein.md §4: one vastgesteld assessment is vermoedelijk_slachtoffer', [b('vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'vermoedelijk_slachtoffer'],
    ['docs/domein.md §4: one niet_vastgesteld assessment is geen_geringste_aanwijzing', [b('niet_vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §4: the latest by beoordelingsdatum decides, not the latest registered',
      [b('vastgesteld', '2026-11-19', '2026-11-20T12:00Z'), b('niet_vastgesteld', '2026-11-20', '2026-11-20T09:00Z')], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §4: the latest by beoordelingsdatum decides regardless of input order',
      [b('niet_vastgesteld', '2026-11-20', '2026-11-20T09:00Z'), b('vastgesteld', '2026-11-19', '2026-11-20T12:00Z')], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §4: same date, the later registration decides',
      [b('niet_vastgesteld', '2026-11-20', '2026-11-20T11:00Z'), b('vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §4: same date, the later registration decides (other way round)',
      [b('vastgesteld', '2026-11-20', '2026-11-20T11:00Z'), b('niet_vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'vermoedelijk_slachtoffer'],
    ['docs/domein.md §1 punt 2 (snapshot): niet_vastgesteld after vastgesteld makes it geen_geringste_aanwijzing',
      [b('vastgesteld', '2026-11-18', '2026-11-18T10:00Z'), b('niet_vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §4 (a new assessment can always change it): vastgesteld after niet_vastgesteld',
      [b('niet_vastgesteld', '2026-11-18', '2026-11-18T10:00Z'), b('vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'vermoedelijk_slachtoffer'],
    ['docs/domein.md §1 punt 2: same date and same moment, the later in the list (registered last) decides',
      [b('vastgesteld', '2026-11-20', '2026-11-20T10:00Z'), b('niet_vastgesteld', '2026-11-20', '2026-11-20T10:00Z')], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §1 punt 2, vervangt: a replaced assessment no longer counts, even when the correction has an earlier date',
      [b('vastgesteld', '2026-11-20', '2026-11-20T10:00Z', { id: 'a' }), b('niet_vastgesteld', '2026-11-19', '2026-11-20T11:00Z', { id: 'b', vervangt: 'a' })], 'geen_geringste_aanwijzing'],
    ['docs/domein.md §1 punt 2, vervangt: a later unreplaced assessment still beats an earlier correction',
      [b('niet_vastgesteld', '2026-11-18', '2026-11-18T10:00Z', { id: 'a' }), b('vastgesteld', '2026-11-18', '2026-11-19T10:00Z', { id: 'b', vervangt: 'a' }), b('niet_vastgesteld', '2026-11-20', '2026-11-20T10:00Z', { id: 'c', vervangt: null })], 'geen_geringste_aanwijzing'],
  ];
  it.each(tabel)('%s', (_naam, beoordelingen, verwacht) => {
    expect(identificatiestatus(beoordelingen)).toBe(verwacht);
  });
});

describe('gesprekBevinding — docs/domein.md §11 (informatiefGesprek: held or not, date)', () => {
  const tabel: Array<[string, { gevoerd: boolean; datum: string | null }, string | null]> = [
    ['docs/domein.md §11: a held interview with a date is fine', { gevoerd: true, datum: '2026-11-20' }, null],
    ['docs/domein.md §11: a held interview without a date needs the date', { gevoerd: true, datum: null }, 'informatiefGesprek.datum'],
    ['docs/domein.md §11: no interview and no date is fine', { gevoerd: false, datum: null }, null],
    ['docs/domein.md §11: no interview cannot have a date', { gevoerd: false, datum: '2026-11-20' }, 'informatiefGesprek.datum'],
  ];
  it.each(tabel)('%s', (_naam, gesprek, pad) => {
    expect(gesprekBevinding(gesprek)?.pad ?? null).toBe(pad);
  });
});

describe('gesprekNaBeoordelingBevinding — docs/domein.md §4 (assessed during the informatief gesprek)', () => {
  const tabel: Array<[string, { gevoerd: boolean; datum: string | null }, string, boolean]> = [
    ['docs/domein.md §4: interview on the assessment day is fine', { gevoerd: true, datum: '2026-11-20' }, '2026-11-20', false],
    ['docs/domein.md §4: interview before the assessment is fine', { gevoerd: true, datum: '2026-11-18' }, '2026-11-20', false],
    ['docs/domein.md §4: interview after the assessment is refused', { gevoerd: true, datum: '2026-11-21' }, '2026-11-20', true],
    ['docs/domein.md §4: no interview has nothing to compare', { gevoerd: false, datum: null }, '2026-11-20', false],
  ];
  it.each(tabel)('%s', (_naam, gesprek, datum, fout) => {
    expect(gesprekNaBeoordelingBevinding(gesprek, datum) !== null).toBe(fout);
  });
});

describe('motiveringBevindingen — docs/domein.md §1 punt 3 ("record negatives with reasons"), report §5.5–§5.6', () => {
  const tabel: Array<[string, 'vastgesteld' | 'niet_vastgesteld', string[], string | null, string[]]> = [
    ['docs/domein.md §1 punt 3: niet_vastgesteld with reason and text is fine', 'niet_vastgesteld', ['geen_middel'], 'Vrij om te gaan.', []],
    ['docs/domein.md §1 punt 3: niet_vastgesteld without reasons needs a reason', 'niet_vastgesteld', [], 'Vrij om te gaan.', ['redenen']],
    ['docs/domein.md §1 punt 3: niet_vastgesteld without text needs toelichting', 'niet_vastgesteld', ['geen_middel'], null, ['toelichting']],
    ['docs/domein.md §1 punt 3: niet_vastgesteld with blank text needs toelichting', 'niet_vastgesteld', ['geen_middel'], '   ', ['toelichting']],
    ['docs/domein.md §1 punt 3: niet_vastgesteld with neither names both', 'niet_vastgesteld', [], null, ['redenen', 'toelichting']],
    ['docs/domein.md §4: vastgesteld needs no reasons or text', 'vastgesteld', [], null, []],
    ['docs/domein.md §4: vastgesteld may carry a toelichting', 'vastgesteld', [], 'Duidelijk verhaal.', []],
    ['docs/domein.md §4: reasons for not establishing do not belong on vastgesteld', 'vastgesteld', ['geen_middel'], null, ['redenen']],
  ];
  it.each(tabel)('%s', (_naam, resultaat, redenen, toelichting, paden) => {
    expect(motiveringBevindingen(resultaat, redenen, toelichting).map((f) => f.pad)).toEqual(paden);
  });
});

describe('regelovertredingen — docs/domein.md §2, art. 273f Sr, docs/architectuur.md §1 (civil dates in Europe/Amsterdam)', () => {
  const alle = { handeling: true, middel: true, oogmerk: true };
  const basis = { beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' }, elementen: alle, resultaat: 'vastgesteld' as const };
  const tabel: Array<[string, typeof basis | Record<string, unknown>, Leeftijdscategorie, Date, string[]]> = [
    ['art. 273f lid 1 Sr; docs/domein.md §2: complete vastgesteld for an adult passes', basis, 'meerderjarig', NU, []],
    ['docs/architectuur.md §1: today in Amsterdam is not the future', basis, 'meerderjarig', NU, []],
    ['docs/architectuur.md §1: beoordelingsdatum tomorrow is in the future', { ...basis, beoordelingsdatum: '2026-11-21', informatiefGesprek: { gevoerd: false, datum: null } }, 'meerderjarig', NU, ['beoordelingsdatum']],
    ['docs/architectuur.md §1: 23:30 UTC on 20 Nov is already 21 Nov in Amsterdam', { ...basis, beoordelingsdatum: '2026-11-21', informatiefGesprek: { gevoerd: false, datum: null } }, 'meerderjarig', new Date('2026-11-20T23:30:00Z'), []],
    ['docs/architectuur.md §1: interview date in the future is refused', { ...basis, informatiefGesprek: { gevoerd: true, datum: '2026-11-22' } }, 'meerderjarig', NU, ['informatiefGesprek.datum']],
    ['art. 273f(1) sub 1 Sr: adult vastgesteld without middel is refused', { ...basis, elementen: { ...alle, middel: false } }, 'meerderjarig', NU, ['elementen']],
    ['art. 273f(1) sub 2 Sr: minor vastgesteld without middel passes', { ...basis, elementen: { ...alle, middel: false } }, 'minderjarig', NU, []],
    ['art. 273f(1) Sr: niet_vastgesteld with missing elements is not refused', { ...basis, resultaat: 'niet_vastgesteld', elementen: { handeling: false, middel: false, oogmerk: false } }, 'meerderjarig', NU, []],
    ['art. 273f lid 1 Sr; docs/domein.md §2 + docs/architectuur.md §1: all problems at once', { ...basis, beoordelingsdatum: '2026-11-25', informatiefGesprek: { gevoerd: true, datum: '2026-11-25' }, elementen: { ...alle, oogmerk: false } }, 'meerderjarig', NU, ['beoordelingsdatum', 'informatiefGesprek.datum', 'elementen']],
  ];
  it.each(tabel)('%s', (_naam, b, leeftijd, nu, paden) => {
    expect(regelovertredingen(b as typeof basis, leeftijd, nu).map((f) => f.pad)).toEqual(paden);
  });

  it('art. 273f lid 1 Sr; docs/domein.md §2: the refusal names the missing element in Dutch', () => {
    const [f] = regelovertredingen({ ...basis, elementen: { handeling: true, middel: false, oogmerk: false } }, 'meerderjarig', NU);
    expect(f!.reden).toContain('Ontbreekt: middel, oogmerk.');
    expect(f!.reden).toContain('art. 273f lid 1 sub 1 Sr');
  });

  it('art. 273f(1) sub 2 Sr: with unknown age the refusal points to recording the age', () => {
    const [f] = regelovertredingen({ ...basis, elementen: { ...alle, middel: false } }, 'onbekend', NU);
    expect(f!.reden).toContain('Ontbreekt: middel.');
    expect(f!.reden).toContain('leeftijdscategorie');
  });
});

describe('aanmeldingBijCoMensha — docs/beslissingen/0016-kennisgevingen-per-ontvanger.md', () => {
  const tabel: Array<[string, Identificatiestatus, Identificatiestatus, boolean]> = [
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: gesignaleerd → vermoedelijk_slachtoffer notifies CoMensha', 'gesignaleerd', 'vermoedelijk_slachtoffer', true],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: geen_geringste_aanwijzing → vermoedelijk_slachtoffer notifies again', 'geen_geringste_aanwijzing', 'vermoedelijk_slachtoffer', true],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: staying vermoedelijk_slachtoffer (confirming replacement) does not notify', 'vermoedelijk_slachtoffer', 'vermoedelijk_slachtoffer', false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: niet_vastgesteld never notifies', 'gesignaleerd', 'geen_geringste_aanwijzing', false],
    ['docs/beslissingen/0016-kennisgevingen-per-ontvanger.md: losing the status does not notify', 'vermoedelijk_slachtoffer', 'geen_geringste_aanwijzing', false],
  ];
  it.each(tabel)('%s', (_naam, vorige, nieuwe, verwacht) => {
    expect(aanmeldingBijCoMensha(vorige, nieuwe)).toBe(verwacht);
  });
});

describe('the Dutch details of the assessment refusals say what to do (issue 21)', () => {
  const GLOSSARIUM = 'README glossary (the geringste aanwijzing is assessed in the informatief gesprek)';
  it(`${GLOSSARIUM}: a held interview without a date asks for the date`, () => {
    expect(gesprekBevinding({ gevoerd: true, datum: null })).toEqual({ pad: 'informatiefGesprek.datum', reden: 'Vul de datum van het informatief gesprek in (gevoerd is true).' });
  });
  it(`${GLOSSARIUM}: an interview not held has no date`, () => {
    expect(gesprekBevinding({ gevoerd: false, datum: '2026-11-20' })).toEqual({
      pad: 'informatiefGesprek.datum', reden: 'Er is geen informatief gesprek gevoerd: laat datum leeg (null), of zet gevoerd op true.',
    });
  });
  it(`${GLOSSARIUM}: an interview after the assessment names both dates`, () => {
    expect(gesprekNaBeoordelingBevinding({ gevoerd: true, datum: '2026-11-21' }, '2026-11-20')).toEqual({
      pad: 'informatiefGesprek.datum',
      reden: 'Het informatief gesprek (2026-11-21) ligt na de beoordelingsdatum (2026-11-20). Leg de beoordeling vast na het gesprek, of corrigeer een van beide datums.',
    });
  });
  it(`${GLOSSARIUM}: an interview not held is not compared with the assessment date (its date is gesprekBevinding's finding, once)`, () => {
    expect(gesprekNaBeoordelingBevinding({ gevoerd: false, datum: '2026-11-21' }, '2026-11-20')).toBeNull();
  });

  it('niet_vastgesteld needs a coded reason and a text; vastgesteld carries no reasons', () => {
    expect(motiveringBevindingen('niet_vastgesteld', [], null)).toEqual([
      { pad: 'redenen', reden: 'Geef bij niet_vastgesteld ten minste één reden op (zie de catalogus redenenNietVastgesteld).' },
      { pad: 'toelichting', reden: 'Licht bij niet_vastgesteld in eigen woorden toe waarom de geringste aanwijzing er niet is.' },
    ]);
    expect(motiveringBevindingen('vastgesteld', ['geen_middel'], null)).toEqual([
      { pad: 'redenen', reden: 'Redenen horen alleen bij resultaat niet_vastgesteld; laat de lijst leeg bij vastgesteld.' },
    ]);
  });

  const alle = { handeling: true, middel: true, oogmerk: true };
  const basis = { beoordelingsdatum: '2026-11-20', informatiefGesprek: { gevoerd: true, datum: '2026-11-20' }, elementen: alle, resultaat: 'vastgesteld' as const };
  const SLOT = 'Leg het ontbrekende element vast of kies resultaat niet_vastgesteld met redenen en toelichting.';
  const tabel: Array<[string, typeof basis['elementen'], Leeftijdscategorie, string]> = [
    ['art. 273f(1) sub 1 Sr: an adult without middel — no hint about the age', { ...alle, middel: false }, 'meerderjarig',
      `Een vastgestelde geringste aanwijzing vereist handeling, middel en oogmerk (art. 273f lid 1 sub 1 Sr). Ontbreekt: middel. ${SLOT}`],
    ['art. 273f(1) sub 2 Sr: a minor without oogmerk is told what a minor needs', { ...alle, oogmerk: false }, 'minderjarig',
      `Bij een minderjarige vereist een vastgestelde geringste aanwijzing handeling en oogmerk (art. 273f lid 1 sub 2 Sr). Ontbreekt: oogmerk. ${SLOT}`],
    ['art. 273f(1) sub 2 Sr: unknown age without middel points to recording the age', { ...alle, middel: false }, 'onbekend',
      `Een vastgestelde geringste aanwijzing vereist handeling, middel en oogmerk (art. 273f lid 1 sub 1 Sr). Ontbreekt: middel. ${SLOT} Is de persoon minderjarig? Leg dan eerst de leeftijdscategorie of de geboortedatum vast; dan is geen middel nodig.`],
    ['art. 273f(1) sub 2 Sr: unknown age without oogmerk only — the age would not help, so no hint', { ...alle, oogmerk: false }, 'onbekend',
      `Een vastgestelde geringste aanwijzing vereist handeling, middel en oogmerk (art. 273f lid 1 sub 1 Sr). Ontbreekt: oogmerk. ${SLOT}`],
  ];
  it.each(tabel)('%s', (_naam, elementen, leeftijd, reden) => {
    expect(regelovertredingen({ ...basis, elementen }, leeftijd, NU)).toEqual([{ pad: 'elementen', reden }]);
  });

  it('dates in the future name the date and say which day to use', () => {
    expect(regelovertredingen({ ...basis, beoordelingsdatum: '2026-11-21', informatiefGesprek: { gevoerd: true, datum: '2026-11-22' } }, 'meerderjarig', NU)).toEqual([
      { pad: 'beoordelingsdatum', reden: 'De beoordelingsdatum 2026-11-21 ligt in de toekomst. Leg een beoordeling vast op of na de dag waarop zij is gedaan.' },
      { pad: 'informatiefGesprek.datum', reden: 'De datum van het informatief gesprek 2026-11-22 ligt in de toekomst. Vul de datum in waarop het gesprek is gevoerd.' },
    ]);
  });
});
