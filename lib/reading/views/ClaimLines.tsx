// The service-line tables: a compact one (code, modifiers, units, billed, paid, denial) that fits a
// 360 px panel and comes before the detail cards, and the full one under "Details".
import type { ServiceLine } from '@/lib/claim/types';
import { formatDate, formatMoney, t, tOr } from '@/lib/platform/i18n';
import { adjustmentText, isRoutineAdjustment, pointerLetter } from './format';
import { Unsure } from './Unsure';

/** The line's denial: its non-routine adjustments (group + CARC) and remarks; routine ones are folded elsewhere. */
function denialText(l: ServiceLine): string {
  const codes = l.adjustments.filter((a) => !isRoutineAdjustment(a)).map((a) => (a.group ? `${a.group}-${a.reason}` : a.reason));
  return [...new Set(codes)].concat(l.remarks).join(' ');
}

const NONE: ReadonlySet<string> = new Set();

/** `unsure`: contract paths the reader was not sure of ("lines[1].paid"), marked "not sure". */
export function ClaimLines({ lines, unsure = NONE }: { lines: ServiceLine[]; unsure?: ReadonlySet<string> }) {
  const mark = (i: number, field: string) => (unsure.has(`lines[${i}].${field}`) ? <Unsure /> : null);
  return (
    <div className="claim-table-wrap">
      <table className="claim-lines">
        <caption>{t('claims.lines.caption', { count: lines.length })}</caption>
        <thead>
          <tr>
            {['line', 'code', 'modifiers', 'units', 'billed', 'paid', 'denial'].map((c) => (
              <th key={c} scope="col" className={`col-${c}`}>{tOr(`claims.col.${c}.short`, c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => {
            const denial = denialText(l);
            return (
              // Lines have no id: their order is their identity.
              <tr key={i} id={`claim-line-${i}`} className={denial ? 'claim-line-denied' : undefined}>
                <td>{i + 1}</td>
                <td><code>{l.code ?? '—'}</code>{mark(i, 'code')}</td>
                <td>{l.modifiers.join(' ')}{mark(i, 'modifiers')}</td>
                <td className={l.units === 0 ? 'claim-zero num' : 'num'}>{l.units ?? '—'}{mark(i, 'units')}</td>
                <td className="num">{formatMoney(l.billed)}{mark(i, 'billed')}</td>
                <td className="num">{formatMoney(l.paid)}{mark(i, 'paid')}</td>
                <td className="claim-denial">{denial}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function FullLinesTable({ lines, unsure = NONE }: { lines: ServiceLine[]; unsure?: ReadonlySet<string> }) {
  const mark = (i: number, field: string) => (unsure.has(`lines[${i}].${field}`) ? <Unsure /> : null);
  return (
    <div className="claim-table-wrap">
      <table className="claim-lines-full">
        <caption>{t('claims.lines.full')}</caption>
        <thead>
          <tr>
            {['line', 'dos', 'code', 'modifiers', 'units', 'pointers', 'billed', 'allowed', 'paid', 'adjustments', 'remarks'].map((c) => (
              <th key={c} scope="col">{tOr(`claims.col.${c}`, c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{formatDate(l.serviceDate)}{mark(i, 'serviceDate')}</td>
              <td><code>{l.code ?? '—'}</code>{mark(i, 'code')}</td>
              <td>{l.modifiers.join(' ')}{mark(i, 'modifiers')}</td>
              <td className={l.units === 0 ? 'claim-zero' : undefined}>{l.units ?? '—'}{mark(i, 'units')}</td>
              <td>{l.dxPointers.map(pointerLetter).join(' ')}{mark(i, 'dxPointers')}</td>
              <td className="num">{formatMoney(l.billed)}{mark(i, 'billed')}</td>
              <td className="num">{formatMoney(l.allowed)}{mark(i, 'allowed')}</td>
              <td className="num">{formatMoney(l.paid)}{mark(i, 'paid')}</td>
              <td>{l.adjustments.map(adjustmentText).join(', ')}{mark(i, 'adjustments')}</td>
              <td>{l.remarks.join(', ')}{mark(i, 'remarks')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
