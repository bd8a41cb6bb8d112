// Small helpers for timing: percentiles (nearest rank) and a stopwatch in milliseconds.

export interface Verdeling { n: number; p50: number; p95: number; p99: number; max: number; gemiddeld: number }

/** Nearest-rank percentile of already sorted values. */
function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  const rang = Math.max(1, Math.ceil((p / 100) * gesorteerd.length));
  return gesorteerd[rang - 1]!;
}

export function verdeling(waarden: number[]): Verdeling {
  const s = [...waarden].sort((a, b) => a - b);
  const som = s.reduce((a, b) => a + b, 0);
  return {
    n: s.length,
    p50: percentiel(s, 50),
    p95: percentiel(s, 95),
    p99: percentiel(s, 99),
    max: s.at(-1) ?? Number.NaN,
    gemiddeld: s.length ? som / s.length : Number.NaN,
  };
}

/** Milliseconds since `start` (a performance.now() value). */
export const sinds = (start: number) => performance.now() - start;

export const afgerond = (n: number, decimalen = 2) => Math.round(n * 10 ** decimalen) / 10 ** decimalen;
