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
import { foldFindings, type FoldedFinding } from '@/lib/checks/fold';
import './findings.css';

export interface FindingsListProps {
  findings: Finding[];
  onSuggestTemplate?(templateId: TemplateId): void;
}

const DEADLINE_RULES: ReadonlySet<string> = new Set(['timely-filing', 'appeal-window']);

function whereLabel(where: Where, lines?: number[]): string {
  if (lines && lines.length > 1) return checkText('findings.where.lines', { lines: lines.map((l) => l + 1).join(', ') });
  if ('claim' in where) return checkText('findings.where.claim');
  if ('diagnosis' in where) return checkText('findings.where.diagnosis', { letter: diagnosisLetter(where.diagnosis) });
  return checkText('findings.where.line', { n: where.line + 1 });
}

type ItemProps = { card: FoldedFinding; onSuggestTemplate?: FindingsListProps['onSuggestTemplate']; offerTemplate: boolean };

function FindingItem({ card, onSuggestTemplate, offerTemplate }: ItemProps) {
  const { finding } = card;
  const { message, fix, source } = localizeFinding(finding);
  const templateId = offerTemplate ? finding.templateId : null;
  const actions = playbookActions(finding);
  return (
    // The id lets the next-actions box link to this card (lib/checks/fold.ts findingAnchor).
    <li id={`finding-${card.indexes[0]}`} className={`finding finding-${finding.severity}`} data-rule={finding.rule} data-severity={finding.severity}>
      <p className="finding-head">
        <span className="finding-where">
          {card.lines.length > 1 ? checkText('findings.where.lines', { lines: card.lines.map((l) => l + 1).join(', ') }) : whereLabel(finding.where, finding.lines)}
        </span>
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
  cards: FoldedFinding[];
  onSuggestTemplate?: FindingsListProps['onSuggestTemplate'];
  /** Findings that carry their template's button: the first of each template, most severe first. */
  offering: ReadonlySet<Finding>;
}

function FindingGroup({ severity, cards, onSuggestTemplate, offering }: GroupProps) {
  const headingId = useId();
  return (
    <section className={`findings-group findings-group-${severity}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{checkText(`findings.group.${severity}`, { count: cards.length })}</h3>
      <ul>
        {cards.map((c) => <FindingItem key={c.indexes[0]} card={c} onSuggestTemplate={onSuggestTemplate} offerTemplate={offering.has(c.finding)} />)}
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
  // Each explanation once, with the lines it applies to.
  const folded = foldFindings(findings);
  const groups = SEVERITIES.map((severity) => ({ severity, items: folded.filter((c) => c.finding.severity === severity) }));
  // One button per template: thirteen "corrected claim" buttons would bury the list.
  const offering = new Set<Finding>();
  const offered = new Set<TemplateId>();
  for (const f of groups.flatMap((g) => g.items.map((c) => c.finding))) {
    // A deadline never picks the letter: only a line's denial does (issue 18).
    if (DEADLINE_RULES.has(f.rule)) continue;
    if (f.templateId && !offered.has(f.templateId)) { offered.add(f.templateId); offering.add(f); }
  }
  return (
    <div className="findings" aria-label={checkText('findings.title')} role="region">
      {groups.map(({ severity, items }) => (items.length > 0
        ? <FindingGroup key={severity} severity={severity} cards={items} onSuggestTemplate={onSuggestTemplate} offering={offering} />
        : null))}
    </div>
  );
}
