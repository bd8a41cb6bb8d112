// Disclosure control for aggregates (statistieken, the monitor). Pure: no I/O. The method and why it
// holds are in docs/monitor.md ("Onthullingsbeheersing"); in short:
//
// 1. Primary suppression: a count of 1 to DREMPEL-1 is never published (0 is: it singles out nobody).
// 2. A table is a product of hierarchies (a tree per dimension: period → year → quarter, landelijk →
//    organisation type → organisation, total → value). Every published figure is a cell of such a
//    table, decided once for the whole table, so every query reads the same decision.
// 3. Complementary suppression by hypercubes: for every primary cell that is not yet protected, pick
//    in each dimension a sibling under the same parent (or, at the root, nothing) and descend to base
//    cells. Adding +1/-1 alternately on the corners of that hypercube of base cells changes exactly the
//    cells on the chosen paths and leaves every other cell, at every level, unchanged: the parents
//    contain both corners and cancel. All changed cells are suppressed. So for every suppressed cell
//    there is another data set that agrees on every published figure and differs in that cell: no sum
//    or difference of published figures — totals, other filters, adjacent periods — gives it back.
//    (Hundepool et al., Statistical Disclosure Control, 2012, §4.3 "hypercube method".)
// 4. A figure for a period that is not a node of the period tree (van–tot) is published only when it
//    is a sum or difference of published nodes: it then tells nothing new.

/** Counts from 1 up to (not including) this are suppressed. Also the rule of GET /v1/statistieken. */
export const DREMPEL = 5;

export type Onderdrukking = 'primair' | 'secundair';

/** A count that would single out fewer than DREMPEL dossiers. */
export function isPrimair(aantal: number): boolean {
  return aantal > 0 && aantal < DREMPEL;
}

export interface Boom {
  wortel: string;
  ouder: ReadonlyMap<string, string | null>;
  kinderen: ReadonlyMap<string, readonly string[]>;
}

/** A tree from its root and, per node, its children (nodes without an entry are leaves). */
export function maakBoom(wortel: string, kinderen: Readonly<Record<string, readonly string[]>>): Boom {
  const ouder = new Map<string, string | null>([[wortel, null]]);
  const kind = new Map<string, readonly string[]>();
  const bezoek = (knoop: string) => {
    const k = kinderen[knoop] ?? [];
    kind.set(knoop, k);
    for (const c of k) {
      if (ouder.has(c)) throw new Error(`knoop ${c} komt twee keer voor in de boom`);
      ouder.set(c, knoop);
      bezoek(c);
    }
  };
  bezoek(wortel);
  return { wortel, ouder, kinderen: kind };
}

export function voorouders(boom: Boom, knoop: string): string[] {
  const pad: string[] = [];
  for (let k: string | null | undefined = knoop; k !== null && k !== undefined; k = boom.ouder.get(k)) pad.push(k);
  return pad;
}

export type Cel = readonly string[];
const SCHEIDING = '\u0001';
export const celSleutel = (cel: Cel): string => cel.join(SCHEIDING);
const uitSleutel = (sleutel: string): string[] => sleutel.split(SCHEIDING);

/**
 * Every cell of the table with a non-zero count: each base count is added to every combination of
 * its ancestors. Cells not in the map are 0.
 */
export function aggregeer(dimensies: readonly Boom[], basis: Iterable<readonly [Cel, number]>): Map<string, number> {
  let waarden = new Map<string, number>();
  for (const [cel, n] of basis) {
    if (n === 0) continue;
    const s = celSleutel(cel);
    waarden.set(s, (waarden.get(s) ?? 0) + n);
  }
  dimensies.forEach((boom, d) => {
    const volgende = new Map<string, number>();
    for (const [s, n] of waarden) {
      const cel = uitSleutel(s);
      for (const v of voorouders(boom, cel[d]!)) {
        const c = [...cel];
        c[d] = v;
        const k = celSleutel(c);
        volgende.set(k, (volgende.get(k) ?? 0) + n);
      }
    }
    waarden = volgende;
  });
  return waarden;
}

export interface Hyperkubus {
  /** The primary cell this hypercube protects. */
  doel: Cel;
  /** Per dimension the nodes whose count the ±1 pattern changes (a path to a base cell, and its partner's). */
  knopen: ReadonlyArray<readonly string[]>;
  /** Per dimension the base node on the target's side: where a representative dossier is taken from. */
  basis: readonly string[];
}

export interface Bescherming {
  onderdrukt: Map<string, Onderdrukking>;
  hyperkubussen: Hyperkubus[];
}

/**
 * Primary and complementary suppression of one table (see the header). `vooraf`: cells already
 * suppressed and protected by a hypercube of a linked table (they change with it); they are
 * suppressed here too and need no hypercube of their own. `uitgezonderd(cel)`: cells decided
 * elsewhere (the totals of a filtered table are the cells of the unfiltered table) — never primaries here.
 * `legeVermijden`: dimensions where an empty partner is the last choice (empty quarters stay
 * published, so a van–tot can still be composed from published periods).
 */
export function beschermTabel(
  dimensies: readonly Boom[],
  waarden: ReadonlyMap<string, number>,
  opties: { vooraf?: Iterable<Cel>; uitgezonderd?: (cel: Cel) => boolean; legeVermijden?: readonly number[] } = {},
): Bescherming {
  const waarde = (cel: Cel) => waarden.get(celSleutel(cel)) ?? 0;
  const onderdrukt = new Map<string, Onderdrukking>();
  const gedekt = new Set<string>();
  const markeer = (cel: Cel) => {
    const s = celSleutel(cel);
    gedekt.add(s);
    if (!onderdrukt.has(s)) onderdrukt.set(s, isPrimair(waarde(cel)) ? 'primair' : 'secundair');
  };
  for (const cel of opties.vooraf ?? []) markeer(cel);

  const diepte = (cel: Cel) => cel.reduce((som, knoop, d) => som + voorouders(dimensies[d]!, knoop).length, 0);
  const primairen = [...waarden.entries()]
    .filter(([s, n]) => isPrimair(n) && !(opties.uitgezonderd?.(uitSleutel(s)) ?? false))
    .map(([s]) => uitSleutel(s))
    // Coarse cells first: their hypercubes often cover the finer primaries below them.
    .sort((a, b) => diepte(a) - diepte(b) || (celSleutel(a) < celSleutel(b) ? -1 : 1));

  // Every primary is suppressed anyway: a partner among them costs nothing.
  for (const p of primairen) onderdrukt.set(celSleutel(p), 'primair');
  const hyperkubussen: Hyperkubus[] = [];
  for (const doel of primairen) {
    if (gedekt.has(celSleutel(doel))) continue;
    const knopen: string[][] = [];
    const basis: string[] = [];
    dimensies.forEach((boom, d) => {
      const metKnoop = (k: string) => { const c = [...doel]; c[d] = k; return c; };
      // Which of several candidates: one already suppressed, else an empty one (hiding a 0 costs no
      // information), else the smallest. Descending from the target, non-empty paths come first.
      const kies = (kandidaten: readonly string[], omlaag = false) => [...kandidaten].sort((a, b) => {
        const ca = metKnoop(a); const cb = metKnoop(b);
        const leeg = opties.legeVermijden?.includes(d) ? 3 : 1;
        const rang = (c: Cel) => (omlaag ? (waarde(c) > 0 ? 0 : 1) : onderdrukt.has(celSleutel(c)) ? 0 : waarde(c) === 0 ? leeg : 2);
        return rang(ca) - rang(cb) || waarde(ca) - waarde(cb) || (a < b ? -1 : a > b ? 1 : 0);
      })[0]!;
      const omlaag = (knoop: string, eigenKant: boolean): string[] => {
        const pad = [knoop];
        // Stryker disable next-line ArrayDeclaration: maakBoom gives every node a list of children (empty for a leaf), so `?? []` never applies.
        for (let k = boom.kinderen.get(knoop) ?? []; k.length > 0; k = boom.kinderen.get(pad.at(-1)!) ?? []) pad.push(kies(k, eigenKant));
        return pad;
      };
      const eigen = omlaag(doel[d]!, true);
      basis.push(eigen.at(-1)!);
      // Climb while the node is an only child: its parent has the same count and changes with it.
      let a = doel[d]!;
      const keten: string[] = [];
      for (;;) {
        const ouder = boom.ouder.get(a) ?? null;
        if (ouder === null) { knopen.push([...eigen, ...keten]); return; }
        // Stryker disable next-line ArrayDeclaration: every node has a list of children (maakBoom), so `?? []` never applies.
        const broers = (boom.kinderen.get(ouder) ?? []).filter((k) => k !== a);
        if (broers.length > 0) { knopen.push([...eigen, ...keten, ...omlaag(kies(broers), false)]); return; }
        keten.push(ouder);
        a = ouder;
      }
    });
    const kubus: Hyperkubus = { doel, knopen, basis };
    hyperkubussen.push(kubus);
    for (const cel of kubusCellen(kubus)) markeer(cel);
  }
  return { onderdrukt, hyperkubussen };
}

/** Every cell a hypercube changes: the product of its nodes per dimension. */
export function kubusCellen(kubus: Pick<Hyperkubus, 'knopen'>): Cel[] {
  return kubus.knopen.reduce<string[][]>((cellen, knopen) => cellen.flatMap((c) => knopen.map((k) => [...c, k])), [[]]);
}

export type Vrijgegeven = { aantal: number; onderdrukt: null } | { aantal: null; onderdrukt: Onderdrukking };

export function vrijgave(waarden: ReadonlyMap<string, number>, onderdrukt: ReadonlyMap<string, Onderdrukking>, cel: Cel): Vrijgegeven {
  const s = celSleutel(cel);
  const o = onderdrukt.get(s);
  return o ? { aantal: null, onderdrukt: o } : { aantal: waarden.get(s) ?? 0, onderdrukt: null };
}

/**
 * A figure over several nodes of one dimension (a van–tot of whole quarters): published only as a sum
 * of published nodes inside it, or as the root minus published nodes outside it. `binnen` and
 * `buiten` are the canonical decompositions (whole years, then single quarters). Never a new fact.
 */
export function samengesteld(
  lees: (knoop: string) => Vrijgegeven,
  wortel: string,
  binnen: readonly string[],
  buiten: readonly string[],
): Vrijgegeven {
  const som = (knopen: readonly string[]) => {
    let totaal = 0;
    for (const k of knopen) {
      const v = lees(k);
      if (v.aantal === null) return null;
      totaal += v.aantal;
    }
    return totaal;
  };
  const geheel = lees(wortel).aantal;
  const rest = som(buiten);
  const aantal = som(binnen) ?? (geheel !== null && rest !== null ? geheel - rest : null);
  if (aantal === null) return { aantal: null, onderdrukt: 'secundair' };
  // A difference of published figures can be small; it is no new fact, but the rule holds for
  // every figure the monitor hands out: 1 to DREMPEL-1 is never shown.
  return isPrimair(aantal) ? { aantal: null, onderdrukt: 'primair' } : { aantal, onderdrukt: null };
}

/**
 * Order statistics (median, 90th percentile) are published only beside a published count of at least
 * DREMPEL: they are not sums, so the guarantee above does not cover them (docs/monitor.md).
 */
export function percentiel(waarden: readonly number[], p: number): number | null {
  if (waarden.length === 0) return null;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least p % of the values at or below it.
  const rang = Math.max(1, Math.ceil((p / 100) * gesorteerd.length));
  return gesorteerd[rang - 1]!;
}
