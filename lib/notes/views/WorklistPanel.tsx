/** The worklist (overdue, due today, upcoming) and the A/R aging table, from the decrypted items. */
import { useEffect, useState } from 'react';
import { formatDate, formatMoney, t } from '@/lib/platform/i18n';
import { agingBuckets } from '@/lib/notes/aging';
import type { NotesService } from '@/lib/notes/service';
import type { FollowUpItem } from '@/lib/notes/types';
import { worklist, type WorklistEntry } from '@/lib/notes/worklist';
import { agingPayers } from '@/lib/notes/aging';
import { ColumnHeads } from '@/lib/platform/views/ColumnHeads';

interface Props {
  service: NotesService;
  today: string;
  onPickClaim(claimRef: string): void;
  onError(error: unknown): void;
}

const UPCOMING_DAYS = 14;

/** Local calendar day of a timestamp (the day the specialist saved the note). */
function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function EntryList({ title, entries, onPickClaim }: { title: string; entries: WorklistEntry[]; onPickClaim(claimRef: string): void }) {
  return (
    <section aria-label={title}>
      <h4>{title}</h4>
      {entries.length === 0 ? <p className="muted">{t('notes.worklist.empty')}</p> : (
        <ul className="notes-worklist">
          {entries.map((e) => (
            // What a manager asks of a row: who, which payer, how much is still owed, what was done last, what is next.
            <li key={e.item.claimRef} className="worklist-row" data-claim={e.item.claimRef}>
              <p className="worklist-who">
                <button type="button" className="link" aria-label={t('notes.worklist.open', { claim: e.item.claimRef })} onClick={() => onPickClaim(e.item.claimRef)}>
                  {e.item.claimRef}
                </button>
                {e.item.patientName && <span className="worklist-patient" data-field="patient"> · {e.item.patientName}</span>}
              </p>
              <p className="worklist-money">
                <span data-field="payer">{e.item.payer ?? t('worklist.payer.unknown')}</span>
                {' · '}
                <span data-field="balance">{e.item.amount === null ? t('worklist.balance.unknown') : t('worklist.balance', { amount: formatMoney(e.item.amount) })}</span>
              </p>
              <p className="worklist-last muted" data-field="last">
                {e.item.lastAction
                  ? t('worklist.last', {
                    kind: t(`notes.kind.${e.item.lastAction.kind}`),
                    date: formatDate(localDay(e.item.lastAction.at)),
                    outcome: e.item.lastAction.outcome ? ` — ${e.item.lastAction.outcome}` : '',
                  })
                  : t('worklist.last.none')}
              </p>
              <p className="worklist-next" data-field="next">
                {t('worklist.next', { date: formatDate(e.due), reason: t(`notes.worklist.reason.${e.reason}`) })}
                <span className="muted">
                  {e.daysLeft < 0 ? ` (${t('notes.worklist.late', { days: -e.daysLeft })})` : e.daysLeft > 0 ? ` (${t('notes.worklist.left', { days: e.daysLeft })})` : ''}
                </span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Reloads when remounted: the parent keys it by a version it bumps after every change. */
export function WorklistPanel({ service, today, onPickClaim, onError }: Props) {
  const [items, setItems] = useState<FollowUpItem[] | null>(null);
  const [payer, setPayer] = useState('');

  useEffect(() => {
    let cancelled = false;
    service.listItems().then((opened) => { if (!cancelled) setItems(opened.records); }, (err: unknown) => { if (!cancelled) onError(err); });
    return () => { cancelled = true; };
  }, [service, onError]);

  if (!items) return <p className="muted">{t('notes.loading')}</p>;
  const list = worklist(items, today, UPCOMING_DAYS);
  const payers = agingPayers(items);
  const aging = agingBuckets(items, today, payer || null);
  const total = aging.reduce((sum, b) => ({ count: sum.count + b.count, amount: sum.amount + b.amount }), { count: 0, amount: 0 });

  return (
    <section className="notes-card" aria-labelledby="notes-worklist-title">
      <h3 id="notes-worklist-title">{t('notes.worklist.title')}</h3>
      <EntryList title={t('notes.worklist.overdue', { count: list.overdue.length })} entries={list.overdue} onPickClaim={onPickClaim} />
      <EntryList title={t('notes.worklist.dueToday', { count: list.dueToday.length })} entries={list.dueToday} onPickClaim={onPickClaim} />
      <EntryList title={t('notes.worklist.upcoming', { days: UPCOMING_DAYS, count: list.upcoming.length })} entries={list.upcoming} onPickClaim={onPickClaim} />
      {list.later > 0 && <p className="muted">{t('notes.worklist.later', { count: list.later })}</p>}

      <label className="worklist-filter">
        {t('worklist.aging.payer')}{' '}
        <select value={payer} onChange={(e) => setPayer(e.target.value)}>
          <option value="">{t('worklist.aging.allPayers')}</option>
          {payers.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
      <table className="notes-aging">
        <caption>{t('notes.aging.title')}</caption>
        <ColumnHeads columns={[t('notes.aging.bucket'), t('notes.aging.count'), t('notes.aging.amount')]} />
        <tbody>
          {aging.filter((b) => b.id !== 'undated' || b.count > 0).map((b) => (
            <tr key={b.id}>
              <th scope="row">{b.id === 'undated' ? t('notes.aging.undated') : b.id}</th>
              <td>{b.count}</td>
              <td>{formatMoney(b.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th scope="row">{t('notes.aging.total')}</th><td>{total.count}</td><td>{formatMoney(Math.round(total.amount * 100) / 100)}</td></tr>
        </tfoot>
      </table>
      <p className="muted worklist-covers">{t('worklist.aging.covers', { count: total.count })}</p>
    </section>
  );
}
