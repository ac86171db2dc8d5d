/**
 * Cross-checks a claim read from a portal page: pure `(claim, tables, settings, today) → findings`.
 * Findings are sorted by severity (errors first), then claim, diagnoses, lines, in rule order.
 */
import type { CodeTables } from '../../codes/types';
import type { Claim } from '../types';
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

export function checkClaim(claim: Claim, tables: CodeTables, settings: CheckSettings, today: string): Finding[] {
  // Values the reader was unsure of are unknown here: a misread must never become an error.
  const ctx = buildContext(forgetUnsure(claim, settings.unsure), tables, settings, today);
  const disabled = new Set(settings.disabledRules ?? []);
  const findings: { f: Finding; order: number }[] = [];
  for (const rule of RULES) {
    if (disabled.has(rule.id)) continue;
    for (const f of rule.check(ctx)) findings.push({ f, order: findings.length });
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
    if (where && whereRank(f.where) !== whereRank(where)) continue;
    if (worst === null || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst]) worst = f.severity;
  }
  return worst;
}

export { RULES } from './registry';
export { localizeFinding, checkText } from './render';
export { SEVERITIES } from './types';
export type { CheckSettings, Finding, FindingParams, Rule, Severity, TemplateId, Where } from './types';
