// One claim: header fields, the compact lines table, diagnoses (lettered A-L), payer rule, notes, then the findings (detail cards).
import type { ReactNode } from 'react';
import type { Claim } from '@/lib/claim/types';
import { formatDate, formatMoney, t, tOr } from '@/lib/platform/i18n';
import { ClaimLines } from './ClaimLines';
import { pointerLetter } from './format';
import { Unsure } from './Unsure';

type HeaderKey = Exclude<keyof Claim, 'portal' | 'diagnoses' | 'lines'>;
const MONEY: ReadonlySet<HeaderKey> = new Set(['billed', 'allowed', 'paid', 'patientResponsibility']);
const DATES: ReadonlySet<HeaderKey> = new Set(['patientDob', 'serviceFrom', 'serviceTo', 'paidDate']);
const HEADER: readonly HeaderKey[] = [
  'payer', 'claimNumber', 'patientName', 'memberId', 'patientDob', 'patientAccountNumber', 'serviceFrom', 'serviceTo',
  'status', 'statusCategory', 'billed', 'allowed', 'paid', 'patientResponsibility', 'checkNumber', 'paidDate',
];

function value(claim: Claim, key: HeaderKey): string {
  const v = claim[key];
  if (MONEY.has(key)) return formatMoney(v as number | null);
  if (DATES.has(key)) return formatDate(v as string | null);
  return v === null ? '—' : String(v);
}

export interface ClaimDetailProps {
  claim: Claim;
  missing: string[];
  findingsSlot?: ReactNode;
  notesSlot?: ReactNode;
  payerSlot?: ReactNode;
  /** Contract paths the reader was not sure of: marked "not sure". */
  unsure?: readonly string[];
}

export function ClaimDetail({ claim, missing, findingsSlot, notesSlot, payerSlot, unsure = [] }: ClaimDetailProps) {
  const shown = HEADER.filter((k) => claim[k] !== null);
  const doubt = new Set(unsure);
  const dxUnsure = unsure.some((p) => p === 'diagnoses' || p.startsWith('diagnoses['));
  return (
    <>
      <h2>{t('claims.header')}</h2>
      <dl className="claim-fields">
        {shown.map((k) => (
          <div key={k} className="claim-field">
            <dt>{t(`claims.field.${k}`)}</dt>
            <dd data-field={k}>{value(claim, k)}{doubt.has(k) && <Unsure />}</dd>
          </div>
        ))}
      </dl>
      {missing.length > 0 && (
        <p className="claim-missing">{t('claims.missing', { fields: missing.map((k) => tOr(`claims.field.${k}`, k)).join(', ') })}</p>
      )}
      <h3>{t('claims.lines')}</h3>
      {claim.lines.length ? <ClaimLines lines={claim.lines} unsure={doubt} /> : <p className="claim-none">{t('claims.lines.none')}</p>}
      <h3>{t('claims.diagnoses')}{dxUnsure && <Unsure />}</h3>
      {claim.diagnoses.length ? (
        <ol className="claim-diagnoses" aria-label={t('claims.diagnoses')}>
          {claim.diagnoses.map((code, i) => (
            <li key={`${i}-${code}`}><span className="claim-letter">{pointerLetter(i + 1)}</span> <code>{code}</code></li>
          ))}
        </ol>
      ) : (
        <p className="claim-none">{t('claims.diagnoses.none')}</p>
      )}
      {payerSlot}
      {notesSlot}
      {findingsSlot}
    </>
  );
}
