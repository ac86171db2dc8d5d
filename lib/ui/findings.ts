/**
 * Cross-check findings for the claim shown in the side panel (tables with notes, settings from
 * storage). Settings are read again when they change in options (payer rules, switched-off checks,
 * imported X12 lists), so the panel never shows findings computed with stale rules.
 */
import { useEffect, useState } from 'react';
import { checkClaim, type CheckSettings, type Finding } from '../claims/check';
import type { Claim } from '../claims/types';
import { localIsoDay } from '../dates';
import { disabledRulesItem, officialListsChanged, payerRulesItem, readCheckSettings } from './claims-storage';
import { getFullCodeTables } from './code-tables';
import { errorMessage } from '../errors';

const NONE: readonly string[] = [];

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
    const unwatch = [payerRulesItem.watch(load), disabledRulesItem.watch(load), officialListsChanged.watch(load)];
    return () => {
      alive = false;
      unwatch.forEach((u) => u());
    };
  }, []);
  return state;
}

/** `unsure`: the reader's unsure paths for this claim (ExtractionResult.unsure), unknown to the checks. */
export function useFindings(claim: Claim | null, unsure: readonly string[] = NONE): { findings: Finding[] | null; error: string | null } {
  const { settings, error: settingsError } = useCheckSettings();
  const [state, setState] = useState<{ claim: Claim | null; settings: CheckSettings | null; findings: Finding[] | null; error: string | null }>(
    { claim: null, settings: null, findings: null, error: null },
  );
  useEffect(() => {
    if (!claim || !settings) return;
    let alive = true;
    getFullCodeTables().then(
      (tables) => alive && setState({ claim, settings, findings: checkClaim(claim, tables, { ...settings, unsure }, localIsoDay()), error: null }),
      (e: unknown) => alive && setState({ claim, settings, findings: null, error: errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, [claim, settings, unsure]);
  if (settingsError) return { findings: null, error: settingsError };
  return state.claim === claim && state.settings === settings ? { findings: state.findings, error: state.error } : { findings: null, error: null };
}
