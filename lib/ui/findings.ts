/**
 * Cross-check findings for the claim shown in the side panel (tables with notes, settings from
 * storage). Checks again when the settings change in options (payer rules, switched-off checks,
 * imported X12 lists), so the panel never shows findings computed with stale rules.
 */
import { useEffect, useState } from 'react';
import { checkClaim, type Finding } from '../claims/check';
import type { Claim } from '../claims/types';
import { localIsoDay } from '../dates';
import { disabledRulesItem, officialListsChanged, payerRulesItem, readCheckSettings } from './claims-storage';
import { getFullCodeTables } from './code-tables';

function useSettingsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const unwatch = [payerRulesItem.watch(bump), disabledRulesItem.watch(bump), officialListsChanged.watch(bump)];
    return () => unwatch.forEach((u) => u());
  }, []);
  return version;
}

export function useFindings(claim: Claim | null): { findings: Finding[] | null; error: string | null } {
  const version = useSettingsVersion();
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
  }, [claim, version]);
  return state.claim === claim ? { findings: state.findings, error: state.error } : { findings: null, error: null };
}
