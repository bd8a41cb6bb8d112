// The differencing attacker of the disclosure-control tests (docs/monitor.md): it knows every
// published figure as a linear function of the counts of the underlying "atoms" (every combination of
// attributes a dossier can have) and asks, for each suppressed figure, whether some sum or difference
// of published figures equals it. That is: is its row in the span of the published rows? Gaussian
// elimination modulo a prime: a row in the rational span is in the span modulo p, so a "safe" verdict
// here is also safe over the rationals; the rare opposite error can only make a test fail, never pass.

const P = 1_000_003;

function inverse(a: number): number {
  // Fermat: a^(P-2) mod P, with products kept below 2^53.
  let resultaat = 1;
  let grondtal = a % P;
  for (let e = P - 2; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) resultaat = (resultaat * grondtal) % P;
    grondtal = (grondtal * grondtal) % P;
  }
  return resultaat;
}

/** An incremental row-echelon basis over GF(P). */
export class Basis {
  private readonly rijen = new Map<number, Int32Array>();

  constructor(private readonly breedte: number) {}

  private reduceer(rij: Int32Array): Int32Array {
    const r = Int32Array.from(rij);
    for (let k = 0; k < this.breedte; k++) {
      if (r[k] === 0) continue;
      const pivot = this.rijen.get(k);
      if (!pivot) continue;
      const f = r[k]!;
      for (let j = k; j < this.breedte; j++) {
        if (pivot[j] !== 0) r[j] = ((r[j]! - f * pivot[j]!) % P + P) % P;
      }
    }
    return r;
  }

  /** Adds a published row. */
  voegToe(rij: Int32Array): void {
    const r = this.reduceer(rij);
    const k = r.findIndex((x) => x !== 0);
    if (k < 0) return;
    const inv = inverse(r[k]!);
    for (let j = k; j < this.breedte; j++) r[j] = (r[j]! * inv) % P;
    this.rijen.set(k, r);
  }

  /** True when the row is a linear combination of the published rows: the attacker can compute it. */
  bevat(rij: Int32Array): boolean {
    return this.reduceer(rij).every((x) => x === 0);
  }
}
