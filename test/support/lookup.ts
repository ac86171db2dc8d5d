// The real generated code tables for the lookup tests, loaded once per file.
import type { LoadedTables } from '@/lib/codes/load';
import { loadTablesFromDir } from '@/lib/codes/node';

let tables: Promise<LoadedTables> | null = null;
/** Needs the generated tables (npm run codes:ensure, which test:unit runs first). */
export function realTables(): Promise<LoadedTables> {
  tables ??= loadTablesFromDir(undefined, { extras: 'eager' });
  return tables;
}
