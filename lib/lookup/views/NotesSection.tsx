/**
 * ICD-10-CM tabular instructional notes of a code (ICD-10-CM Official Guidelines, section I.A.12
 * and I.A.13: Excludes1, Excludes2, code first, use additional code, code also), with the source
 * release named wherever notes appear.
 */
import type { CodeTables, Icd10Notes, NoteItem } from '@/lib/codes/types';
import { t, tOr } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { CodeLink, NoteText } from './CodeLink';
import type { NoteKind } from './detail-model';

const KINDS: { kind: NoteKind; field: keyof Pick<Icd10Notes, NoteKind>; key: string }[] = [
  { kind: 'excludes1', field: 'excludes1', key: 'excludes1' },
  { kind: 'excludes2', field: 'excludes2', key: 'excludes2' },
  { kind: 'codeFirst', field: 'codeFirst', key: 'codeFirst' },
  { kind: 'useAdditionalCode', field: 'useAdditionalCode', key: 'useAdditional' },
  { kind: 'codeAlso', field: 'codeAlso', key: 'codeAlso' },
];

export interface NotesSectionProps {
  tables: CodeTables;
  notes: Icd10Notes | null;
  inherited: Partial<Record<NoteKind, string[]>>;
  onOpen(ref: CodeRef): void;
}

function InheritedFrom({ codes, tables, onOpen }: { codes: string[]; tables: CodeTables; onOpen(ref: CodeRef): void }) {
  return (
    <p className="lk-hint">
      {t('lookup.notes.inheritedFrom')}{' '}
      {codes.map((code, i) => {
        const entry = tables.get('icd10cm', code);
        // "chapter 4": notes that apply to a whole chapter are cited by name, not as a code.
        const shown = entry ? <CodeLink codeRef={{ system: 'icd10cm', code: entry.code }} onOpen={onOpen} /> : code.replace(/^chapter/, t('lookup.notes.chapter'));
        return (
          <span key={code}>
            {i > 0 && ', '}
            {shown}
          </span>
        );
      })}
    </p>
  );
}

function NoteList({ items, tables, onOpen }: { items: NoteItem[]; tables: CodeTables; onOpen(ref: CodeRef): void }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          <NoteText text={item.text} codes={item.codes} tables={tables} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

export function NotesSection({ tables, notes, inherited, onOpen }: NotesSectionProps) {
  const groups = KINDS.filter(({ field }) => (notes?.[field].length ?? 0) > 0);
  const empty = !notes || (notes.inclusionTerms.length === 0 && groups.length === 0);
  return (
    <section className="lk-section" aria-label={t('lookup.notes.heading')}>
      <h3>{t('lookup.notes.heading')}</h3>
      {empty ? (
        <p className="muted">{t('lookup.notes.none')}</p>
      ) : (
        <>
          {notes.inclusionTerms.length > 0 && (
            <div className="lk-note-group">
              <h4>{t('lookup.notes.inclusion')}</h4>
              <ul>
                {notes.inclusionTerms.map((term) => <li key={term}>{term}</li>)}
              </ul>
            </div>
          )}
          {groups.map(({ kind, field, key }) => (
            <div key={kind} className={`lk-note-group lk-note-${kind}`} role="group" aria-label={tOr(`lookup.notes.${key}`, key)}>
              <h4>{tOr(`lookup.notes.${key}`, key)}</h4>
              <p className="lk-hint">{tOr(`lookup.notes.${key}.hint`, '')}</p>
              <NoteList items={notes[field]} tables={tables} onOpen={onOpen} />
              {inherited[kind] && <InheritedFrom codes={inherited[kind]} tables={tables} onOpen={onOpen} />}
            </div>
          ))}
        </>
      )}
      {notes && <p className="lk-source">{t('lookup.notes.source', { source: notes.source })}</p>}
    </section>
  );
}
