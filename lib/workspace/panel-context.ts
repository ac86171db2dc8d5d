/**
 * What every side-panel tab may read: the tab the panel is about, its site access, the claim read
 * from it, and the lookup query handed over by the context menu. App.tsx provides it.
 */
import { createContext, useContext } from 'react';
import type { CurrentTab } from '@/lib/sites/current-tab';
import type { SiteStatus } from '@/lib/sites/messages';
import type { Claim } from '@/lib/claim/types';
import type { PanelTab } from './storage';
import type { Finding } from '@/lib/checks/types';
import type { LetterClaimState } from '@/lib/templates/letter-claim';

/** The letter the specialist is writing: which denials it answers and the lines under them. */
export interface LetterFocus {
  templateId: string | null;
  /** Denial keys ("CO-50"). */
  denials: string[];
  /** 0-based lines the letter lists. */
  lines: number[];
}

export interface PanelState {
  tab: CurrentTab;
  site: {
    status: SiteStatus | null;
    busy: boolean;
    error: string | null;
    enable(): Promise<void>;
    disable(): Promise<void>;
  };
  /** The claim on the current page (the detail, or the first claim of a results list), or null. */
  claim: Claim | null;
  setClaim(claim: Claim | null): void;
  lookupQuery: string;
  setLookupQuery(query: string): void;
  /** Switch the panel to another tab (e.g. a finding's "Use template" opens Templates). */
  showTab(tab: PanelTab): void;
  /** Template suggested by the denial playbook for the current claim. */
  suggestedTemplateId: string | null;
  setSuggestedTemplateId(id: string | null): void;
  /** The cross-check findings of the claim (the Claim tab computes them), or null. */
  findings: Finding[] | null;
  setFindings(findings: Finding[] | null): void;
  /** Set by "Open the letter" on a next action or a denial: the letter lists only its lines. */
  letterFocus: LetterFocus | null;
  setLetterFocus(focus: LetterFocus | null): void;
  /** The claim the letter belongs to (kept across pages of its site), and another one offered. */
  letterClaim: LetterClaimState;
  /** The cross-check findings of the letter's claim, kept from when its page was read. */
  letterFindings: Finding[] | null;
  /** The user picked the offered claim for the letter. */
  pickLetterClaim(): void;
}

export const PanelContext = createContext<PanelState | null>(null);

export function usePanel(): PanelState {
  const state = useContext(PanelContext);
  if (!state) throw new Error('usePanel outside the side panel');
  return state;
}
