/** A passphrase input with its label; `guidance` shows live strength advice under it. */
import { useId } from 'react';
import { t } from '@/lib/platform/i18n';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '@/lib/notes/passphrase';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete: 'current-password' | 'new-password';
  guidance?: boolean;
  autoFocus?: boolean;
}

export function PassphraseField({ label, value, onChange, autoComplete, guidance = false, autoFocus = false }: Props) {
  const id = useId();
  const strength = passphraseStrength(value);
  return (
    <div className="notes-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        spellCheck={false}
        aria-describedby={guidance ? `${id}-strength` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {guidance && (
        <p id={`${id}-strength`} className={`notes-strength notes-strength-${strength}`} aria-live="polite">
          {value ? t(`notes.strength.${strength}`, { min: MIN_PASSPHRASE_LENGTH }) : t('notes.strength.tip')}
        </p>
      )}
    </div>
  );
}
