import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit tests that read the tables generated from the official code files (code-data/generated) or
 * the official files themselves (shared/code-sources, or $CODE_SOURCES): named `*.official.test.ts(x)`.
 */
const OFFICIAL = ['**/*.official.test.{ts,tsx}'];
// Unit tests only: browser E2E runs through `npm run test:e2e` against the built extension.
const UNIT = ['lib/**/*.test.{ts,tsx}', 'code-data/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // Longer than the 1 s default, for the few polls that wait on real WebCrypto and IndexedDB.
    expect: { poll: { timeout: 5_000 } },
    restoreMocks: true,
    // `vitest run` runs both; `vitest run --project unit` (npm run test:unit:standalone) needs no
    // official file and no generated table. Each project names its own files: `extends` would add
    // a root `include` to theirs.
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, ...OFFICIAL] } },
      // Its global setup builds the tables when missing or stale (runs only when one of its files is selected).
      { extends: true, test: { name: 'official', include: OFFICIAL, globalSetup: ['test/official-setup.ts'] } },
    ],
  },
});
