/**
 * Global setup of the "official" unit-test project (vitest.config.ts): the tests that read the
 * tables generated from the official files, or the official files themselves. Builds the tables
 * when they are missing or older than their sources or build code (what `npm run codes:ensure`
 * does), so `npm run test:unit` never reads stale tables, and stops the project with one clear
 * message where there are no tables and no official files to build them from.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildOrKeepCodeData } from '@/code-data/build';
import { codeSourcesDir } from '@/code-data/sources';
import { MANIFEST_FILE } from '@/lib/codes/core-format';
import { GENERATED_DIR } from '@/lib/codes/node';

export default async function ensureTables(): Promise<void> {
  const sourcesDir = codeSourcesDir();
  if (!existsSync(join(GENERATED_DIR, MANIFEST_FILE)) && !existsSync(sourcesDir)) {
    throw new Error(
      `The "official" unit tests need the code tables generated from the official files, and neither the tables (${GENERATED_DIR}) nor the files (${sourcesDir}) are there. ` +
      'Set CODE_SOURCES to the folder of official files (code-data/sources.ts lists them), or run `npm run test:unit:standalone` for the tests that do not need them.',
    );
  }
  await buildOrKeepCodeData({ sourcesDir, ifStale: true, log: (s) => console.log(s) });
}
