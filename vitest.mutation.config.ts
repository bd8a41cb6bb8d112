// The vitest configuration that `npm run mutation` (Stryker, stryker.config.mjs) runs: only the pure
// rules of src/domain and their tests in test/domain — no database, so no global set-up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One cache folder per Stryker worker, so two workers never pre-bundle into the same folder.
  cacheDir: `node_modules/.vite/mutation-${process.env.STRYKER_MUTATOR_WORKER ?? 'los'}`,
  test: {
    include: ['test/domain/**/*.test.ts'],
    // The disclosure-control attacker (test/domain/onthulling) runs fast-check over many tables; under
    // Stryker's instrumentation on a busy machine it takes longer than vitest's default 5 s.
    testTimeout: 120_000,
    // Stryker re-imports the test files for every mutant. Loading date-fns module by module through
    // vitest costs seconds per file; pre-bundled into one module it costs milliseconds.
    deps: { optimizer: { ssr: { enabled: true, include: ['date-fns', '@date-fns/tz'] } } },
  },
});
