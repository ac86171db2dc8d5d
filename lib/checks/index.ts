/**
 * Cross-checks a claim read from a portal page: pure `(claim, tables, settings, today) → findings`.
 * Findings are sorted by severity (errors first), then claim, diagnoses, lines, in rule order.
 */
import type { CodeTables } from '@/lib/codes/types';
import type { Claim } from '@/lib/claim/types';
import { classifyClaimPayer } from '@/lib/deadlines/payer-type';
import { buildContext } from './context';
import { RULES } from './registry';
import { forgetUnsure } from './rules/extraction-unsure';
import type { CheckSettings, Finding, Severity, Where } from './types';

/** Lower is more severe: errors sort first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function whereRank(w: Where): number {
  if ('claim' in w) return -1;
  if ('diagnosis' in w) return w.diagnosis;
  return 1000 + w.line;
}

/**
 * No corrected-claim letter where a corrected claim is the wrong remedy: Original Medicare Part B
 * (a processed claim is fixed by a reopening or redetermination; a corrected claim is denied as a
 * duplicate) and a claim returned unprocessable with MA130 (a new claim is sent instead).
 */
function correctedClaimOffered(claim: Claim): boolean {
  if (claim.lines.some((l) => l.remarks.some((r) => r.trim().toUpperCase() === 'MA130'))) return false;
  return classifyClaimPayer(claim).type !== 'medicare-part-b';
}

export function checkClaim(claim: Claim, tables: CodeTables, settings: CheckSettings, today: string): Finding[] {
  // Values the reader was unsure of are unknown here: a misread must never become an error.
  const ctx = buildContext(forgetUnsure(claim, settings.unsure), tables, settings, today);
  const disabled = new Set(settings.disabledRules ?? []);
  const findings: { f: Finding; order: number }[] = [];
  const offerCorrected = correctedClaimOffered(claim);
  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    for (const f of rule.check(ctx)) {
      findings.push({ f: !offerCorrected && f.templateId === 'corrected-claim' ? { ...f, templateId: null } : f, order: findings.length });
    }
  }
  findings.sort((a, b) =>
    SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity]
    || whereRank(a.f.where) - whereRank(b.f.where)
    || a.order - b.order);
  return findings.map((x) => x.f);
}

/** The most severe finding at a place, for page badges ("diagnosis 2 is red"). */
export function worstSeverity(findings: readonly Finding[], where?: Where): Severity | null {
  let worst: Severity | null = null;
  for (const f of findings) {
    // A grouped finding (one CARC on several lines) counts at each of its lines.
    const at = where && 'line' in where && f.lines ? f.lines.includes(where.line) : !where || whereRank(f.where) === whereRank(where);
    if (!at) continue;
    if (worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  }
  return worst;
}

export { RULES } from './registry';
export { localizeFinding, checkText } from './render';
export { SEVERITIES } from './types';
export type { CheckSettings, Finding, FindingParams, Rule, Severity, Where } from './types';
