/** Search across every claim's notes while unlocked (decrypted in memory, never indexed in clear). */
import { useId, useState, type FormEvent } from 'react';
import { t } from '@/lib/platform/i18n';
import type { SearchResult } from '@/lib/notes/search';
import type { NotesService } from '@/lib/notes/service';
import { useEffect } from 'react';
import type { IndexStatus } from '@/lib/notes/service';
import { NoteCard } from './NoteCard';

export function SearchPanel({ service, onChanged, onError }: { service: NotesService; onChanged(): void; onError(error: unknown): void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchResult | null>(null);
  const [index, setIndex] = useState<IndexStatus>(() => service.indexStatus());

  // After the panel has drawn: build the in-memory index of every note, with progress.
  useEffect(() => {
    const unwatch = service.watchIndex(setIndex);
    void service.buildIndex().then(setIndex, () => undefined);
    return unwatch;
  }, [service]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      setResult(await service.search(query));
    } catch (err) {
      onError(err);
    }
  }

  return (
    <section className="notes-card" aria-labelledby={`${id}-label`}>
      <form role="search" onSubmit={(e) => void submit(e)} className="notes-row">
        <label id={`${id}-label`} htmlFor={`${id}-q`}>{t('notes.search.label')}</label>
        <input id={`${id}-q`} type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">{t('notes.search.submit')}</button>
      </form>
      {index.state === 'building' && (
        <p className="muted" role="status">
          {t('notes.index.building', { loaded: index.loaded, total: index.total })}{' '}
          <button type="button" onClick={() => service.cancelIndex()}>{t('notes.index.cancel')}</button>
        </p>
      )}
      {index.state === 'cancelled' && <p className="muted">{t('notes.index.cancelled')}</p>}
      {result && (
        <div aria-live="polite">
          <p className="muted">{result.notes.length === 0 ? t('notes.search.none') : t('notes.search.results', { count: result.total ?? result.notes.length })}</p>
          {result.total !== undefined && result.total > result.notes.length && <p className="muted">{t('notes.search.newestShown', { shown: result.notes.length })}</p>}
          {result.truncated && <p className="muted">{t('notes.search.truncated')}</p>}
          {result.failed > 0 && <p role="alert" className="notes-error">{t('notes.list.failed', { count: result.failed })}</p>}
          {result.notes.map((n) => <NoteCard key={`${n.id}:${n.revisionId}`} note={n} service={service} onChanged={onChanged} onError={onError} showClaim />)}
        </div>
      )}
    </section>
  );
}
