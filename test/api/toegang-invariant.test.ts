// "No organisation ever reads a victim's identity without a grant that allows it" — tested as an
// invariant of the whole system: random sequences of operations across eleven organisations of
// seven types, checked after every step against a reference model (test/support/toegangsmodel.ts).
// CI runs a fixed-seed sample; `npm run test:toegang-lang` runs a long one (TOEGANG_RUNS, TOEGANG_SEED).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controleerToegangsinvariant } from '../support/toegangsmodel.js';
import { opPostgres, startTestApp, type TestApp } from '../support/harness.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ nu: '2026-01-05T09:00:00Z' }); });
afterAll(async () => { await t.close(); });

// Fewer on PostgreSQL: the same property, a second engine; the PGlite run carries the count.
const AANTAL = Number(process.env.TOEGANG_RUNS ?? (opPostgres ? 300 : 2000));
const SEED = Number(process.env.TOEGANG_SEED ?? 20261202);

describe('toegangsinvariant (model-based)', () => {
  it(`${AANTAL} willekeurige reeksen (seed ${SEED}): geen organisatie leest een identiteit zonder een grant die het model toestaat`, async () => {
    const runs = await controleerToegangsinvariant(t, { aantal: AANTAL, seed: SEED });
    console.log(`toegangsinvariant: ${runs} reeksen uitgevoerd, seed ${SEED}`);
    expect(runs).toBeGreaterThanOrEqual(AANTAL);
  }, 3_600_000);
});
