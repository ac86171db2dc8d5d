/**
 * Loads the packaged code tables for a lookup page: core first (search answers as soon as it is
 * in), then notes, GEMs and short titles in the background for the detail view. The user's
 * licensed CPT import (if any) is applied by the shared tables (lib/codes/loaded-tables.ts), now and
 * whenever options changes it; `revision` tells the view to search again.
 */
import { useEffect, useState } from 'react';
import type { CodeTables } from '@/lib/codes/types';
import { errorMessage } from '@/lib/platform/errors';
import { ensureImportedReleases, ensureLicensedCpt, getCodeTables, onLicensedCptApplied } from '@/lib/codes/loaded-tables';

export interface LookupTablesState {
  tables: CodeTables | null;
  /** Bumped when the tables' content changes in place (licensed CPT applied or removed). */
  revision: number;
  /** Notes, GEMs and short titles. */
  extras: 'loading' | 'ready' | 'failed';
  /** Why the tables could not load (shown to the user; the typed query is kept). */
  error: string | null;
}

export function useLookupTables(): LookupTablesState {
  const [state, setState] = useState<LookupTablesState>({ tables: null, revision: 0, extras: 'loading', error: null });
  useEffect(() => {
    let alive = true;
    let unwatch = () => {};
    const update = (change: Partial<LookupTablesState>) => alive && setState((s) => ({ ...s, ...change }));
    getCodeTables().then(
      (tables) => {
        if (!alive) return;
        update({ tables });
        tables.extrasReady.then(
          () => update({ extras: 'ready' }),
          (e: unknown) => update({ extras: 'failed', error: errorMessage(e) }),
        );
        // The licensed CPT import (if any) is applied once per page for every view; search again
        // whenever it changed the tables.
        unwatch = onLicensedCptApplied(() => alive && setState((s) => ({ ...s, revision: s.revision + 1 })));
        void ensureLicensedCpt(tables);
        // Official releases imported in options answer for their dates (lib/codes/releases).
        void ensureImportedReleases(tables);
      },
      (e: unknown) => update({ extras: 'failed', error: errorMessage(e) }),
    );
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}
