/**
 * Badge verdicts for a content script: the code tables and the cross-checks live in the extension
 * (never in the page), so the page asks here. Tables load once per service-worker life.
 */
import { checkClaim } from '@/lib/checks';
import type { Claim } from '@/lib/claim/types';
import { badgeVerdicts } from './verdicts';
import { resolveLocale } from '@/lib/platform/i18n';
import { localIsoDay } from '@/lib/platform/dates';
import type { BadgeVerdict, CodeQuestion } from './verdict-contract';
import { uiLanguage } from '@/lib/platform/i18n/language';
import { readCheckSettings } from './storage';
import { getFullCodeTables } from '@/lib/codes/loaded-tables';
import { readPayerChoices } from '@/lib/deadlines/choice-storage';
import { chosenRule, rulesWithChoice } from '@/lib/deadlines/payer-choice';

/** `origin`: the top-level site of the page asking, so the payer rule chosen there applies as in the panel. */
export async function claimVerdicts(claim: Claim, questions: CodeQuestion[], origin: string | null = null, unsure: readonly string[] = []): Promise<{ verdicts: BadgeVerdict[] }> {
  const [tables, stored, language, choices] = await Promise.all([getFullCodeTables(), readCheckSettings(), uiLanguage.getValue(), readPayerChoices()]);
  const chosen = chosenRule(choices, origin, claim.payer, stored.payerRules ?? []);
  const settings = chosen ? { ...stored, payerRules: rulesWithChoice(stored.payerRules ?? [], chosen) } : stored;
  const today = localIsoDay();
  // Values the reader was unsure of are unknown to the checks: no red badge on a misread.
  const findings = checkClaim(claim, tables, { ...settings, unsure }, today);
  const locale = resolveLocale(language, navigator.language);
  return { verdicts: badgeVerdicts(questions, tables, findings, { today, locale, official: settings.officialLists }) };
}
