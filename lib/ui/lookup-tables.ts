/**
 * Loads the packaged code tables for a lookup page: core first (search answers as soon as it is
 * in), then notes, GEMs and short titles in the background for the detail view.
 */
import { useEffect, useState } from 'react';
import type { CodeTables } from '../codes/types';
import { getCodeTables } from './code-tables';

export interface LookupTablesState {
  tables: CodeTables | null;
  /** Notes, GEMs and short titles. */
  extras: 'loading' | 'ready' | 'failed';
  /** Why the tables could not load (shown to the user; the typed query is kept). */
  error: string | null;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useLookupTables(): LookupTablesState {
  const [state, setState] = useState<LookupTablesState>({ tables: null, extras: 'loading', error: null });
  useEffect(() => {
    let alive = true;
    getCodeTables().then(
      (tables) => {
        if (!alive) return;
        setState({ tables, extras: 'loading', error: null });
        tables.extrasReady.then(
          () => alive && setState({ tables, extras: 'ready', error: null }),
          (e: unknown) => alive && setState({ tables, extras: 'failed', error: message(e) }),
        );
      },
      (e: unknown) => alive && setState({ tables: null, extras: 'failed', error: message(e) }),
    );
    return () => {
      alive = false;
    };
  }, []);
  return state;
}
