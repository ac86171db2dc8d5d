/**
 * Adds or edits one payer rule. Nothing reaches `onSave` unless `validatePayerRule` accepts it; a
 * refused rule keeps what was typed and shows each problem beside its field (and focuses the first).
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import type { PayerRule } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { PAYER_TYPES } from '@/lib/deadlines/payer-type';
import { checkDraft, draftFromRule, EMPTY_DRAFT, MAX_DAYS, MAX_MONTHS, type DraftErrors, type DraftField, type RuleDraft } from './rule-form';
import { errorMessage } from '@/lib/platform/errors';

const ORDER: DraftField[] = ['label', 'payerType', 'payerMatch', 'filingCount', 'timelyFilingFrom', 'appealDays', 'appealFrom', 'receiptDays', 'secondLevelDays'];

function Field({ id, label, help, error, children }: { id: string; label: string; help?: string; error?: string; children: ReactNode }) {
  return (
    <div className="cs-field">
      <label htmlFor={id}><span>{label}</span></label>
      {children}
      {help && <p id={`${id}-help`} className="muted cs-help">{help}</p>}
      {error && <p id={`${id}-error`} className="cs-error">{error}</p>}
    </div>
  );
}

/** aria-invalid and aria-describedby of a control, from its help and error. */
function described(id: string, help: boolean, error: string | undefined) {
  const ids = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined } as const;
}

export function PayerRuleForm({ rule, start, newId, onSave, onCancel }: {
  /** The rule being edited (possibly a damaged stored one), or null for a new rule. */
  rule: { id: string | null; raw: unknown } | null;
  /** A new rule's starting values (a built-in default being customised). */
  start?: PayerRule;
  newId(): string;
  onSave(rule: PayerRule): Promise<void> | void;
  onCancel(): void;
}) {
  const base = useId();
  const id = (f: string) => `${base}-${f}`;
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<RuleDraft>(() => (rule ? draftFromRule(rule.raw) : start ? draftFromRule(start) : EMPTY_DRAFT));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof RuleDraft>(key: K, value: RuleDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const title = rule ? t('claimsSettings.form.editTitle', { label: draftFromRule(rule.raw).label || '…' }) : t('claimsSettings.form.addTitle');

  async function submit() {
    const checked = checkDraft(draft, rule?.id || newId());
    setErrors(checked.errors);
    setFailure(null);
    if (!checked.rule) {
      const first = ORDER.find((f) => checked.errors[f]);
      if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(id(first))}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSave(checked.rule);
    } catch (e) {
      setFailure(t('claimsSettings.user.saveFailed', { error: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  }

  const invalid = Object.keys(errors).length > 0;
  return (
    <form ref={formRef} className="cs-form" aria-label={title} noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h4>{title}</h4>
      {invalid && <p role="alert" className="cs-error">{t('claimsSettings.form.invalid')}{errors.rule ? ` ${errors.rule}` : ''}</p>}
      <Field id={id('label')} label={t('claimsSettings.form.label')} help={t('claimsSettings.form.labelHelp')} error={errors.label}>
        <input type="text" autoComplete="off" value={draft.label} onChange={(e) => set('label', e.target.value)} {...described(id('label'), true, errors.label)} />
      </Field>
      <Field id={id('payerType')} label={t('claimsSettings.form.payerType')} help={t('claimsSettings.form.payerTypeHelp')} error={errors.payerType}>
        <select value={draft.payerType} onChange={(e) => set('payerType', e.target.value as RuleDraft['payerType'])} {...described(id('payerType'), true, errors.payerType)}>
          <option value="">{t('claimsSettings.form.payerType.any')}</option>
          {PAYER_TYPES.map((type) => <option key={type} value={type}>{t(`payerType.${type}`)}</option>)}
        </select>
      </Field>
      <Field id={id('payerMatch')} label={t('claimsSettings.form.payerMatch')} help={t('claimsSettings.form.payerMatchHelp')} error={errors.payerMatch}>
        <input type="text" autoComplete="off" spellCheck={false} value={draft.payerMatch} onChange={(e) => set('payerMatch', e.target.value)} {...described(id('payerMatch'), true, errors.payerMatch)} />
      </Field>
      <Field id={id('filingCount')} label={t('claimsSettings.form.filingCount')} error={errors.filingCount}>
        <span className="cs-inline">
          <input type="number" inputMode="numeric" min={1} max={draft.filingUnit === 'months' ? MAX_MONTHS : MAX_DAYS} step={1} value={draft.filingCount}
            onChange={(e) => set('filingCount', e.target.value)} {...described(id('filingCount'), false, errors.filingCount)} />
          <select aria-label={t('claimsSettings.form.filingUnit')} value={draft.filingUnit} onChange={(e) => set('filingUnit', e.target.value as RuleDraft['filingUnit'])}>
            <option value="days">{t('claimsSettings.form.unit.days')}</option>
            <option value="months">{t('claimsSettings.form.unit.months')}</option>
          </select>
        </span>
      </Field>
      <Field id={id('timelyFilingFrom')} label={t('claimsSettings.form.filingFrom')} error={errors.timelyFilingFrom}>
        <select value={draft.timelyFilingFrom} onChange={(e) => set('timelyFilingFrom', e.target.value as RuleDraft['timelyFilingFrom'])} {...described(id('timelyFilingFrom'), false, errors.timelyFilingFrom)}>
          <option value="dos">{t('claimsSettings.form.from.dos')}</option>
          <option value="discharge">{t('claimsSettings.form.from.discharge')}</option>
        </select>
      </Field>
      <Field id={id('appealDays')} label={t('claimsSettings.form.appealDays')} error={errors.appealDays}>
        <input type="number" inputMode="numeric" min={1} max={MAX_DAYS} step={1} value={draft.appealDays} onChange={(e) => set('appealDays', e.target.value)} {...described(id('appealDays'), false, errors.appealDays)} />
      </Field>
      <Field id={id('appealFrom')} label={t('claimsSettings.form.appealFrom')} help={t('claimsSettings.form.appealFromHelp')} error={errors.appealFrom}>
        <select value={draft.appealFrom} onChange={(e) => set('appealFrom', e.target.value as RuleDraft['appealFrom'])} {...described(id('appealFrom'), true, errors.appealFrom)}>
          <option value="determination">{t('claimsSettings.form.appealFrom.determination')}</option>
          <option value="paidDate">{t('claimsSettings.form.appealFrom.paidDate')}</option>
        </select>
      </Field>
      <Field id={id('receiptDays')} label={t('claimsSettings.form.receiptDays')} help={t('claimsSettings.form.receiptDaysHelp')} error={errors.receiptDays}>
        <input type="number" inputMode="numeric" min={0} max={30} step={1} value={draft.receiptDays} onChange={(e) => set('receiptDays', e.target.value)} {...described(id('receiptDays'), true, errors.receiptDays)} />
      </Field>
      <Field id={id('secondLevelDays')} label={t('claimsSettings.form.secondLevel')} help={t('claimsSettings.form.secondLevelHelp')} error={errors.secondLevelDays}>
        <input type="number" inputMode="numeric" min={1} max={MAX_DAYS} step={1} value={draft.secondLevelDays} onChange={(e) => set('secondLevelDays', e.target.value)} {...described(id('secondLevelDays'), true, errors.secondLevelDays)} />
      </Field>
      {failure && <p role="alert" className="cs-error">{failure}</p>}
      <p className="cs-actions">
        <button type="submit" className="primary" disabled={busy}>{t('claimsSettings.form.save')}</button>{' '}
        <button type="button" onClick={onCancel}>{t('claimsSettings.form.cancel')}</button>
      </p>
    </form>
  );
}
