/**
 * Says the X12 importer's refused lines (lib/denials/x12-import.ts, errors as data) in the UI
 * language: one catalog key per error kind, with the list's name and the error's params.
 */
import { t } from '@/lib/platform/i18n';
import type { CsvError, X12ErrorKind, X12List } from '@/lib/denials/x12-import';

const KEYS = {
  unclosedQuote: 'claimsSettings.x12.error.unclosedQuote',
  textAfterQuote: 'claimsSettings.x12.error.textAfterQuote',
  empty: 'claimsSettings.x12.error.empty',
  header: 'claimsSettings.x12.error.header',
  columns: 'claimsSettings.x12.error.columns',
  badCode: 'claimsSettings.x12.error.badCode',
  duplicate: 'claimsSettings.x12.error.duplicate',
  noDescription: 'claimsSettings.x12.error.noDescription',
  noCodes: 'claimsSettings.x12.error.noCodes',
} as const satisfies Record<X12ErrorKind, string>;

/** "Line 4: Code 45 already appears on line 2." */
export function x12ErrorText(error: CsvError, list: X12List): string {
  const listName = list === 'carc' ? t('claimsSettings.x12.carc.name') : t('claimsSettings.x12.rarc.name');
  const message = t(KEYS[error.kind], { list: listName, ...error.params });
  return t('claimsSettings.x12.lineError', { line: error.line, message });
}
