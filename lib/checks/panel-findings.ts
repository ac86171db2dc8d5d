/**
 * Cross-check findings for the claim shown in the side panel (tables with notes, settings from
 * storage). Settings are read again when they change in options (payer rules, switched-off checks,
 * imported X12 lists), so the panel never shows findings computed with stale rules.
 */
import { useEffect, useState } from 'react';
import { checkClaim, type CheckSettings, type Finding } from '@/lib/checks';
import type { Claim } from '@/lib/claim/types';
import { localIsoDay } from '@/lib/platform/dates';
import { disabledRulesItem, readCheckSettings } from './storage';
import { officialListsChanged } from '@/lib/denials/storage';
import { payerRulesItem } from '@/lib/deadlines/storage';
import { getFullCodeTables } from '@/lib/codes/loaded-tables';
import { errorMessage } from '@/lib/platform/errors';
import { editsChanged } from '@/lib/edits/local';

function useCheckSettings(): { settings: CheckSettings | null; error: string | null } {
  const [state, setState] = useState<{ settings: CheckSettings | null; error: string | null }>({ settings: null, error: null });
  useEffect(() => {
    let alive = true;
    const load = () =>
      void readCheckSettings().then(
        (settings) => alive && setState({ settings, error: null }),
        (e: unknown) => alive && setState({ settings: null, error: errorMessage(e) }),
      );
    load();
    const unwatch = [payerRulesItem.watch(load), disabledRulesItem.watch(load), officialListsChanged.watch(load), editsChanged.watch(load)];
    return () => {
      alive = false;
      unwatch.forEach((u) => u());
    };
  }, []);
  return state;
}

export function useFindings(claim: Claim | null): { findings: Finding[] | null; error: string | null } {
  const { settings, error: settingsError } = useCheckSettings();
  const [state, setState] = useState<{ claim: Claim | null; settings: CheckSettings | null; findings: Finding[] | null; error: string | null }>(
    { claim: null, settings: null, findings: null, error: null },
  );
  useEffect(() => {
    if (!claim || !settings) return;
    let alive = true;
    getFullCodeTables().then(
      (tables) => alive && setState({ claim, settings, findings: checkClaim(claim, tables, settings, localIsoDay()), error: null }),
      (e: unknown) => alive && setState({ claim, settings, findings: null, error: errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, [claim, settings]);
  if (settingsError) return { findings: null, error: settingsError };
  return state.claim === claim && state.settings === settings ? { findings: state.findings, error: state.error } : { findings: null, error: null };
}
