/**
 * Options section: the practice details letters are signed with, and how long a copied letter may
 * stay in the clipboard. Props in, callback out; the options page stores them (not PHI).
 */
import { useState } from 'react';
import { t } from '@/lib/platform/i18n';
import {
  CLIPBOARD_CLEAR_MAX_SECONDS, checkPracticeSettings, clampClipboardSeconds, normalizePracticeSettings,
} from '@/lib/templates/practice';
import type { Issue, PracticeSettings } from '@/lib/templates';
import { errorMessage } from '@/lib/platform/errors';
// The options page shows this form without the Templates tab: it brings its own layout.
import './templates.css';

type Field = keyof PracticeSettings;
const FIELDS: { name: Field; multiline?: boolean; autoComplete?: string }[] = [
  { name: 'providerName', autoComplete: 'organization' },
  { name: 'npi' },
  { name: 'taxId' },
  { name: 'address', multiline: true, autoComplete: 'street-address' },
  { name: 'phone', autoComplete: 'tel' },
  { name: 'signature', multiline: true },
];

export function PracticeSettingsForm({ value, clipboardSeconds, onSave }: {
  value: PracticeSettings;
  clipboardSeconds: number;
  onSave(value: PracticeSettings, clipboardSeconds: number): Promise<void> | void;
}) {
  const [draft, setDraft] = useState<PracticeSettings>(value);
  const [seconds, setSeconds] = useState(String(clipboardSeconds));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  async function save(): Promise<void> {
    const normalized = normalizePracticeSettings(draft);
    const found = checkPracticeSettings(normalized);
    setIssues(found);
    setSaved(null);
    if (found.length > 0) return;
    try {
      await onSave(normalized, clampClipboardSeconds(Number(seconds)));
      setDraft(normalized);
      setSaved(t('templates.practice.saved'));
    } catch (err) {
      setIssues([{ key: 'templates.error.saveFailed', params: { message: errorMessage(err) } }]);
    }
  }

  return (
    <form className="tpl-practice" aria-label={t('templates.practice.title')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h2>{t('templates.practice.title')}</h2>
      <p className="tpl-note">{t('templates.practice.intro')}</p>
      {FIELDS.map(({ name, multiline, autoComplete }) => (
        <label key={name} className="tpl-field">
          <span>{t(`templates.practice.${name}`)}</span>
          {multiline ? (
            <textarea rows={3} value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
          ) : (
            <input type="text" autoComplete={autoComplete ?? 'off'} value={draft[name] ?? ''} onChange={(e) => setDraft({ ...draft, [name]: e.target.value })} />
          )}
        </label>
      ))}
      <label className="tpl-field">
        <span>{t('templates.practice.clipboardSeconds')}</span>
        <input type="number" min={0} max={CLIPBOARD_CLEAR_MAX_SECONDS} step={1} value={seconds} onChange={(e) => setSeconds(e.target.value)} />
      </label>
      <p className="tpl-note">{t('templates.practice.clipboardHelp')}</p>
      {issues.length > 0 && (
        <ul className="tpl-errors" role="alert">
          {issues.map((i, n) => <li key={n}>{t(i.key, i.params)}</li>)}
        </ul>
      )}
      <button type="submit" className="primary">{t('templates.practice.save')}</button>
      <p role="status" className="tpl-ok">{saved ?? ''}</p>
    </form>
  );
}
