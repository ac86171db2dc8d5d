/** Playbook text for a denial-playbook finding in a given locale (kept apart so render.ts can use it). */
import type { Locale } from '@/lib/platform/i18n';
import { GROUPS, lookupCarc, lookupRarc, type PlaybookAction } from '@/lib/denials';
import type { AdjustmentGroup } from '@/lib/claim/types';
import type { Finding, FindingParams } from '@/lib/checks/types';

export function playbookParams(params: FindingParams, locale: Locale): FindingParams {
  const code = String(params.code ?? '');
  const entry = params.list === 'rarc' ? lookupRarc(code) : lookupCarc(code);
  const group = GROUPS[String(params.group ?? '') as AdjustmentGroup];
  // "CO (Contractual obligation): the patient may not be billed …" — the group changes who pays.
  const out: FindingParams = {
    groupNote: group ? `${group.group} (${group[locale].name})${locale === 'fr' ? ' : ' : ': '}${group[locale].explanation}` : '',
  };
  if (entry) {
    const text = entry[locale];
    out.title = text.title;
    out.explanation = text.explanation;
    out.steps = text.steps.join(' ');
  }
  return out;
}

/** The playbook's usual next steps for a denial-playbook finding (empty for other findings). */
export function playbookActions(finding: Finding): PlaybookAction[] {
  if (finding.rule !== 'denial-playbook') return [];
  const code = String(finding.params.code ?? '');
  const entry = finding.params.list === 'rarc' ? lookupRarc(code) : lookupCarc(code);
  return entry ? entry.actions : [];
}
