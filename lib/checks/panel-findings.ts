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
const NONE: readonly string[] = [];

import { errorMessage } from '@/lib/platform/errors';
import { editsChanged } from '@/lib/edits/local';
import { useMemo } from 'react';
import { useWatchedRead, type ChangeFeed } from '@/lib/platform/views/use-watched-read';
import { payerChoicesItem, readPayerChoices } from '@/lib/deadlines/choice-storage';
import { chosenRule, rulesWithChoice, type PayerChoice } from '@/lib/deadlines/payer-choice';

export interface PanelCheckSettings {
  settings: CheckSettings | null;
  /** The payer-rule choices per site and payer name (lib/deadlines/payer-choice.ts). */
  choices: Record<string, PayerChoice>;
  error: string | null;
}

export function useCheckSettings(): PanelCheckSettings {
  return useWatchedRead(readPanelCheckSettings, CHECK_SETTINGS_FEEDS, NO_SETTINGS, settingsFailed);
}

const NO_SETTINGS: PanelCheckSettings = { settings: null, choices: {}, error: null };
const settingsFailed = (e: unknown): PanelCheckSettings => ({ ...NO_SETTINGS, error: errorMessage(e) });

async function readPanelCheckSettings(): Promise<PanelCheckSettings> {
  const [settings, choices] = await Promise.all([readCheckSettings(), readPayerChoices()]);
  return { settings, choices, error: null };
}

/** Any of these changing changes the findings: the panel checks again. */
const CHECK_SETTINGS_FEEDS: ChangeFeed[] = [
  (r) => payerRulesItem.watch(r), (r) => disabledRulesItem.watch(r), (r) => officialListsChanged.watch(r), (r) => editsChanged.watch(r), (r) => payerChoicesItem.watch(r),
];

/**
 * `origin`: the site of the tab (top-level), so the payer rule chosen for this site and payer name
 * gives the deadlines (the badges, computed in the service worker, apply the same choice).
 */
/** `unsure`: the reader's unsure paths for this claim (ExtractionResult.unsure), unknown to the checks. */
export function useFindings(claim: Claim | null, origin: string | null = null, unsure: readonly string[] = NONE): { findings: Finding[] | null; error: string | null } {
  const { settings: stored, choices, error: settingsError } = useCheckSettings();
  const settings = useMemo(() => {
    if (!stored) return null;
    const chosen = chosenRule(choices, origin, claim?.payer, stored.payerRules ?? []);
    return chosen ? { ...stored, payerRules: rulesWithChoice(stored.payerRules ?? [], chosen) } : stored;
  }, [stored, choices, origin, claim?.payer]);
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
