// The differencing attacker against the monitor's whole release (src/domain/monitor.ts): it asks
// every query the API answers — every period (all, year, quarter), every organisation level, without a
// filter and with every filter value, every step — and then tries, for every suppressed figure, to
// compute it as a sum or difference of the published ones (Gaussian elimination over the counts of
// every possible kind of dossier). It must never succeed. Fixed seed; the data sets are random and small,
// so most figures are small and much is suppressed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLES, dossierfeiten, LANDELIJK, TRECHTERSTAPPEN, Vrijgave, type Filter, type Filterdimensie, type RuweDossierfeiten } from '../../src/domain/monitor.js';
import { DREMPEL, voorouders } from '../../src/domain/onthulling.js';
import { Basis } from '../support/aanvaller.js';

const KWARTALEN = ['2022-K1', '2022-K2', '2022-K3', '2022-K4', '2023-K1', '2023-K2', '2023-K3', '2023-K4'];
const ORGANISATIES = [{ id: 'a', type: 'politie', naam: 'A' }, { id: 'b', type: 'politie', naam: 'B' }, { id: 'c', type: 'nla', naam: 'C' }];
const LEEFTIJDEN = ['minderjarig', 'meerderjarig', 'onbekend'] as const;
// Every value of the catalogue: the attacker knows only what is published, not which values are empty.
const NATIONALITEITEN = ['derdelander', 'eu_eer_zwitserland', 'nederlands', 'onbekend'] as const;
const STAPPEN = ['gesignaleerd', 'slachtofferBekend', 'aangifte'];

interface Atoom { kwartaal: string; org: string; leeftijd: string; nat: string; aangifte: boolean }
const ATOMEN: Atoom[] = KWARTALEN.flatMap((kwartaal) => ORGANISATIES.flatMap(({ id: org }) => LEEFTIJDEN.flatMap((leeftijd) => NATIONALITEITEN.flatMap((nat) =>
  [false, true].map((aangifte) => ({ kwartaal, org, leeftijd, nat, aangifte }))))));

function ruw(a: Atoom, i: number): RuweDossierfeiten {
  const maand = String((Number(a.kwartaal.slice(-1)) - 1) * 3 + 1).padStart(2, '0');
  return {
    sleutel: String(i).padStart(4, '0'), organisatieId: a.org, nationaliteitCategorie: a.nat as never, eurechtelijkeAanspraken: a.nat === 'eu_eer_zwitserland' ? false : null,
    verblijfssituatie: 'onbekend', leeftijdscategorie: a.leeftijd,
    signalen: [{ ontvangstdatum: `${a.kwartaal.slice(0, 4)}-${maand}-10`, bron: 'burger', uitbuitingsvormen: ['seksueel'] }],
    beoordelingen: [], bedenktijden: [], verwijzingen: [], strafrecht: a.aangifte ? [{ soort: 'aangifte', datum: `${a.kwartaal.slice(0, 4)}-${maand}-20` }] : [],
  };
}

/** Which atoms a figure counts: its step, period node, organisation node and filter. */
function lid(v: Vrijgave, a: Atoom, stap: string, tijd: string, org: string, filter: Filter | null): boolean {
  const inStap = stap === 'gesignaleerd' || (stap === 'aangifte' ? a.aangifte : a.nat !== 'onbekend' || a.leeftijd !== 'onbekend');
  const inFilter = filter === null || (filter.dimensie === 'leeftijdscategorie' ? a.leeftijd : a.nat) === filter.waarde;
  return inStap && inFilter && voorouders(v.tijd, a.kwartaal).includes(tijd) && voorouders(v.org, a.org).includes(org);
}

function aanval(keuzes: number[]) {
  const atomen = keuzes.map((k) => ATOMEN[k % ATOMEN.length]!);
  const feiten = atomen.map((a, i) => dossierfeiten(ruw(a, i), { vandaag: '2026-01-01', signaleringsdagen: 2 })!);
  const v = new Vrijgave(feiten, ORGANISATIES);
  const filters: Array<Filter | null> = [null, ...LEEFTIJDEN.map((w) => ({ dimensie: 'leeftijdscategorie' as Filterdimensie, waarde: w })),
    ...NATIONALITEITEN.map((w) => ({ dimensie: 'nationaliteitCategorie' as Filterdimensie, waarde: w }))];
  const basis = new Basis(ATOMEN.length);
  const onderdrukt: Array<{ rij: Int32Array; naam: string; waarde: number }> = [];
  let gepubliceerd = 0;
  for (const stap of STAPPEN) {
    const def = TRECHTERSTAPPEN.find((d) => d.stap === stap)!;
    for (const filter of filters) {
      if (filter && def.nietBij?.includes(filter.dimensie)) continue;
      for (const tijd of v.tijd.ouder.keys()) {
        for (const org of v.org.ouder.keys()) {
          const rij = Int32Array.from(ATOMEN, (a) => (lid(v, a, stap, tijd, org, filter) ? 1 : 0));
          const uit = v.lees(stap, filter, tijd, org);
          const echt = atomen.filter((a) => lid(v, a, stap, tijd, org, filter)).length;
          if (uit.aantal === null) onderdrukt.push({ rij, naam: `${stap} ${tijd} ${org} ${filter?.waarde ?? ''}`, waarde: echt });
          else {
            expect(uit.aantal).toBe(echt);
            expect(echt === 0 || echt >= DREMPEL).toBe(true);
            basis.voegToe(rij);
            gepubliceerd++;
          }
        }
      }
    }
  }
  return { teruggevonden: onderdrukt.filter((o) => basis.bevat(o.rij)), onderdrukt, gepubliceerd, v };
}

describe('de aanvaller tegen de monitor (verschillen van filters, perioden en organisaties)', () => {
  const runs = Number(process.env.MONITOR_AANVAL_RUNS ?? 12);
  it('vindt geen enkele onderdrukte figuur terug, en ziet nooit een aantal van 1 tot 4', { timeout: 60_000 + runs * 5_000 }, () => {
    let onderdruktTotaal = 0;
    fc.assert(fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 70 }), (keuzes) => {
      const { teruggevonden, onderdrukt } = aanval(keuzes);
      onderdruktTotaal += onderdrukt.length;
      expect(teruggevonden.map((t) => t.naam)).toEqual([]);
    }), { seed: 20261203, numRuns: runs });
    // The test has teeth only when there is something to find.
    expect(onderdruktTotaal).toBeGreaterThan(100);
  });

  it('vindt zonder aanvullende onderdrukking wél iets terug (de aanvaller werkt)', () => {
    // Two organisations of one type: A has 2 dossiers, B has 9. Primary suppression alone would
    // publish politie = 11 and B = 9, and 11 - 9 = 2 gives A back.
    const atomen = [...Array(2).fill(0), ...Array(9).fill(ATOMEN.findIndex((a) => a.org === 'b' && !a.aangifte && a.kwartaal === '2022-K1' && a.leeftijd === 'minderjarig' && a.nat === 'derdelander'))];
    const { v } = aanval(atomen);
    const basis = new Basis(ATOMEN.length);
    const rij = (org: string) => Int32Array.from(ATOMEN, (a) => (lid(v, a, 'gesignaleerd', ALLES, org, null) ? 1 : 0));
    basis.voegToe(rij('type:politie'));
    basis.voegToe(rij('b'));
    expect(basis.bevat(rij('a'))).toBe(true);
    // And the release does suppress B (or the type) with A.
    expect(v.lees('gesignaleerd', null, ALLES, 'a').onderdrukt).toBe('primair');
    expect([v.lees('gesignaleerd', null, ALLES, 'b').onderdrukt, v.lees('gesignaleerd', null, ALLES, 'type:politie').onderdrukt]).toContain('secundair');
    expect(v.lees('gesignaleerd', null, ALLES, LANDELIJK).aantal).toBe(11);
  });

  it('publiceert een van–tot alleen als som of verschil van gepubliceerde perioden', () => {
    const { v } = aanval(Array.from({ length: 60 }, (_, i) => i * 7));
    for (const [van, tot] of [['2022-K2', '2023-K3'], ['2022-K1', '2023-K4'], ['2023-K1', '2023-K4']] as const) {
      for (const org of v.org.ouder.keys()) {
        const uit = v.leesPeriode('gesignaleerd', null, { knoop: null, van, tot }, org);
        if (uit.aantal === null) continue;
        const echt = v.dossiers.filter((d) => d.kwartaal >= van && d.kwartaal <= tot && voorouders(v.org, d.organisatieId).includes(org)).length;
        expect(uit.aantal).toBe(echt);
        expect(uit.aantal === 0 || uit.aantal >= DREMPEL).toBe(true);
      }
    }
  });
});
