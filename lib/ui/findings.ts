/** Cross-check findings for the claim shown in the side panel (tables with notes, settings from storage). */
import { useEffect, useState } from 'react';
import { checkClaim, type Finding } from '../claims/check';
import type { Claim } from '../claims/types';
import { localIsoDay } from '../notes/dates';
import { readCheckSettings } from './claims-storage';
import { getFullCodeTables } from './code-tables';

export function useFindings(claim: Claim | null): { findings: Finding[] | null; error: string | null } {
  const [state, setState] = useState<{ claim: Claim | null; findings: Finding[] | null; error: string | null }>({ claim: null, findings: null, error: null });
  useEffect(() => {
    if (!claim) return;
    let alive = true;
    Promise.all([getFullCodeTables(), readCheckSettings()]).then(
      ([tables, settings]) => alive && setState({ claim, findings: checkClaim(claim, tables, settings, localIsoDay()), error: null }),
      (e: unknown) => alive && setState({ claim, findings: null, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      alive = false;
    };
  }, [claim]);
  return state.claim === claim ? { findings: state.findings, error: state.error } : { findings: null, error: null };
}
