/**
 * The editor for one user template in one language: name, body, denial codes, with the list of
 * variables and filters as help and a warning for variables nothing can fill.
 */
import { useState } from 'react';
import { t, type Locale } from '@/lib/platform/i18n';
import {
  FILTERS, VARIABLES, checkTemplate, unknownVariables, type Issue, type Template,
} from '@/lib/templates';
import { variableLabel } from './MissingValues';
import { errorMessage } from '@/lib/platform/errors';

export function TemplateEditor({ template, language, onSave, onCancel }: {
  /** The user template being edited (a new one has an id already). */
  template: Template;
  /** Which language's name and body are edited; the other language is kept as it is. */
  language: Locale;
  onSave(template: Template): Promise<void> | void;
  onCancel(): void;
}) {
  const [name, setName] = useState(template.name[language] || template.name[language === 'en' ? 'fr' : 'en']);
  const [body, setBody] = useState(template.body[language] || template.body[language === 'en' ? 'fr' : 'en']);
  const [codes, setCodes] = useState(template.denialCodes.join(', '));
  const [errors, setErrors] = useState<Issue[]>([]);
  const [saving, setSaving] = useState(false);

  const draft: Template = {
    ...template,
    name: { ...template.name, [language]: name },
    body: { ...template.body, [language]: body },
    denialCodes: codes.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()),
  };
  const unknown = unknownVariables({ body: { en: draft.body[language], fr: '' } });

  async function save(): Promise<void> {
    const checked = checkTemplate(draft, name || template.id);
    setErrors(checked.errors);
    if (!checked.template) return;
    setSaving(true);
    try {
      await onSave(checked.template);
    } catch (err) {
      setErrors([{ key: 'templates.error.saveFailed', params: { message: errorMessage(err) } }]);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="tpl-editor" aria-label={t('templates.editor')} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label className="tpl-field">
        <span>{t('templates.editor.name')}</span>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="tpl-field">
        <span>{t('templates.editor.body', { language: t(`templates.language.${language}`) })}</span>
        <textarea rows={14} value={body} onChange={(e) => setBody(e.target.value)} spellCheck />
      </label>
      <label className="tpl-field">
        <span>{t('templates.editor.codes')}</span>
        <input type="text" value={codes} placeholder="CO-50, CO-151" onChange={(e) => setCodes(e.target.value)} />
      </label>
      {unknown.length > 0 && <p className="tpl-note" role="status">{t('templates.editor.unknown', { names: unknown.join(', ') })}</p>}
      {errors.length > 0 && (
        <ul className="tpl-errors" role="alert">
          {errors.map((e, i) => <li key={i}>{t(e.key, e.params)}</li>)}
        </ul>
      )}
      <details className="tpl-help">
        <summary>{t('templates.editor.help')}</summary>
        <p>{t('templates.editor.syntax')}</p>
        <dl>
          {VARIABLES.map((v) => (
            <div key={v.name}>
              <dt><code>{`{{${v.name}}}`}</code></dt>
              <dd>
                {variableLabel(v.name)}
                {FILTERS[v.type].length > 0 && ` (${FILTERS[v.type].map((f) => `|${f}`).join(' ')})`}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="tpl-actions">
        <button type="submit" className="primary" disabled={saving}>{t('templates.action.saveTemplate')}</button>
        <button type="button" onClick={onCancel}>{t('templates.action.cancel')}</button>
      </div>
    </form>
  );
}
