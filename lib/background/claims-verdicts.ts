/**
 * Badge verdicts for a content script: the code tables and the cross-checks live in the extension
 * (never in the page), so the page asks here. Tables load once per service-worker life.
 */
import { checkClaim } from '../claims/check';
import type { Claim } from '../claims/types';
import { badgeVerdicts } from '../claims/verdicts';
import type { CodeQuestion } from '../page/locate';
import { resolveLocale } from '../i18n';
import { localIsoDay } from '../dates';
import type { BadgeVerdict } from '../page/badges';
import { uiLanguage } from '../storage-items';
import { readCheckSettings } from '../ui/claims-storage';
import { getFullCodeTables } from '../ui/code-tables';
import { readPayerChoices } from '@/lib/deadlines/choice-storage';
import { chosenRule, rulesWithChoice } from '@/lib/deadlines/payer-choice';

/** `origin`: the top-level site of the page asking, so the payer rule chosen there applies as in the panel. */
export async function claimVerdicts(claim: Claim, questions: CodeQuestion[], origin: string | null = null): Promise<{ verdicts: BadgeVerdict[] }> {
  const [tables, stored, language, choices] = await Promise.all([getFullCodeTables(), readCheckSettings(), uiLanguage.getValue(), readPayerChoices()]);
  const chosen = chosenRule(choices, origin, claim.payer, stored.payerRules ?? []);
  const settings = chosen ? { ...stored, payerRules: rulesWithChoice(stored.payerRules ?? [], chosen) } : stored;
  const today = localIsoDay();
  const findings = checkClaim(claim, tables, settings, today);
  const locale = resolveLocale(language, navigator.language);
  return { verdicts: badgeVerdicts(questions, tables, findings, { today, locale, official: settings.officialLists }) };
}
