// Age on the date that matters (issue 20; docs/regels.md R2): art. 1:233 BW — of age on the 18th
// birthday; art. 273f lid 1 sub 2 Sr judged on the age at the time of the facts.
import { addDays, format, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { leeftijdscategorieOpDatum } from '../../src/domain/dossier.js';
import {
  geborenUiterlijkVoorMeerderjarig, leeftijdscategorieOp, peildatumMinderjarigheid, uitbuitingsperiodeBevindingen,
} from '../../src/domain/leeftijd.js';

const dag = (d: string, n: number) => format(addDays(parseISO(d), n), 'yyyy-MM-dd');

describe('leeftijdscategorieOpDatum — art. 1:233 BW', () => {
  it.each([
    ['de dag vóór de 18e verjaardag: minderjarig', '2008-12-02', '2026-12-01', 'minderjarig'],
    ['op de 18e verjaardag: meerderjarig', '2008-12-02', '2026-12-02', 'meerderjarig'],
    ['geboren op 29 februari: op 28 februari van het 18e jaar nog minderjarig', '2008-02-29', '2026-02-28', 'minderjarig'],
    ['geboren op 29 februari: op 1 maart meerderjarig', '2008-02-29', '2026-03-01', 'meerderjarig'],
    ['geboren 1 maart 2010, peildatum 29 februari 2028: minderjarig', '2010-03-01', '2028-02-29', 'minderjarig'],
    ['geboren 28 februari 2010, peildatum 29 februari 2028: meerderjarig', '2010-02-28', '2028-02-29', 'meerderjarig'],
  ] as const)('%s', (_n, geboren, peil, verwacht) => expect(leeftijdscategorieOpDatum(geboren, peil)).toBe(verwacht));

  it('zonder geboortedatum: geen afleiding (null)', () => expect(leeftijdscategorieOpDatum(null, '2026-12-01')).toBeNull());
});

describe('leeftijdscategorieOp — een bekende geboortedatum beslist, anders de vastgelegde categorie', () => {
  it.each([
    ['geboortedatum wint van een verouderde categorie', 'minderjarig', '2008-12-02', '2026-12-02', 'meerderjarig'],
    ['geboortedatum wint van een handmatige categorie', 'meerderjarig', '2010-01-01', '2026-12-02', 'minderjarig'],
    ['zonder geboortedatum telt de vastgelegde categorie', 'minderjarig', null, '2040-01-01', 'minderjarig'],
    ['onbekend blijft onbekend zonder geboortedatum', 'onbekend', null, '2026-12-02', 'onbekend'],
  ] as const)('%s', (_n, opgeslagen, geboren, peil, verwacht) => expect(leeftijdscategorieOp(opgeslagen, geboren, peil)).toBe(verwacht));
});

describe('peildatumMinderjarigheid — art. 273f lid 1 sub 2 Sr: de leeftijd ten tijde van de feiten', () => {
  it('met een uitbuitingsperiode: de begindatum', () => {
    expect(peildatumMinderjarigheid('2026-12-05', { begindatum: '2026-06-01', einddatum: null })).toBe('2026-06-01');
  });
  it('zonder periode: de beoordelingsdatum', () => expect(peildatumMinderjarigheid('2026-12-05', null)).toBe('2026-12-05'));
  it('de uitzondering volgt: minderjarig bij de begindatum, meerderjarig bij de beoordeling', () => {
    const geboren = '2008-12-02';
    expect(leeftijdscategorieOp('onbekend', geboren, peildatumMinderjarigheid('2026-12-05', { begindatum: '2026-11-01', einddatum: '2026-12-04' }))).toBe('minderjarig');
    expect(leeftijdscategorieOp('onbekend', geboren, peildatumMinderjarigheid('2026-12-05', null))).toBe('meerderjarig');
  });
});

describe('geborenUiterlijkVoorMeerderjarig — dezelfde grens als leeftijdscategorieOpDatum (de job en de regel zijn het eens)', () => {
  it('voor elke peildatum in vier jaar (met twee schrikkeldagen) en geboortedata rond de grens', () => {
    let peil = '2026-01-01';
    for (let i = 0; i < 4 * 366; i++, peil = dag(peil, 1)) {
      const grens = geborenUiterlijkVoorMeerderjarig(peil);
      for (const d of [-2, -1, 0, 1, 2]) {
        const geboren = dag(grens, d);
        const volgensGrens = geboren <= grens ? 'meerderjarig' : 'minderjarig';
        expect(leeftijdscategorieOpDatum(geboren, peil), `${geboren} op ${peil}`).toBe(volgensGrens);
      }
    }
  });
});

describe('uitbuitingsperiodeBevindingen — de feiten liggen vóór de beoordeling', () => {
  it.each([
    ['een geldige lopende periode', { begindatum: '2026-01-01', einddatum: null }, []],
    ['een geldige afgelopen periode', { begindatum: '2026-01-01', einddatum: '2026-11-01' }, []],
    ['begint na de beoordeling', { begindatum: '2026-12-06', einddatum: null }, ['uitbuitingsperiode.begindatum']],
    ['eindigt vóór het begin', { begindatum: '2026-05-01', einddatum: '2026-04-01' }, ['uitbuitingsperiode.einddatum']],
    ['eindigt na de beoordeling', { begindatum: '2026-05-01', einddatum: '2026-12-06' }, ['uitbuitingsperiode.einddatum']],
    // The bounds are inclusive: facts on the assessment's own date lie before it, and one day of exploitation is a period.
    ['begint op de beoordelingsdatum', { begindatum: '2026-12-05', einddatum: null }, []],
    ['eindigt op de beoordelingsdatum', { begindatum: '2026-05-01', einddatum: '2026-12-05' }, []],
    ['één dag: begint en eindigt op dezelfde dag', { begindatum: '2026-05-01', einddatum: '2026-05-01' }, []],
  ] as const)('%s', (_n, periode, paden) => {
    expect(uitbuitingsperiodeBevindingen(periode, '2026-12-05').map((b) => b.pad)).toEqual(paden);
  });

  // The refusal (422) says what is wrong and what to do, with the date it was checked against.
  it.each([
    ['begint na de beoordeling', { begindatum: '2026-12-06', einddatum: null }, /niet na de beoordelingsdatum \(2026-12-05\) begonnen/],
    ['eindigt vóór het begin', { begindatum: '2026-05-01', einddatum: '2026-04-01' }, /einddatum .* vóór de begindatum.*leeg \(null\)/],
    ['eindigt na de beoordeling', { begindatum: '2026-05-01', einddatum: '2026-12-06' }, /einddatum .* na de beoordelingsdatum \(2026-12-05\).*leeg \(null\)/],
  ] as const)('de reden noemt de fout en de oplossing: %s', (_n, periode, reden) => {
    const [bevinding, ...rest] = uitbuitingsperiodeBevindingen(periode, '2026-12-05');
    expect(rest).toEqual([]);
    expect(bevinding!.reden).toMatch(reden);
  });
});
