// Keyset pagination: the rows after a cursor in a multi-column ascending order, built from typed
// column conditions (postgres.js refuses a Date inside raw SQL, so no row-value comparison).
import { and, eq, gt, or, type Column, type SQL } from 'drizzle-orm';

/** (k1, k2, …) > (v1, v2, …) in lexicographic order. */
export function naCursor(kolommen: readonly Column[], waarden: readonly unknown[]): SQL {
  const [kolom, ...restKolommen] = kolommen;
  const [waarde, ...restWaarden] = waarden;
  if (!kolom) throw new Error('naCursor: geen kolommen');
  if (restKolommen.length === 0) return gt(kolom, waarde);
  return or(gt(kolom, waarde), and(eq(kolom, waarde), naCursor(restKolommen, restWaarden)))!;
}
