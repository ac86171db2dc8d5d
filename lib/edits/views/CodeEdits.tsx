/**
 * Lookup detail, "NCCI edits on <date>": the code's MUE and its PTP partners in force on the date of
 * service (which codes it bundles, which it is bundled into, with the modifier indicator), and its
 * add-on code primaries. Asks the service worker (which keeps the imported edits loaded); tests
 * give their own answer through EditsLookupContext. Says nothing when no edit file is imported.
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { t, tOr } from '@/lib/platform/i18n';
import { sendMessage } from '@/lib/platform/messaging';
import type { CodeEditsSummary, PartnerRow } from '@/lib/edits/lookup';
import type { EditsLookupRequest } from '@/lib/edits/messages';

export type EditsLookup = (req: EditsLookupRequest) => Promise<CodeEditsSummary>;

export const EditsLookupContext = createContext<EditsLookup>((req) => sendMessage('edits.lookup', req));

const table = (s: string) => tOr(`edits.table.${s}`, s);

function Partners({ title, rows }: { title: string; rows: PartnerRow[] }) {
  if (rows.length === 0) return null;
  return (
    <details>
      <summary>{title}</summary>
      <ul className="lk-edits-partners">
        {rows.map((r) => (
          <li key={r.code} title={r.rationale}>
            <span className="lk-code">{r.code}</span> <span className="muted">({t('edits.lookup.ind', { ind: r.indicator })})</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function CodeEdits({ code, dos }: { code: string; dos: string }) {
  const lookup = useContext(EditsLookupContext);
  // The answer is kept with the question it answers, so a new code or date never shows the old answer.
  const [state, setState] = useState<{ key: string; summary: CodeEditsSummary | null } | null>(null);
  const key = `${code}|${dos}`;
  useEffect(() => {
    let alive = true;
    // The lookup has no claim type: the practitioner tables (and DME MUEs) answer, as for professional claims.
    lookup({ code, dos, setting: 'practitioner' }).then(
      (summary) => { if (alive) setState({ key: `${code}|${dos}`, summary }); },
      () => { if (alive) setState({ key: `${code}|${dos}`, summary: null }); },
    );
    return () => { alive = false; };
  }, [lookup, code, dos]);

  const summary = state?.key === key ? state.summary : null;
  if (!summary?.available) return null;
  return (
    <section className="lk-section" aria-label={t('edits.lookup.title', { dos })}>
      <h3>{t('edits.lookup.title', { dos })}</h3>
      <p>{summary.mue
        ? t('edits.lookup.mue', { table: table(summary.mue.table), value: summary.mue.value, mai: summary.mue.mai, maiText: t(`edits.lookup.mai.${summary.mue.mai}`), quarter: summary.mue.quarter, file: summary.mue.file })
        : t('edits.lookup.mueNone', { table: table(summary.setting) })}</p>
      {summary.aoc && <p>{t('edits.lookup.addon', { type: summary.aoc.type, primaries: summary.aoc.primaries.join(', ') || '—' })}</p>}
      {summary.asColumn1.length === 0 && summary.asColumn2.length === 0
        ? <p className="muted">{t('edits.lookup.none')}</p>
        : (
          <>
            <Partners title={t('edits.lookup.col1', { count: summary.asColumn1.length })} rows={summary.asColumn1} />
            <Partners title={t('edits.lookup.col2', { count: summary.asColumn2.length })} rows={summary.asColumn2} />
            {summary.more && <p className="muted">{t('edits.lookup.more')}</p>}
            <p className="muted">{summary.ptpFiles.join(', ')}</p>
          </>
        )}
    </section>
  );
}
