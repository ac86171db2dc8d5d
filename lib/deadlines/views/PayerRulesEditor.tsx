/**
 * The user's own payer rules: listed in the order they are tried (first match wins), each with
 * edit, delete and move up/down; an add form; the built-in defaults below; a tester.
 *
 * `rules` is the stored value as it is: a rule broken by hand-editing or an older version is shown
 * as "not used until fixed" rather than dropped. Every change hands the whole new list to `onSave`,
 * only when every rule in it passes `validatePayerRules`.
 */
import { useState } from 'react';
import { validatePayerRule, validatePayerRules, type PayerRule } from '@/lib/deadlines';
import { t } from '@/lib/platform/i18n';
import { DefaultPayerRules } from './DefaultPayerRules';
import { appealText, filingText, matchText, ruleName } from './describe-rule';
import { PayerRuleForm } from './PayerRuleForm';
import { PayerRuleTester } from './PayerRuleTester';
import { storedRuleProblems } from './rule-form';
import { errorMessage } from '@/lib/platform/errors';

// Editing and deleting follow a rule by key, so a list changed meanwhile (another options tab) cannot
// redirect them to another rule.
type Editing = { mode: 'add'; start?: PayerRule } | { mode: 'edit'; key: string } | null;

const fieldOf = (raw: unknown, key: string): unknown => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined);
const idOf = (raw: unknown): string | null => {
  const id = fieldOf(raw, 'id');
  return typeof id === 'string' && id.trim() ? id : null;
};

function displayName(raw: unknown, index: number): string {
  const label = fieldOf(raw, 'label');
  return typeof label === 'string' && label.trim() ? label.trim() : t('claimsSettings.user.unnamed', { n: index + 1 });
}

function RuleSummary({ raw }: { raw: unknown }) {
  const { rule } = validatePayerRule(raw);
  const problems = rule ? [] : storedRuleProblems(raw);
  if (!rule) {
    return (
      <div className="cs-broken">
        <p className="cs-error">{t('claimsSettings.user.broken')}</p>
        <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
      </div>
    );
  }
  return (
    <ul className="cs-summary">
      <li>{t('claimsSettings.user.matches', { pattern: matchText(rule) })}</li>
      <li>{t('claimsSettings.tester.filing', { text: filingText(rule) })}</li>
      <li>{t('claimsSettings.tester.appeal', { text: appealText(rule) })}</li>
    </ul>
  );
}

/** A built-in default as the start of the user's own rule for the same payer type. */
function customized(rule: PayerRule): PayerRule {
  const { labelKey: _l, noteKey: _n, sourceKey: _s, isDefault: _d, ...own } = rule;
  return { ...own, label: t('claimsSettings.defaults.customLabel', { label: ruleName(rule) }) };
}

export function PayerRulesEditor({ rules: stored, onSave, newId = () => crypto.randomUUID() }: {
  /** The stored value as read (normally a PayerRule[]). */
  rules: unknown;
  onSave(rules: PayerRule[]): Promise<void> | void;
  newId?: () => string;
}) {
  const rules: readonly unknown[] = Array.isArray(stored) ? stored : [];
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const usable = validatePayerRules(rules).rules;
  // Key by id so a moved rule keeps its DOM node (and the focus of the button just pressed).
  const keys = rules.map((raw, i) => {
    const id = idOf(raw);
    return id && rules.findIndex((r) => idOf(r) === id) === i ? id : `#${i}`;
  });

  /** Saves the new list when every rule in it is valid; says why not otherwise. */
  async function commit(next: unknown[]): Promise<boolean> {
    setStatus(null);
    setFailure(null);
    const { rules: valid, errors } = validatePayerRules(next);
    if (errors.length > 0) {
      setFailure(t('claimsSettings.user.fixFirst'));
      return false;
    }
    try {
      await onSave(valid);
    } catch (e) {
      setFailure(t('claimsSettings.user.saveFailed', { error: errorMessage(e) }));
      return false;
    }
    setStatus(t('claimsSettings.user.saved'));
    return true;
  }

  async function saveRule(rule: PayerRule) {
    const next = [...rules];
    // A rule deleted meanwhile (in another options tab) is added back: what was just typed is kept.
    const at = editing?.mode === 'edit' ? keys.indexOf(editing.key) : -1;
    if (at >= 0) next[at] = rule;
    else next.push(rule);
    if (await commit(next)) setEditing(null);
  }

  function move(index: number, by: -1 | 1) {
    const next = [...rules];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    void commit(next);
  }

  async function remove(key: string) {
    setDeleting(null);
    await commit(rules.filter((_, i) => keys[i] !== key));
  }

  return (
    <>
      <h4>{t('claimsSettings.user.title')}</h4>
      {stored != null && !Array.isArray(stored) && <p role="alert" className="cs-error">{t('claimsSettings.user.damaged')}</p>}
      {rules.length === 0 ? (
        <p className="muted">{t('claimsSettings.user.none')}</p>
      ) : (
        <ol className="cs-rules" aria-label={t('claimsSettings.user.list')}>
          {rules.map((raw, i) => {
            const name = displayName(raw, i);
            return (
              <li key={keys[i]} aria-label={name}>
                <strong>{name}</strong>
                <RuleSummary raw={raw} />
                {deleting === keys[i] ? (
                  <div role="group" aria-label={t('claimsSettings.user.deleteLabel', { label: name })}>
                    <p>{t('claimsSettings.user.deleteConfirm', { label: name })}</p>
                    <button type="button" className="primary" onClick={() => void remove(keys[i]!)}>{t('claimsSettings.user.deleteYes')}</button>{' '}
                    <button type="button" onClick={() => setDeleting(null)}>{t('claimsSettings.user.deleteNo')}</button>
                  </div>
                ) : (
                  <p className="cs-actions">
                    <button type="button" aria-label={t('claimsSettings.user.editLabel', { label: name })} onClick={() => { setEditing({ mode: 'edit', key: keys[i]! }); setStatus(null); }}>{t('claimsSettings.user.edit')}</button>{' '}
                    <button type="button" aria-label={t('claimsSettings.user.upLabel', { label: name })} disabled={i === 0} onClick={() => move(i, -1)}>{t('claimsSettings.user.up')}</button>{' '}
                    <button type="button" aria-label={t('claimsSettings.user.downLabel', { label: name })} disabled={i === rules.length - 1} onClick={() => move(i, 1)}>{t('claimsSettings.user.down')}</button>{' '}
                    <button type="button" aria-label={t('claimsSettings.user.deleteLabel', { label: name })} onClick={() => setDeleting(keys[i]!)}>{t('claimsSettings.user.delete')}</button>
                  </p>
                )}
                {editing?.mode === 'edit' && editing.key === keys[i] && (
                  <PayerRuleForm key={keys[i]} rule={{ id: idOf(raw), raw }} newId={newId} onSave={saveRule} onCancel={() => setEditing(null)} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {editing?.mode === 'add' ? (
        <PayerRuleForm key={editing.start?.id ?? 'new'} rule={null} start={editing.start} newId={newId} onSave={saveRule} onCancel={() => setEditing(null)} />
      ) : (
        <p><button type="button" onClick={() => { setEditing({ mode: 'add' }); setStatus(null); }}>{t('claimsSettings.user.add')}</button></p>
      )}
      {failure && <p role="alert" className="cs-error">{failure}</p>}
      <p role="status" className="cs-ok">{status ?? ''}</p>
      <PayerRuleTester userRules={usable} />
      <DefaultPayerRules onCustomize={(rule) => { setEditing({ mode: 'add', start: customized(rule) }); setStatus(null); }} />
    </>
  );
}
