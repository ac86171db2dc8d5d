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

export async function claimVerdicts(claim: Claim, questions: CodeQuestion[], unsure: readonly string[] = []): Promise<{ verdicts: BadgeVerdict[] }> {
  const [tables, settings, language] = await Promise.all([getFullCodeTables(), readCheckSettings(), uiLanguage.getValue()]);
  const today = localIsoDay();
  // Values the reader was unsure of are unknown to the checks: no red badge on a misread.
  const findings = checkClaim(claim, tables, { ...settings, unsure }, today);
  const locale = resolveLocale(language, navigator.language);
  return { verdicts: badgeVerdicts(questions, tables, findings, { today, locale, official: settings.officialLists }) };
}
