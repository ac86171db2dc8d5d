/**
 * "One letter per denial": on a claim with several denials, the Templates tab lists each denial
 * (group + CARC, its remarks and lines) with the letter that answers it; choosing one fills that
 * letter with that denial's lines only.
 */
import { t } from '@/lib/platform/i18n';
import type { DenialGroup } from '@/lib/checks/next-actions';
import './next-actions.css';

export interface LettersForDenialsProps {
  denials: readonly DenialGroup[];
  /** The denial whose letter is open, if any. */
  activeKey: string | null;
  templateName(id: string): string;
  onChoose(denial: DenialGroup): void;
}

export function LettersForDenials({ denials, activeKey, templateName, onChoose }: LettersForDenialsProps) {
  const answerable = denials.filter((d) => d.action !== null);
  if (answerable.length === 0) return null;
  return (
    <section className="letters-for-denials" aria-labelledby="letters-for-denials-title">
      <h2 id="letters-for-denials-title">{t('letters.title', { count: answerable.length })}</h2>
      <ul>
        {answerable.map((d) => (
          <li key={d.key} data-denial={d.key}>
            <button type="button" className={d.key === activeKey ? 'active' : undefined} aria-pressed={d.key === activeKey} onClick={() => onChoose(d)}>
              <code>{[d.key, ...d.remarks].join(' ')}</code>
              {' · '}{t('actions.lines', { count: d.lines.length, list: d.lines.map((l) => l + 1).join(', ') })}
              {' → '}{d.templateId ? templateName(d.templateId) : t('letters.none')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
