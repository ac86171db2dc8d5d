/**
 * What the content script asks about the codes it found on a page, and what the service worker
 * answers: the contract between claim reading (which draws the badges) and the checks (which
 * decide them). Types and one pure helper only, so the content script bundle stays small.
 */
import type { Severity } from './types';
import type { CodeSystem } from '@/lib/codes/types';

/** Code tables answer for CodeSystem; CARC/RARC come from the extension's own denial tables. */
export type BadgeSystem = CodeSystem | 'carc' | 'rarc';

export interface CodeQuestion {
  system: BadgeSystem;
  code: string;
  dos: string | null;
}

/** Identity of a question: the same code on the same date of service is asked once. */
export function questionKey(q: CodeQuestion): string {
  return `${q.system}|${q.code}|${q.dos ?? ''}`;
}

/** 'explained': a denial or remark code the playbook explains (not "valid", which would read as "fine"). */
export type BadgeStatus = 'valid' | 'not-billable' | 'not-valid-on-dos' | 'unknown' | 'explained';

export interface BadgeVerdict {
  status: BadgeStatus;
  /** Plain-language explanation shown as the tooltip (already translated by the caller). */
  tooltip: string;
  /** Colour of a cross-check finding on this code, when there is one. */
  severity?: Severity;
}

