// "Teach the reader" in the side panel's "This looks wrong" view: point a field at its value on the
// page, or mark it "not on this page"; lists and forgets what was taught on this site.
import { useState } from 'react';
import { t, tOr } from '@/lib/platform/i18n';
import { TEACHABLE, type TaughtField, type TeachableField } from '@/lib/reading/teach/mapping';

const LINE_COLUMN: Record<string, string> = { code: 'code', units: 'units', billed: 'billed', allowed: 'allowed', paid: 'paid', dxPointers: 'pointers', remarks: 'remarks' };

export function teachFieldName(field: TeachableField): string {
  if (field.startsWith('line.')) return t('claims.teach.line', { field: tOr(`claims.col.${LINE_COLUMN[field.slice(5)] ?? 'code'}`, field.slice(5)) });
  return field === 'diagnoses' ? t('claims.diagnoses') : tOr(`claims.field.${field}`, field);
}

/** The page's answer to a pick: stored, or refused (no label found, or the text looked like a value). */
export interface PickOutcome {
  field: TeachableField;
  stored: boolean;
  at: number;
}

export interface TeachReaderProps {
  outcome?: PickOutcome | null;
  /** What was taught on this site. */
  taught: readonly TaughtField[];
  /** Asks the page to let the user click the value; resolves false when no frame answered. */
  onPick(field: TeachableField): Promise<boolean>;
  onAbsent(field: TeachableField): void;
  onForget(field: TeachableField): void;
}

export function TeachReader({ taught, outcome = null, onPick, onAbsent, onForget }: TeachReaderProps) {
  const [field, setField] = useState<TeachableField>('paid');
  // A local message (picking, failed) and when it was set; the page's answer shows when it is newer.
  const [local, setLocal] = useState<{ text: string | null; at: number }>({ text: null, at: 0 });
  const setStatus = (text: string | null) => setLocal({ text, at: Date.now() });
  const status = outcome && outcome.at >= local.at
    ? t(outcome.stored ? 'claims.teach.stored' : 'claims.teach.refused', { field: teachFieldName(outcome.field) })
    : local.text;
  return (
    <section className="claim-teach" aria-labelledby="claim-teach-title">
      <h4 id="claim-teach-title">{t('claims.teach.title')}</h4>
      <p>{t('claims.teach.intro')}</p>
      <div className="claim-actions">
        <label>
          {t('claims.teach.field')}{' '}
          <select value={field} onChange={(e) => setField(e.target.value as TeachableField)}>
            {TEACHABLE.map((f) => <option key={f} value={f}>{teachFieldName(f)}</option>)}
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            setStatus(t('claims.teach.picking', { field: teachFieldName(field) }));
            void onPick(field).then((ok) => !ok && setStatus(t('claims.teach.pickFailed')), () => setStatus(t('claims.teach.pickFailed')));
          }}
        >
          {t('claims.teach.pick')}
        </button>
        <button type="button" onClick={() => { setStatus(null); onAbsent(field); }}>{t('claims.teach.absent')}</button>
      </div>
      {status && <p role="status">{status}</p>}
      <h5>{t('claims.teach.taught')}</h5>
      {taught.length === 0 ? <p className="claim-none">{t('claims.teach.none')}</p> : (
        <ul className="claim-taught">
          {taught.map((m) => (
            <li key={m.field}>
              <span>{m.structure === 'absent'
                ? t('claims.teach.ruleAbsent', { field: teachFieldName(m.field) })
                : t('claims.teach.rule', { field: teachFieldName(m.field), label: m.label })}</span>{' '}
              <button type="button" aria-label={t('claims.teach.forgetLabel', { field: teachFieldName(m.field) })} onClick={() => onForget(m.field)}>
                {t('claims.teach.forget')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
