// The disclosure-control rules (src/domain/onthulling.ts; docs/monitor.md), table-tested, and the
// linear attacker against a single table with hierarchies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregeer, beschermTabel, celSleutel, DREMPEL, isPrimair, kubusCellen, maakBoom, percentiel, samengesteld, voorouders,
  type Boom, type Cel, type Vrijgegeven,
} from '../../src/domain/onthulling.js';
import { Basis } from '../support/aanvaller.js';

describe('isPrimair: de drempel', () => {
  it.each([[0, false], [1, true], [4, true], [DREMPEL, false], [6, false], [382, false]])('%i → %s', (n, verwacht) => {
    expect(isPrimair(n)).toBe(verwacht);
  });
  it('de drempel is 5, dezelfde als die van GET /v1/statistieken', () => expect(DREMPEL).toBe(5));
});

const tijd = maakBoom('alles', { alles: ['2022', '2023'], 2022: ['2022-K1', '2022-K2'], 2023: ['2023-K1', '2023-K2'] });
const org = maakBoom('landelijk', { landelijk: ['politie', 'nla'], politie: ['ams', 'rdam'], nla: ['nla-o'] });

describe('maakBoom en voorouders', () => {
  it('kent ouders en kinderen, en weigert een knoop die twee keer voorkomt', () => {
    expect(voorouders(org, 'ams')).toEqual(['ams', 'politie', 'landelijk']);
    // A node outside the tree (a dossier of an organisation that is not in the monitor) has no ancestors.
    expect(voorouders(org, 'elders')).toEqual(['elders']);
    expect(org.kinderen.get('nla')).toEqual(['nla-o']);
    expect(() => maakBoom('a', { a: ['b', 'c'], b: ['c'] })).toThrow(/twee keer/);
  });
});

describe('aggregeer', () => {
  it('telt elke basiscel op bij elke combinatie van voorouders', () => {
    const w = aggregeer([tijd, org], [[['2022-K1', 'ams'], 3], [['2023-K2', 'nla-o'], 7], [['2022-K1', 'rdam'], 0]]);
    expect(w.get(celSleutel(['alles', 'landelijk']))).toBe(10);
    expect(w.get(celSleutel(['2022', 'politie']))).toBe(3);
    expect(w.get(celSleutel(['2023', 'nla']))).toBe(7);
    expect(w.has(celSleutel(['2022-K1', 'rdam']))).toBe(false);
  });
});

describe('beschermTabel', () => {
  const eendimensionaal = maakBoom('totaal', { totaal: ['a', 'b', 'c', 'd'] });
  const tabel = (tellingen: Record<string, number>) => aggregeer([eendimensionaal], Object.entries(tellingen).map(([k, n]) => [[k], n] as const));
  const status = (t: Record<string, number>) => {
    const { onderdrukt } = beschermTabel([eendimensionaal], tabel(t), { uitgezonderd: (c) => c[0] === 'totaal' });
    return Object.fromEntries(Object.keys(t).map((k) => [k, onderdrukt.get(k) ?? null]));
  };

  it.each([
    ['niets klein: niets onderdrukt', { a: 10, b: 7, c: 5, d: 0 }, { a: null, b: null, c: null, d: null }],
    ['één kleine cel: bij voorkeur een lege partner (die verbergt niets)', { a: 10, b: 3, c: 6, d: 0 }, { a: null, b: 'primair', c: null, d: 'secundair' }],
    ['één kleine cel zonder lege: de kleinste andere', { a: 10, b: 3, c: 6, d: 8 }, { a: null, b: 'primair', c: 'secundair', d: null }],
    ['twee kleine cellen: beschermen elkaar', { a: 10, b: 3, c: 2, d: 9 }, { a: null, b: 'primair', c: 'primair', d: null }],
    ['twee kleine cellen beschermen elkaar; een nul blijft dan gepubliceerd', { a: 2, b: 0, c: 0, d: 1 }, { a: 'primair', b: null, c: null, d: 'primair' }],
  ])('%s', (_naam, t, verwacht) => {
    expect(status(t)).toEqual(verwacht);
  });

  it('een primaire cel onder een enig kind klimt door tot een knoop met een broer', () => {
    const w = aggregeer([org], [[['nla-o'], 2], [['ams'], 40], [['rdam'], 9]]);
    const { onderdrukt, hyperkubussen } = beschermTabel([org], w);
    // nla-o and nla have the same count; the partner is a sibling of nla: politie, down to rdam.
    expect(hyperkubussen[0]!.knopen[0]).toEqual(['nla', 'nla-o', 'politie', 'rdam']);
    expect([...onderdrukt.keys()].sort()).toEqual(['nla', 'nla-o', 'politie', 'rdam']);
    expect(onderdrukt.get('nla')).toBe('primair');
    expect(onderdrukt.get('politie')).toBe('secundair');
  });

  it('legeVermijden: in die dimensie is een lege partner de laatste keus', () => {
    const w = aggregeer([eendimensionaal], [[['a'], 3], [['c'], 6]]);
    const zonder = beschermTabel([eendimensionaal], w, { uitgezonderd: (c) => c[0] === 'totaal' }).onderdrukt;
    const met = beschermTabel([eendimensionaal], w, { uitgezonderd: (c) => c[0] === 'totaal', legeVermijden: [0] }).onderdrukt;
    expect([...zonder.keys()].sort()).toEqual(['a', 'b']);
    expect([...met.keys()].sort()).toEqual(['a', 'c']);
  });

  it('vooraf opgegeven cellen zijn onderdrukt en hebben geen eigen hyperkubus nodig', () => {
    const w = aggregeer([eendimensionaal], [[['a'], 3], [['b'], 8]]);
    const { onderdrukt, hyperkubussen } = beschermTabel([eendimensionaal], w, { vooraf: [['a'], ['b']], uitgezonderd: (c) => c[0] === 'totaal' });
    expect(hyperkubussen).toHaveLength(0);
    expect(onderdrukt.get('a')).toBe('primair');
    expect(onderdrukt.get('b')).toBe('secundair');
  });

  it('een vooraf opgegeven kleine cel heet primair, ook als deze tabel er niet over beslist (het totaal van een gefilterde tabel)', () => {
    const w = aggregeer([eendimensionaal], [[['a'], 3]]);
    const { onderdrukt } = beschermTabel([eendimensionaal], w, { vooraf: [['totaal'], ['b']], uitgezonderd: (c) => c[0] === 'totaal' });
    expect(onderdrukt.get('totaal')).toBe('primair');
    expect(onderdrukt.get('b')).toBe('secundair');
  });

  it('kubusCellen is het product van de knopen per dimensie', () => {
    expect(kubusCellen({ knopen: [['x', 'y'], ['1', '2']] })).toEqual([['x', '1'], ['x', '2'], ['y', '1'], ['y', '2']]);
  });
});

describe('beschermTabel — welke cellen een hyperkubus kiest (docs/monitor.md, punten 3 en 5)', () => {
  it('grove cellen eerst: de kubus van een primaire knoop dekt de primaire cel eronder; eigen kant: een gevulde tak; partner: een lege', () => {
    // z (2) has the children a (2) and b (0); its sibling p has m (40), n (9) and o (0). Although the key
    // a sorts before z, z is processed first (coarser), and its cube covers a: one cube.
    const boom = maakBoom('land', { land: ['z', 'p'], z: ['a', 'b'], p: ['m', 'n', 'o'] });
    const w = aggregeer([boom], [[['a'], 2], [['m'], 40], [['n'], 9]]);
    const { hyperkubussen, onderdrukt } = beschermTabel([boom], w);
    expect(hyperkubussen).toEqual([{ doel: ['z'], knopen: [['z', 'a', 'p', 'o']], basis: ['a'] }]);
    expect(Object.fromEntries(onderdrukt)).toEqual({ z: 'primair', a: 'primair', p: 'secundair', o: 'secundair' });
  });

  it('eigen kant: altijd de gevulde tak, ook als die cel hier niet beslist wordt (daar wordt de representant gekozen)', () => {
    const boom = maakBoom('land', { land: ['z', 'p'], z: ['a', 'b'], p: ['m', 'n'] });
    const w = aggregeer([boom], [[['a'], 2], [['m'], 40], [['n'], 9]]);
    expect(beschermTabel([boom], w, { uitgezonderd: (c) => c[0] === 'a' }).hyperkubussen.map((k) => k.basis)).toEqual([['a']]);
  });

  it('een enig kind klimt door: de ouder verandert mee en wordt ook onderdrukt, ook als deze tabel er niet over beslist', () => {
    const boom = maakBoom('t', { t: ['x', 'y'], x: ['x1'] });
    const w = aggregeer([boom], [[['x1'], 2], [['y'], 9]]);
    const { hyperkubussen, onderdrukt } = beschermTabel([boom], w, { uitgezonderd: (c) => c[0] === 't' || c[0] === 'x' });
    expect(hyperkubussen).toEqual([{ doel: ['x1'], knopen: [['x1', 'x', 'y']], basis: ['x1'] }]);
    expect(Object.fromEntries(onderdrukt)).toEqual({ x1: 'primair', x: 'primair', y: 'secundair' });
  });

  it('bij gelijke stand de partner met de eerste naam; bij gelijke diepte de primaire cel met de eerste sleutel', () => {
    const boom = maakBoom('t', { t: ['a', 'c', 'b', 'd', 'e'] });
    // a (2) and d (3) are primary; d is listed first in the data, a is processed first and takes d
    // as its partner (already suppressed). Between b and c (both 6) the first name would be chosen.
    const w = aggregeer([boom], [[['d'], 3], [['c'], 6], [['b'], 6], [['a'], 2], [['e'], 40]]);
    expect(beschermTabel([boom], w, { uitgezonderd: (c) => c[0] === 't' }).hyperkubussen).toEqual([{ doel: ['a'], knopen: [['a', 'd']], basis: ['a'] }]);
    const alleenA = aggregeer([boom], [[['c'], 6], [['b'], 6], [['a'], 2], [['e'], 40], [['d'], 7]]);
    expect(beschermTabel([boom], alleenA, { uitgezonderd: (c) => c[0] === 't' }).hyperkubussen).toEqual([{ doel: ['a'], knopen: [['a', 'b']], basis: ['a'] }]);
  });

  it('uitgezonderd: een klein totaal dat een andere tabel beslist, is hier geen primaire cel en krijgt geen kubus', () => {
    const eendimensionaal = maakBoom('totaal', { totaal: ['a', 'b', 'c', 'd'] });
    const w = aggregeer([eendimensionaal], [[['a'], 2], [['d'], 1]]);
    const { hyperkubussen, onderdrukt } = beschermTabel([eendimensionaal], w, { uitgezonderd: (c) => c[0] === 'totaal' });
    expect(hyperkubussen.map((k) => k.doel)).toEqual([['a']]);
    expect(onderdrukt.has('totaal')).toBe(false);
  });
});

describe('samengesteld: een periode die geen knoop is', () => {
  const gepubliceerd = (aantallen: Record<string, number | null>) => (k: string): Vrijgegeven => {
    const n = aantallen[k];
    return n === null || n === undefined ? { aantal: null, onderdrukt: 'secundair' } : { aantal: n, onderdrukt: null };
  };
  it.each([
    ['som van gepubliceerde delen', { '2022-K2': 6, 2023: 10, alles: 20, '2022-K1': null }, { aantal: 16, onderdrukt: null }],
    ['geheel min gepubliceerde rest', { '2022-K2': null, 2023: 10, alles: 20, '2022-K1': 4 }, { aantal: 16, onderdrukt: null }],
    ['niet samen te stellen: onderdrukt', { '2022-K2': null, 2023: 10, alles: 20, '2022-K1': null }, { aantal: null, onderdrukt: 'secundair' }],
    ['het geheel onderdrukt: ook met een getoonde rest niet samen te stellen', { '2022-K2': null, 2023: 10, alles: null, '2022-K1': 4 }, { aantal: null, onderdrukt: 'secundair' }],
    ['een klein verschil wordt niet getoond (punt 6)', { '2022-K2': null, 2023: null, alles: 20, '2022-K1': 17 }, { aantal: null, onderdrukt: 'primair' }],
  ])('%s', (_naam, aantallen, verwacht) => {
    expect(samengesteld(gepubliceerd(aantallen), 'alles', ['2022-K2', '2023'], ['2022-K1'])).toEqual(verwacht);
  });
});

describe('percentiel (dichtstbijzijnde rang)', () => {
  it.each([
    [[], 50, null], [[7], 50, 7], [[1, 2, 3, 4], 50, 2], [[1, 2, 3, 4, 5], 50, 3], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9], [[10, 1, 5], 90, 10],
  ])('%j p%i → %s', (waarden, p, verwacht) => expect(percentiel(waarden, p)).toBe(verwacht));
});

// ---------------------------------------------------------------------------------------------
// The attacker against one table with two hierarchies (period × organisation): every cell at every
// level is a query; after protection no suppressed cell is a sum or difference of published cells.
// ---------------------------------------------------------------------------------------------

function aanval(dims: readonly Boom[], basis: ReadonlyArray<readonly [Cel, number]>) {
  const w = aggregeer(dims, basis);
  const { onderdrukt } = beschermTabel(dims, w);
  const bladen = dims.map((b) => [...b.ouder.keys()].filter((k) => (b.kinderen.get(k) ?? []).length === 0));
  const atomen = bladen.reduce<string[][]>((acc, bl) => acc.flatMap((a) => bl.map((x) => [...a, x])), [[]]);
  const alleCellen = dims.map((b) => [...b.ouder.keys()]).reduce<string[][]>((acc, ks) => acc.flatMap((a) => ks.map((x) => [...a, x])), [[]]);
  const rij = (cel: Cel) => Int32Array.from(atomen, (atoom) => (atoom.every((blad, d) => voorouders(dims[d]!, blad).includes(cel[d]!)) ? 1 : 0));
  const basisRijen = new Basis(atomen.length);
  for (const cel of alleCellen) if (!onderdrukt.has(celSleutel(cel))) basisRijen.voegToe(rij(cel));
  const teruggevonden = alleCellen.filter((cel) => onderdrukt.has(celSleutel(cel)) && basisRijen.bevat(rij(cel)));
  return { onderdrukt, teruggevonden, waarden: w };
}

describe('de aanvaller op één tabel', () => {
  it('vindt zonder aanvullende onderdrukking een kleine cel terug (de test kan falen)', () => {
    // Only primary suppression: politie = ams + rdam, and rdam = 2 follows from politie - ams.
    const w = aggregeer([org], [[['ams'], 40], [['rdam'], 2], [['nla-o'], 9]]);
    const basis = new Basis(3);
    const atomen = ['ams', 'rdam', 'nla-o'];
    const rij = (knoop: string) => Int32Array.from(atomen, (a) => (voorouders(org, a).includes(knoop) ? 1 : 0));
    for (const k of org.ouder.keys()) if (!isPrimair(w.get(k) ?? 0)) basis.voegToe(rij(k));
    expect(basis.bevat(rij('rdam'))).toBe(true);
  });

  it('vindt na bescherming geen enkele onderdrukte cel terug (fast-check, vaste seed)', () => {
    const kwartalen = ['2022-K1', '2022-K2', '2023-K1', '2023-K2'];
    const organisaties = ['ams', 'rdam', 'nla-o'];
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.constantFrom(...kwartalen), fc.constantFrom(...organisaties), fc.nat(12)), { maxLength: 12 }),
      (tellingen) => {
        const { teruggevonden, onderdrukt, waarden } = aanval([tijd, org], tellingen.map(([k, o, n]) => [[k, o], n] as const));
        expect(teruggevonden).toEqual([]);
        // And every small count is suppressed.
        for (const [s, n] of waarden) if (isPrimair(n)) expect(onderdrukt.has(s)).toBe(true);
      },
    ), { seed: 20261203, numRuns: 200 });
  });
});
