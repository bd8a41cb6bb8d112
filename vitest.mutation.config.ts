// The vitest configuration that `npm run mutation` (Stryker, stryker.config.mjs) runs: only the pure
// rules of src/domain and their tests in test/domain — no database, so no global set-up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // One cache folder per Stryker worker, so two workers never pre-bundle into the same folder.
  cacheDir: `node_modules/.vite/mutation-${process.env.STRYKER_MUTATOR_WORKER ?? 'los'}`,
  test: {
    include: ['test/domain/**/*.test.ts'],
    // Stryker re-imports the test files for every mutant. Loading date-fns module by module through
    // vitest costs seconds per file; pre-bundled into one module it costs milliseconds.
    deps: { optimizer: { ssr: { enabled: true, include: ['date-fns', '@date-fns/tz'] } } },
  },
});
