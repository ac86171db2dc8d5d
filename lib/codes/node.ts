/** Node convenience: load the tables from code-data/generated (or another folder). */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTables, type LoadOptions, type LoadedTables } from './load';

export const GENERATED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'code-data', 'generated');

export function loadTablesFromDir(dir: string = GENERATED_DIR, options?: LoadOptions): Promise<LoadedTables> {
  return loadTables(async (file) => new Uint8Array(await readFile(join(dir, file))), options);
}
