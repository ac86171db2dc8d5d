// The service-line table: code with modifiers, units, amounts, adjustments (group + CARC), remarks.
import type { ServiceLine } from '../../lib/claims/types';
import { formatDate, formatMoney, t } from '../../lib/i18n';
import { adjustmentText, pointerLetter } from './format';
import { Unsure } from './Unsure';

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
            {['line', 'dos', 'code', 'modifiers', 'units', 'pointers', 'billed', 'allowed', 'paid', 'adjustments', 'remarks'].map((c) => (
              <th key={c} scope="col">{t(`claims.col.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            // Lines have no id: their order is their identity.
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
