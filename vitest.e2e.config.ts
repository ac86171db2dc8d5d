import { defineConfig } from 'vitest/config';

// Browser E2E: real Chromium with the built extension (npm run build:e2e first; `npm run test:e2e` does).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own Chromium; two at a time fit the 2-core CI machine.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
