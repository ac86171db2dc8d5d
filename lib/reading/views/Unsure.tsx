// The "not sure" mark beside a value the reader doubts (issue 13); the checks treat it as unknown.
import { t } from '@/lib/platform/i18n';

export function Unsure() {
  return (
    <span className="claim-unsure" title={t('claims.unsure.title')}>
      {' '}{t('claims.unsure')}
    </span>
  );
}
