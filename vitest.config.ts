import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Unit tests only: browser E2E runs through `npm run test:e2e` against the built extension.
    include: ['lib/**/*.test.{ts,tsx}', 'code-data/**/*.test.ts', 'test/unit/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    // Longer than the 1 s default, for the few polls that wait on real WebCrypto and IndexedDB.
    expect: { poll: { timeout: 5_000 } },
    restoreMocks: true,
  },
});
