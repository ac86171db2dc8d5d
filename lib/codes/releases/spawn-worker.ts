/**
 * The import worker as Vite bundles it for the extension (its own chunk, script-src 'self').
 * Imported only by the options page glue: tests and Node run the same import in-process.
 */
// oxlint-disable-next-line import/default -- Vite's ?worker import has a default export oxlint cannot see
import ImportWorker from './worker?worker';
import type { SpawnWorker } from './client';

export const spawnImportWorker: SpawnWorker = () => new ImportWorker();
