/**
 * Shown when the portal field is shorter than the letter: says how much would be cut and shows the
 * cut text. Nothing is inserted until the user chooses to shorten the letter or to cut explicitly.
 */
import { t } from '@/lib/platform/i18n';

export interface MaxLengthProblem {
  maxLength: number;
  wouldCut: string;
  fits: string;
  limitSource: 'attribute' | 'counter';
}

export function MaxLengthWarning({ problem, busy, onInsertCut, onDismiss }: {
  problem: MaxLengthProblem;
  busy: boolean;
  onInsertCut(): void;
  onDismiss(): void;
}) {
  return (
    <div className="tpl-warning" role="alert">
      <p>
        {t(problem.limitSource === 'counter' ? 'templates.maxlength.counter' : 'templates.maxlength.attribute', {
          max: problem.maxLength, cut: problem.wouldCut.length,
        })}
      </p>
      <p>{t('templates.maxlength.wouldCut')}</p>
      <pre className="tpl-cut" aria-label={t('templates.maxlength.cutText')}>{problem.wouldCut}</pre>
      <div className="tpl-actions">
        <button type="button" disabled={busy} onClick={onInsertCut}>{t('templates.action.insertCut')}</button>
        <button type="button" onClick={onDismiss}>{t('templates.action.shorten')}</button>
      </div>
    </div>
  );
}
