/**
 * The Claim tab's list of findings: grouped by severity (errors, warnings, information), each with
 * where it is, what is wrong, the fix, suggested codes and, when one fits, a template button.
 */
import { useId } from 'react';
import { diagnosisLetter } from '@/lib/checks/codes';
import { checkText, localizeFinding } from '@/lib/checks/render';
import { playbookActions } from '@/lib/checks/rules/denial-playbook-text';
import { SEVERITIES, type Finding, type Severity, type Where } from '@/lib/checks/types';
import type { TemplateId } from '@/lib/denials/letters';
import './findings.css';

export interface FindingsListProps {
  findings: Finding[];
  onSuggestTemplate?(templateId: TemplateId): void;
}

function whereLabel(where: Where, lines?: number[]): string {
  if (lines && lines.length > 1) return checkText('findings.where.lines', { lines: lines.map((l) => l + 1).join(', ') });
  if ('claim' in where) return checkText('findings.where.claim');
  if ('diagnosis' in where) return checkText('findings.where.diagnosis', { letter: diagnosisLetter(where.diagnosis) });
  return checkText('findings.where.line', { n: where.line + 1 });
}

type ItemProps = { finding: Finding; onSuggestTemplate?: FindingsListProps['onSuggestTemplate']; offerTemplate: boolean };

function FindingItem({ finding, onSuggestTemplate, offerTemplate }: ItemProps) {
  const { message, fix, source } = localizeFinding(finding);
  const templateId = offerTemplate ? finding.templateId : null;
  const actions = playbookActions(finding);
  return (
    <li className={`finding finding-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <p className="finding-head">
        <span className="finding-where">{whereLabel(finding.where, finding.lines)}</span>
        {finding.code ? <code className="finding-code">{finding.code}</code> : null}
      </p>
      <p className="finding-message">{message}</p>
      <p className="finding-fix"><strong>{checkText('findings.fix')}:</strong> {fix}</p>
      {source ? <p className="finding-source muted">{source}</p> : null}
      {actions.length > 0 ? (
        <p className="finding-actions">
          {checkText('findings.nextSteps')}: {actions.map((a) => checkText(`playbook.action.${a}`)).join(' · ')}
        </p>
      ) : null}
      {finding.suggestions.length > 0 ? (
        <p className="finding-suggestions">
          {checkText('findings.suggestions')}:{' '}
          {finding.suggestions.map((code, i) => <span key={code}>{i > 0 ? ', ' : ''}<code>{code}</code></span>)}
        </p>
      ) : null}
      {templateId && onSuggestTemplate ? (
        <button type="button" className="finding-template" onClick={() => onSuggestTemplate(templateId)}>
          {checkText('findings.useTemplate', { template: checkText(`findings.template.${templateId}`) })}
        </button>
      ) : null}
    </li>
  );
}

interface GroupProps {
  severity: Severity;
  findings: Finding[];
  onSuggestTemplate?: FindingsListProps['onSuggestTemplate'];
  /** Findings that carry their template's button: the first of each template, most severe first. */
  offering: ReadonlySet<Finding>;
}

function FindingGroup({ severity, findings, onSuggestTemplate, offering }: GroupProps) {
  const headingId = useId();
  return (
    <section className={`findings-group findings-group-${severity}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{checkText(`findings.group.${severity}`, { count: findings.length })}</h3>
      <ul>
        {findings.map((f, i) => <FindingItem key={`${f.rule}-${i}`} finding={f} onSuggestTemplate={onSuggestTemplate} offerTemplate={offering.has(f)} />)}
      </ul>
    </section>
  );
}

export function FindingsList({ findings, onSuggestTemplate }: FindingsListProps) {
  if (findings.length === 0) {
    return (
      <div className="findings findings-empty" role="status">
        <p><strong>{checkText('findings.none')}</strong></p>
        <p>{checkText('findings.noneDetail')}</p>
      </div>
    );
  }
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }));
  // One button per template: thirteen "corrected claim" buttons would bury the list.
  const offering = new Set<Finding>();
  const offered = new Set<TemplateId>();
  for (const f of groups.flatMap((g) => g.items)) {
    if (f.templateId && !offered.has(f.templateId)) { offered.add(f.templateId); offering.add(f); }
  }
  return (
    <div className="findings" aria-label={checkText('findings.title')} role="region">
      {groups.map(({ severity, items }) => (items.length > 0
        ? <FindingGroup key={severity} severity={severity} findings={items} onSuggestTemplate={onSuggestTemplate} offering={offering} />
        : null))}
    </div>
  );
}
