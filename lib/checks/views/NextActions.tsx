/**
 * The "Next actions" box at the top of the Claim tab: one row per thing to do (corrected claim or
 * reopening and what to fix, appeal with which lines, which letter and by when, bill the patient,
 * call the payer, write off), each linking to its evidence (the finding cards, the line on the
 * page) and to its letter; routine adjustments folded into one line. The rows come from
 * lib/checks/next-actions.ts; this only words and links them.
 */
import type { Finding } from '@/lib/checks/types';
import { formatDate, formatMoney, t } from '@/lib/platform/i18n';
import type { NextAction, NextActionsResult, RoutineSummary } from '@/lib/checks/next-actions';
import './next-actions.css';

export interface NextActionsProps {
  result: NextActionsResult;
  findings: readonly Finding[];
  /** DOM id of the card showing finding `index` (lib/checks/fold.ts findingAnchor). */
  anchorFor(index: number): string | null;
  templateName(id: string): string;
  /** Opens the letter for these denials, filled with their lines only. */
  onOpenLetter?(action: NextAction): void;
  /** Outlines a line's denial on the portal page. */
  onShowLine?(line: number): void;
}

const lineList = (lines: readonly number[]) => lines.map((l) => l + 1).join(', ');

function linesLabel(lines: readonly number[]): string {
  return lines.length ? t('actions.lines', { count: lines.length, list: lineList(lines) }) : t('actions.claimLevel');
}

function jump(id: string | null) {
  if (!id) return;
  const el = document.getElementById(id);
  el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  // Briefly mark the card so the eye finds it after the scroll.
  el?.classList.add('flash');
  setTimeout(() => el?.classList.remove('flash'), 1500);
}

function Evidence({ action, findings, anchorFor }: { action: NextAction; findings: readonly Finding[]; anchorFor: NextActionsProps['anchorFor'] }) {
  // One link per card: a denial repeated on two lines is one card.
  // The fixes are linked on their own line already: the evidence line names the denial's own cards.
  const seen = new Set<string>(action.fixes.map((i) => anchorFor(i) ?? ''));
  const links = action.evidence.flatMap((i) => {
    const id = anchorFor(i);
    const f = findings[i];
    if (!id || !f || seen.has(id)) return [];
    seen.add(id);
    return [{ id, label: f.code ?? t(`actions.evidence`), title: f.message }];
  });
  if (!links.length) return null;
  return (
    <span className="na-evidence">
      {links.map((l, k) => (
        <span key={l.id}>
          {k > 0 ? ' · ' : ''}
          <a href={`#${l.id}`} title={l.title} onClick={(e) => { e.preventDefault(); jump(l.id); }}><code>{l.label}</code></a>
        </span>
      ))}
    </span>
  );
}

function Row({ action, props }: { action: NextAction; props: NextActionsProps }) {
  const { findings, anchorFor, templateName, onOpenLetter, onShowLine } = props;
  const fixes = action.fixes.map((i) => findings[i]).filter((f): f is Finding => Boolean(f));
  const showLetter = action.kind !== 'bill-patient' && action.kind !== 'write-off';
  const unknown = props.result.denials.some((d) => action.denials.includes(d.key) && !d.entry);
  return (
    <li className={`na-row na-${action.kind}`} data-kind={action.kind} data-lines={lineList(action.lines)}>
      <p className="na-head">
        <strong>{t(`actions.kind.${action.kind}`)}</strong>{' · '}
        <span className="na-lines">{linesLabel(action.lines)}</span>
        {action.denials.length > 0 && <> {' · '}<span className="na-codes">{[...action.denials, ...action.remarks].join(' ')}</span></>}
        {action.amount !== null && <> {' · '}<span className="na-amount">{formatMoney(action.amount)}</span></>}
        {onShowLine && action.lines[0] !== undefined && (
          <button type="button" className="na-show link" aria-label={t('actions.showOnPage', { n: action.lines[0] + 1 })} title={t('actions.showOnPage', { n: action.lines[0] + 1 })} onClick={() => onShowLine(action.lines[0]!)}>{t('actions.onPage')}</button>
        )}
      </p>
      {unknown && <p className="na-note">{t('actions.unknownDenial')}</p>}
      {fixes.length > 0 && (
        <p className="na-fix">
          {t('actions.fix')}:{' '}
          {action.fixes.map((i, k) => {
            const f = findings[i]!;
            const id = anchorFor(i);
            return (
              <span key={i}>
                {k > 0 ? ', ' : ''}
                <a href={id ? `#${id}` : undefined} title={f.message} onClick={(e) => { e.preventDefault(); jump(id); }}>
                  {f.code ? <code>{f.code}</code> : f.message}
                </a>
              </span>
            );
          })}
        </p>
      )}
      {(showLetter || action.due) && (
        <p className="na-letter">
          {showLetter && (action.templateId ? (
            <>
              {t('actions.letter')}:{' '}
              {onOpenLetter
                ? <button type="button" className="link" onClick={() => onOpenLetter(action)}>{templateName(action.templateId)}</button>
                : templateName(action.templateId)}
            </>
          ) : <span className="muted">{t('actions.letter.none')}</span>)}
          {action.due && (
            <span className={action.due.closed ? 'na-due na-due-closed' : 'na-due'}>
              {showLetter ? ' · ' : ''}
              <a href={`#${anchorFor(action.due.finding) ?? ''}`} onClick={(e) => { e.preventDefault(); jump(anchorFor(action.due!.finding)); }}>
                {t(action.due.closed ? 'actions.due.closed' : 'actions.due', { date: formatDate(action.due.date) })}
              </a>
              {' '}({t(`actions.due.rule.${action.due.rule}`)})
            </span>
          )}
          {!action.due && action.kind === 'appeal' && (
            // Never a guessed date: an appeal window counted from nothing would be too generous or too short.
            <span className="na-due na-due-unknown">{' · '}{t('actions.due.unknown')}</span>
          )}
        </p>
      )}
      <p className="na-more">
        <Evidence action={action} findings={findings} anchorFor={anchorFor} />
        {action.alternatives.length > 0 && (
          <span className="na-or">{t('actions.or', { list: action.alternatives.map((k) => t(`actions.kind.${k}`).toLowerCase()).join(', ') })}</span>
        )}
      </p>
    </li>
  );
}

function Routine({ routine }: { routine: RoutineSummary }) {
  const parts = [
    routine.contractual ? t('actions.routine.contractual', { amount: formatMoney(routine.contractual) }) : null,
    routine.patientShare ? t('actions.routine.patient', { amount: formatMoney(routine.patientShare) }) : null,
    routine.sequestration ? t('actions.routine.sequestration', { amount: formatMoney(routine.sequestration) }) : null,
    routine.other ? t('actions.routine.other', { amount: formatMoney(routine.other) }) : null,
  ].filter(Boolean);
  return (
    <li className="na-row na-routine" data-kind="routine">
      <p className="na-head">
        <span className="muted">{t('actions.routine')}</span>{' · '}
        <span className="na-lines">{linesLabel(routine.lines)}</span>{' · '}
        <span className="na-codes">{routine.codes.join(' ')}</span>
      </p>
      {parts.length > 0 && <p className="na-more muted">{parts.join(' · ')}</p>}
    </li>
  );
}

export function NextActions(props: NextActionsProps) {
  const { result } = props;
  return (
    <section className="next-actions" aria-labelledby="next-actions-title">
      <h2 id="next-actions-title">{t('actions.title')}</h2>
      {result.actions.length === 0 && !result.routine ? (
        <p className="muted">{t('actions.none')}</p>
      ) : (
        <ol className="na-list">
          {result.actions.map((a) => <Row key={`${a.kind}|${a.templateId ?? ''}|${a.lines.join(',')}`} action={a} props={props} />)}
          {result.routine && <Routine routine={result.routine} />}
        </ol>
      )}
    </section>
  );
}
