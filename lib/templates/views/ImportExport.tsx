/**
 * Import a template file (all or nothing; every problem listed) and export the user's templates.
 * Reading the file happens here; saving and downloading are the shell's.
 */
import { useState } from 'react';
import { t } from '@/lib/platform/i18n';
import type { ImportResult, Issue } from '@/lib/templates';
import { errorMessage } from '@/lib/platform/errors';
import { LIMITS } from '@/lib/templates';

const lines = (issues: Issue[]): string[] => issues.map((i) => t(i.key, i.params));

export function ImportExport({ onImport, onExport }: { onImport(json: string): Promise<ImportResult>; onExport(): void }) {
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  async function importFile(file: File | undefined): Promise<void> {
    if (!file) return;
    // Refused before reading: the size is known without loading the file into memory.
    if (file.size > LIMITS.fileChars) {
      setMessage({ ok: false, lines: [t('templates.error.fileTooLarge')] });
      return;
    }
    try {
      const result = await onImport(await file.text());
      setMessage(result.ok
        ? { ok: true, lines: [t('templates.import.done', { added: result.added, replaced: result.replaced }), ...lines(result.warnings)] }
        : { ok: false, lines: lines(result.errors) });
    } catch (err) {
      setMessage({ ok: false, lines: [t('templates.import.failed', { message: errorMessage(err) })] });
    }
  }

  return (
    <details className="tpl-import-export">
      <summary>{t('templates.importExport')}</summary>
      <div className="tpl-actions">
        <label className="tpl-field">
          <span>{t('templates.action.import')}</span>
          <input type="file" accept="application/json,.json" onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} />
        </label>
        <button type="button" onClick={onExport}>{t('templates.action.export')}</button>
      </div>
      {message && (
        <ul role={message.ok ? 'status' : 'alert'} className={message.ok ? 'tpl-ok' : 'tpl-errors'}>
          {message.lines.map((line, i) => <li key={i}>{line}</li>)}
        </ul>
      )}
    </details>
  );
}
