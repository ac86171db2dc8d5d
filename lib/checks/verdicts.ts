/**
 * Badge verdicts for the codes found on a page: validity from the code tables on each code's date
 * of service, the denial playbook for CARC/RARC, and the colour of the worst cross-check finding
 * about that code. Pure; the service worker calls it for the content script.
 */
import type { CodeSystem, CodeTables, DosValidity } from '@/lib/codes/types';
import { t, type Locale } from '@/lib/platform/i18n';
import type { BadgeVerdict, CodeQuestion } from './verdict-contract';
import { SEVERITY_RANK, type Finding } from '@/lib/checks';
import { explainAdjustment, explainRemark } from '@/lib/denials/explain';
import type { OfficialLists } from '@/lib/denials/types';
import type { AdjustmentGroup } from '@/lib/claim/types';
import { formatDate } from '@/lib/platform/i18n';
import { localizeFinding } from './render';

/**
 * Worst finding per code (findings carry the code they are about): the badge takes its colour and
 * names it in its tooltip, so the page says what the side panel's most severe card for it says.
 */
function worstByCode(findings: readonly Finding[]): Map<string, Finding> {
  const out = new Map<string, Finding>();
  for (const f of findings) {
    if (!f.code) continue;
    const key = f.code.toUpperCase();
    const seen = out.get(key);
    if (!seen || SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity]) out.set(key, f);
  }
  return out;
}

function validityText(v: DosValidity, locale: Locale): string {
  switch (v.status) {
    case 'valid':
      return t('claims.badge.valid', undefined, locale) + (v.caveat ? ` (${v.caveat})` : '');
    case 'header':
      return t('claims.badge.notBillable', undefined, locale);
    case 'deleted':
      return `${t('claims.badge.notValidOnDos', undefined, locale)}: ${t('claims.badge.deletedOn', { date: formatDate(v.deletedOn, locale) }, locale)}${v.replacements.length ? ` → ${v.replacements.slice(0, 5).join(', ')}` : ''}`;
    case 'not-yet-valid':
      return `${t('claims.badge.notValidOnDos', undefined, locale)}: ${t('claims.badge.effectiveFrom', { date: formatDate(v.effectiveFrom, locale) }, locale)}`;
    case 'terminated':
      return `${t('claims.badge.notValidOnDos', undefined, locale)}: ${t('claims.badge.terminatedOn', { date: formatDate(v.terminatedOn, locale) }, locale)}`;
    case 'out-of-range':
      return v.note;
    default:
      return t('claims.badge.unknown', undefined, locale);
  }
}

function statusOf(v: DosValidity): BadgeVerdict['status'] {
  switch (v.status) {
    case 'valid':
      return 'valid';
    case 'header':
      return 'not-billable';
    case 'deleted':
    case 'not-yet-valid':
    case 'terminated':
      return 'not-valid-on-dos';
    default:
      return 'unknown';
  }
}

function codeVerdict(q: CodeQuestion & { system: CodeSystem }, tables: CodeTables, today: string, locale: Locale): BadgeVerdict {
  const entry = tables.get(q.system, q.code);
  if (!entry) return { status: 'unknown', tooltip: t('claims.badge.unknown', undefined, locale) };
  const validity = tables.validity(q.system, q.code, q.dos ?? today);
  // CPT without the user's licensed file: the shape and section are known, validity is not.
  const text = q.system === 'cpt' && validity.status === 'unknown' ? t('claims.badge.cptNoLicense', undefined, locale) : validityText(validity, locale);
  return { status: statusOf(validity), tooltip: `${entry.title} — ${text}` };
}

function denialVerdict(q: CodeQuestion, official: OfficialLists | null, locale: Locale): BadgeVerdict {
  let explanation;
  if (q.system === 'carc') {
    const m = /^(CO|PR|OA|PI|CR)-(.+)$/.exec(q.code);
    explanation = explainAdjustment((m?.[1] ?? null) as AdjustmentGroup | null, m?.[2] ?? q.code, official);
  } else {
    explanation = explainRemark(q.code, official);
  }
  if (explanation.inPlaybook) {
    const text = explanation.entry[locale];
    return { status: 'explained', tooltip: `${text.title}: ${text.explanation}` };
  }
  return {
    status: 'unknown',
    tooltip: explanation.official ?? t('claims.badge.notInPlaybook', undefined, locale),
  };
}

export function badgeVerdicts(
  questions: readonly CodeQuestion[],
  tables: CodeTables,
  findings: readonly Finding[],
  options: { today: string; locale: Locale; official?: OfficialLists | null },
): BadgeVerdict[] {
  const worst = worstByCode(findings);
  return questions.map((q) => {
    const verdict = q.system === 'carc' || q.system === 'rarc'
      ? denialVerdict(q, options.official ?? null, options.locale)
      : codeVerdict(q as CodeQuestion & { system: CodeSystem }, tables, options.today, options.locale);
    const bare = q.code.replace(/^(CO|PR|OA|PI|CR)-/, '').toUpperCase();
    const finding = worst.get(q.code.toUpperCase()) ?? worst.get(bare);
    if (!finding) return verdict;
    const named = `${t(`claims.badge.severity.${finding.severity}`, undefined, options.locale)}: ${localizeFinding(finding, options.locale).message}`;
    return { ...verdict, severity: finding.severity, tooltip: `${named}\n${verdict.tooltip}` };
  });
}
