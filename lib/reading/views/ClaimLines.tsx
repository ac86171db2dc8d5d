// The service-line table: code with modifiers, units, amounts, adjustments (group + CARC), remarks.
import type { ServiceLine } from '@/lib/claim/types';
import { formatDate, formatMoney, t, tOr } from '@/lib/platform/i18n';
import { adjustmentText, pointerLetter } from './format';

export function ClaimLines({ lines }: { lines: ServiceLine[] }) {
  return (
    <div className="claim-table-wrap">
      <table className="claim-lines">
        <caption>{t('claims.lines.caption', { count: lines.length })}</caption>
        <thead>
          <tr>
            {['line', 'dos', 'code', 'modifiers', 'units', 'pointers', 'billed', 'allowed', 'paid', 'adjustments', 'remarks'].map((c) => (
              <th key={c} scope="col">{tOr(`claims.col.${c}`, c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            // Lines have no id: their order is their identity.
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{formatDate(l.serviceDate)}</td>
              <td><code>{l.code ?? '—'}</code></td>
              <td>{l.modifiers.join(' ')}</td>
              <td className={l.units === 0 ? 'claim-zero' : undefined}>{l.units ?? '—'}</td>
              <td>{l.dxPointers.map(pointerLetter).join(' ')}</td>
              <td className="num">{formatMoney(l.billed)}</td>
              <td className="num">{formatMoney(l.allowed)}</td>
              <td className="num">{formatMoney(l.paid)}</td>
              <td>{l.adjustments.map(adjustmentText).join(', ')}</td>
              <td>{l.remarks.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
