// A results-list page: one row per claim with the few fields lists show.
import type { Claim } from '@/lib/claim/types';
import { formatDate, formatMoney, t } from '@/lib/platform/i18n';

export function ClaimListTable({ claims }: { claims: Claim[] }) {
  return (
    <>
      <h2>{t('claims.list.title')}</h2>
      <div className="claim-table-wrap">
        <table className="claim-list">
          <caption>{t('claims.list.caption', { count: claims.length })}</caption>
          <thead>
            <tr>
              {(['claimNumber', 'patientName', 'memberId', 'serviceFrom', 'status', 'billed', 'paid'] as const).map((k) => (
                <th key={k} scope="col">{t(`claims.field.${k}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claims.map((c, i) => (
              <tr key={`${i}-${c.claimNumber}`}>
                <td><code>{c.claimNumber}</code></td>
                <td>{c.patientName ?? '—'}</td>
                <td>{c.memberId ?? '—'}</td>
                <td>{formatDate(c.serviceFrom)}{c.serviceTo && c.serviceTo !== c.serviceFrom ? ` – ${formatDate(c.serviceTo)}` : ''}</td>
                <td>{c.status ?? '—'}</td>
                <td className="num">{formatMoney(c.billed)}</td>
                <td className="num">{formatMoney(c.paid)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
