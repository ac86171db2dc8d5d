import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser E2E: real Chromium with the built extension (npm run build:e2e first; `npm run test:e2e` does).
export default defineConfig({
  // The @/ alias of the app (WXT declares it for the app build; the E2E runner is plain Vitest).
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    // expect.poll gives up after 1 s by default: too short for a real browser on a busy 2-core CI
    // machine (an encrypted draft is written 800 ms after the last keystroke, then shown). A poll
    // still fails when the thing never happens; it only waits longer for a slow one.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Each file starts its own Chromium; two at a time fit the 2-core CI machine.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
