import { afterEach, describe, expect, it } from 'vitest';
import { parseX12Csv, type CsvError, type X12List } from '@/lib/denials/x12-import';
import { setLocale } from '@/lib/platform/i18n';
import { x12ErrorText } from './x12-errors';

// Every way the importer refuses a file (hand-made text, no X12 wording).
const BAD: [X12List, string][] = [
  ['carc', ''],
  ['carc', 'Id,Text\n1,x\n'],
  ['carc', 'Code,Description\n'],
  ['carc', 'Code,Description\n45,"never closed\n'],
  ['carc', 'Code,Description\n45,"closed"then text\n'],
  ['carc', 'Code,Description\n45\n'],
  ['carc', 'Code,Description\nN130,wrong list\n'],
  ['rarc', 'Code,Description\n45,wrong list\n'],
  ['carc', 'Code,Description\n45,invented\n45,again\n'],
  ['carc', 'Code,Description\n97,\n'],
];

function refusals(): { list: X12List; error: CsvError }[] {
  return BAD.flatMap(([list, text]) => {
    const result = parseX12Csv(text, list);
    if (result.ok) throw new Error(`accepted: ${JSON.stringify(text)}`);
    return result.errors.map((error) => ({ list, error }));
  });
}

afterEach(() => setLocale('en'));

describe('X12 import errors in the UI language', () => {
  it('has a sentence for every kind of refusal, with no placeholder left, in English and French', () => {
    const all = refusals();
    expect(new Set(all.map((r) => r.error.kind)).size).toBe(9); // every X12ErrorKind
    for (const locale of ['en', 'fr'] as const) {
      setLocale(locale);
      for (const { list, error } of all) {
        const text = x12ErrorText(error, list);
        expect(text, error.kind).not.toMatch(/\{\w+\}|claimsSettings\./);
      }
    }
  });

  it('keeps the codes and line numbers, in English and French', () => {
    const dup: CsvError = { line: 3, kind: 'duplicate', params: { code: '45', first: 2 } };
    const bad: CsvError = { line: 2, kind: 'badCode', params: { code: 'N130' } };
    expect(x12ErrorText(dup, 'carc')).toBe('Line 3: Code 45 already appears on line 2.');
    expect(x12ErrorText(bad, 'carc')).toBe('Line 2: “N130” is not a CARC code.');
    setLocale('fr');
    expect(x12ErrorText(dup, 'carc')).toBe('Ligne 3\u00a0: Le code 45 figure déjà à la ligne 2.');
    expect(x12ErrorText({ line: 2, kind: 'badCode', params: { code: '45' } }, 'rarc')).toBe('Ligne 2\u00a0: «\u00a045\u00a0» n’est pas un code RARC.');
  });
});
