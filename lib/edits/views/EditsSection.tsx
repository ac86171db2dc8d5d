/** Options section "NCCI edits": the import control wired to the store; follows imports made in another options tab. */
import { useEffect, useState } from 'react';
import { t } from '@/lib/platform/i18n';
import { errorMessage } from '@/lib/platform/errors';
import { editsChanged, importEditsFiles, listEditsFiles, removeEditsFile } from '@/lib/edits/local';
import type { EditFileMeta } from '@/lib/edits/tables';
import { EditsImport } from './EditsImport';

export function EditsSection() {
  const [files, setFiles] = useState<EditFileMeta[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const refresh = () => void listEditsFiles().then((f) => { setFiles(f); setError(null); }, (e: unknown) => setError(errorMessage(e)));
    refresh();
    return editsChanged.watch(refresh);
  }, []);

  return (
    <section aria-labelledby="edits-title">
      <h2 id="edits-title">{t('edits.title')}</h2>
      {error && <p role="alert">{t('edits.loadFailed', { error })}</p>}
      <EditsImport
        files={files}
        onImport={async (sources, options) => {
          const outcome = await importEditsFiles(sources, options);
          setFiles(await listEditsFiles());
          return outcome;
        }}
        onRemove={async (id) => {
          await removeEditsFile(id);
          setFiles(await listEditsFiles());
        }}
      />
    </section>
  );
}
