import { describe, expect, it } from 'vitest';
import { parseX12Csv, type X12List } from '../../lib/claims/x12-import';
import { setLocale } from '../../lib/i18n';
import { knownX12Message, x12ErrorText } from './x12-errors';

// Every way the importer refuses a file (hand-made text, no X12 wording).
const BAD: [X12List, string][] = [
  ['carc', ''],
  ['carc', 'Id,Text\n1,x\n'],
  ['carc', 'Code,Description\n'],
  ['carc', 'Code,Description\n45,"never closed\n'],
  ['carc', 'Code,Description\n45\n'],
  ['carc', 'Code,Description\nN130,wrong list\n'],
  ['rarc', 'Code,Description\n45,wrong list\n'],
  ['carc', 'Code,Description\n45,invented\n45,again\n'],
  ['carc', 'Code,Description\n97,\n'],
];

function messages(): { list: X12List; message: string }[] {
  return BAD.flatMap(([list, text]) => {
    const result = parseX12Csv(text, list);
    if (result.ok) throw new Error(`accepted: ${JSON.stringify(text)}`);
    return result.errors.map((e) => ({ list, message: e.message }));
  });
}

describe('X12 import errors in the UI language', () => {
  it('knows every message the importer gives', () => {
    const all = messages();
    expect(new Set(all.map((m) => m.message)).size).toBeGreaterThanOrEqual(9);
    for (const { list, message } of all) expect(knownX12Message(message, list), message).not.toBeNull();
  });

  it('keeps the codes and line numbers, in English and French', () => {
    setLocale('en');
    expect(x12ErrorText({ line: 3, message: 'Code 45 already appears on line 2.' }, 'carc')).toBe('Line 3: Code 45 already appears on line 2.');
    expect(x12ErrorText({ line: 2, message: '"N130" is not a CARC code.' }, 'carc')).toBe('Line 2: “N130” is not a CARC code.');
    setLocale('fr');
    try {
      expect(x12ErrorText({ line: 3, message: 'Code 45 already appears on line 2.' }, 'carc')).toBe('Ligne 3\u00a0: Le code 45 figure déjà à la ligne 2.');
      expect(x12ErrorText({ line: 2, message: '"45" is not a RARC code.' }, 'rarc')).toBe('Ligne 2\u00a0: «\u00a045\u00a0» n’est pas un code RARC.');
    } finally {
      setLocale('en');
    }
  });

  it('shows an unknown message as the importer wrote it', () => {
    expect(x12ErrorText({ line: 9, message: 'Something new.' }, 'rarc')).toBe('Line 9: Something new.');
  });
});
