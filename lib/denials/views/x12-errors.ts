/**
 * Puts the X12 importer's line errors (lib/claims/x12-import.ts, English) into the UI language.
 * The importer reports `{ line, message }`; each known message shape maps to a catalog key. An
 * unknown shape (the importer gained a message) is shown as the importer wrote it, never hidden;
 * x12-errors.test.ts feeds the importer every bad input it knows, so a reworded message fails there.
 */
import { t, type Params } from '@/lib/platform/i18n';
import type { CsvError, X12List } from '@/lib/denials/x12-import';

const SHAPES: { re: RegExp; key: string; params?: (m: RegExpExecArray) => Params }[] = [
  { re: /^A quoted field is never closed\.$/, key: 'unclosedQuote' },
  { re: /^The file is empty\.$/, key: 'empty' },
  { re: /^The first line must be the header/, key: 'header' },
  { re: /^Expected two columns/, key: 'columns' },
  { re: /^"(.*)" is not a (?:CARC|RARC) code\.$/, key: 'badCode', params: (m) => ({ code: m[1]! }) },
  { re: /^Code (\S+) already appears on line (\d+)\.$/, key: 'duplicate', params: (m) => ({ code: m[1]!, first: m[2]! }) },
  { re: /^Code (\S+) has no description\.$/, key: 'noDescription', params: (m) => ({ code: m[1]! }) },
  { re: /^The file has a header but no codes\.$/, key: 'noCodes' },
];

/** The message of one error in the UI language, or null when its shape is unknown. */
export function knownX12Message(message: string, list: X12List): string | null {
  for (const shape of SHAPES) {
    const m = shape.re.exec(message);
    if (m) return t(`claimsSettings.x12.error.${shape.key}`, { list: t(`claimsSettings.x12.${list}.name`), ...shape.params?.(m) });
  }
  return null;
}

/** "Line 4: Code 45 already appears on line 2." */
export function x12ErrorText(error: CsvError, list: X12List): string {
  return t('claimsSettings.x12.lineError', { line: error.line, message: knownX12Message(error.message, list) ?? error.message });
}
