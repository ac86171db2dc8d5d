/**
 * Settings: "Auto-lock after N minutes". A value outside the bounds is refused with a message and
 * nothing is saved (the lock is a safeguard; guessing what the user meant would weaken it).
 */
import { useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/platform/i18n';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, parseIdleMinutes } from '@/lib/notes/session';
import { ActionLines } from './ActionLines';
import { useAction } from './use-action';

interface Props {
  value: number;
  /** Stores the minutes (already validated). */
  onSave(minutes: number): Promise<void>;
}

export function IdleLockSettings({ value, onSave }: Props) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [invalid, setInvalid] = useState(false);
  const action = useAction();
  const bounds = { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES };

  function submit(e: FormEvent) {
    e.preventDefault();
    const minutes = parseIdleMinutes(text);
    setInvalid(minutes === null);
    if (minutes === null) return;
    void action.run(async () => {
      await onSave(minutes);
      setText(String(minutes));
      return t('notes.settings.saved', { minutes });
    });
  }

  return (
    <form className="notes-card" onSubmit={submit} noValidate>
      <div className="notes-field">
        <label htmlFor={`${id}-idle`}>{t('notes.settings.idle')}</label>
        <input
          id={`${id}-idle`} type="number" inputMode="numeric" min={MIN_IDLE_MINUTES} max={MAX_IDLE_MINUTES} step={1}
          value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-help`} aria-invalid={invalid}
          style={{ maxWidth: '8rem' }}
        />
        <p id={`${id}-help`} className="muted">{t('notes.settings.idleHelp', bounds)}</p>
      </div>
      <ActionLines status={invalid ? null : action.status} error={invalid ? t('notes.settings.invalid', bounds) : action.error} />
      <button type="submit" disabled={action.busy}>{t('notes.settings.save')}</button>
    </form>
  );
}
