/** Codes inside the detail view (hierarchy, notes, crosswalk) open that code's detail. */
import type { ReactNode } from 'react';
import type { CodeSystem, CodeTables } from '@/lib/codes/types';
import { t } from '@/lib/platform/i18n';
import type { CodeRef } from '@/lib/lookup/storage';
import { noteTarget } from './detail-model';

export function CodeLink({ codeRef, label, onOpen }: { codeRef: CodeRef; label?: string; onOpen(ref: CodeRef): void }) {
  return (
    <button type="button" className="lk-link" title={t('lookup.detail.open', { code: codeRef.code })} onClick={() => onOpen(codeRef)}>
      {label ?? codeRef.code}
    </button>
  );
}

/**
 * A note's text with each code it cites as a link ("type 1 diabetes mellitus (E10.-)"). Codes the
 * tables do not hold stay plain text; a cited code missing from the text is linked after it.
 */
export function NoteText({ text, codes, tables, system = 'icd10cm', onOpen }: { text: string; codes: string[]; tables: CodeTables; system?: CodeSystem; onOpen(ref: CodeRef): void }) {
  const parts: ReactNode[] = [];
  let rest = text;
  const trailing: ReactNode[] = [];
  codes.forEach((printed, k) => {
    const target = noteTarget(tables, printed, system);
    const at = rest.indexOf(printed);
    const node = target ? <CodeLink key={`c${k}`} codeRef={target} label={printed} onOpen={onOpen} /> : printed;
    if (at < 0) {
      if (target) trailing.push(' ', node);
      return;
    }
    parts.push(rest.slice(0, at), node);
    rest = rest.slice(at + printed.length);
  });
  parts.push(rest, ...trailing);
  return <>{parts}</>;
}
