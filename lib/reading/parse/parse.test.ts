import { describe, expect, it } from 'vitest';
import {
  deriveStatusCategory, findIcd10Codes, findMoney, normaliseIcd10, parseAdjustments, parseDate,
  parseDateRange, parseDxPointers, parseModifiers, parseMoney, parseProcedure, parseQuantity, parseRemarks, splitStatus,
} from '@/lib/reading/parse';

describe('dates', () => {
  it.each([
    ['11/03/2026', '2026-11-03'],
    ['1/2/2026', '2026-01-02'],
    ['1/2/26', '2026-01-02'],
    ['3/4/55', '1955-03-04'],
    ['2026-01-31', '2026-01-31'],
    ['2026-01-31T10:00:00Z', '2026-01-31'],
    ['20260131', '2026-01-31'],
    ['01312026', '2026-01-31'],
    ['Nov 3, 2026', '2026-11-03'],
    ['03-Nov-2026', '2026-11-03'],
    ['DOS: 02/29/2024', '2024-02-29'],
  ])('%s -> %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['02/30/2026', '13/01/2026', '', 'Pending', '555-123-4567', '$1,234.56', '12345678901'])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads ranges with dashes, words and line breaks', () => {
    expect(parseDateRange('01/02/2026 - 01/05/2026')).toEqual({ from: '2026-01-02', to: '2026-01-05' });
    expect(parseDateRange('01/02/2026-01/05/2026')).toEqual({ from: '2026-01-02', to: '2026-01-05' });
    expect(parseDateRange('1/2/2026 through 1/5/2026')).toEqual({ from: '2026-01-02', to: '2026-01-05' });
    expect(parseDateRange('2026-01-02\n2026-01-05')).toEqual({ from: '2026-01-02', to: '2026-01-05' });
    expect(parseDateRange('01/02/2026')).toEqual({ from: '2026-01-02', to: '2026-01-02' });
    expect(parseDateRange('n/a')).toEqual({ from: null, to: null });
  });
});

describe('money', () => {
  it.each([
    ['$1,234.56', 1234.56], ['1234.56', 1234.56], ['USD 1,234.56', 1234.56], ['1,234.56 USD', 1234.56],
    ['(12.00)', -12], ['-$12.00', -12], ['$-12.00', -12], ['$0.00', 0], ['1229', 1229], ['$ 80', 80], ['25.00 CR', -25], ['12.00-', -12],
  ])('%s -> %d', (text, n) => expect(parseMoney(text)).toBe(n));

  it.each(['', '--', 'N/A', 'Pending', '12/01/2026', '555-123-4567', '(12.00', '$1,23,4.00', 'abc'])('rejects %j', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('finds an amount inside text', () => {
    expect(findMoney('CO-45 $12.00')).toBe(12);
    expect(findMoney('no amount here 45')).toBeNull();
  });

  it('reads quantities', () => {
    expect(parseQuantity('2.000')).toBe(2);
    expect(parseQuantity('0')).toBe(0);
    expect(parseQuantity('3 UN')).toBe(3);
    expect(parseQuantity('$3.00')).toBeNull();
  });
});

describe('ICD-10-CM', () => {
  it('restores the dot and upper-cases', () => {
    expect(normaliseIcd10('e119')).toBe('E11.9');
    expect(normaliseIcd10('S52521A')).toBe('S52.521A');
    expect(normaliseIcd10('I10')).toBe('I10');
    expect(normaliseIcd10('T81.4XXA')).toBe('T81.4XXA');
    expect(normaliseIcd10('99213')).toBeNull();
    expect(normaliseIcd10('E11.99999')).toBeNull();
  });

  it('reads the QA0 family (letter in 2nd position, FY2026) and leaves look-alikes alone', () => {
    expect(normaliseIcd10('QA00101')).toBe('QA0.0101');
    expect(normaliseIcd10('qa0.0101')).toBe('QA0.0101');
    expect(findIcd10Codes('QA0.0101, E11.9')).toEqual(['QA0.0101', 'E11.9']);
    expect(normaliseIcd10('QB0.0101')).toBeNull();
    expect(normaliseIcd10('AB1.23')).toBeNull();
    expect(normaliseIcd10('E1.19')).toBeNull(); // the dot follows the 3-character category only
    expect(normaliseIcd10('E11.')).toBe('E11');
  });

  it('finds codes in lists, lettered lists and descriptions without reading words', () => {
    expect(findIcd10Codes('E11.9, I10')).toEqual(['E11.9', 'I10']);
    expect(findIcd10Codes('A: E119 B: I10 C: Z794')).toEqual(['E11.9', 'I10', 'Z79.4']);
    expect(findIcd10Codes('1. E11.9 2. I10')).toEqual(['E11.9', 'I10']);
    expect(findIcd10Codes('E11.9 - Type 2 diabetes mellitus without complications (T2D)')).toEqual(['E11.9']);
    expect(findIcd10Codes('E11.9 I10 Z79.4')).toEqual(['E11.9', 'I10', 'Z79.4']);
    expect(findIcd10Codes('Type 2 diabetes')).toEqual([]);
  });
});

describe('procedure codes and modifiers', () => {
  it.each([
    ['99213-25', '99213', ['25']],
    ['99213 25 59', '99213', ['25', '59']],
    ['99213-25-59-XS-LT', '99213', ['25', '59', 'XS', 'LT']],
    ['j1100', 'J1100', []],
    ['0450', '0450', []],
    ['1234F', '1234F', []],
    ['99213 - Office visit', '99213', []],
    ['J1100 10 MG', 'J1100', []],
    ['D0120', 'D0120', []],
    ['0004M', '0004M', []],
    ['9921', '9921', []], // kept: the checks flag a truncated CPT code
  ])('%s', (text, code, modifiers) => expect(parseProcedure(text)).toEqual({ code, modifiers }));

  it('rejects non-codes', () => {
    expect(parseProcedure('Office visit')).toEqual({ code: null, modifiers: [] });
    expect(parseProcedure('555-1234')).toEqual({ code: null, modifiers: [] });
    // No HCPCS Level II code starts with N, O, W-Z (lib/codes/shapes.ts): a reference, not a code.
    expect(parseProcedure('N1234')).toEqual({ code: null, modifiers: [] });
    expect(parseProcedure('W1234')).toEqual({ code: null, modifiers: [] });
  });

  it('reads modifier cells', () => {
    expect(parseModifiers('25, 59')).toEqual(['25', '59']);
    expect(parseModifiers('lt')).toEqual(['LT']);
    expect(parseModifiers('')).toEqual([]);
  });

  it('reads diagnosis pointers as 1-based numbers', () => {
    expect(parseDxPointers('A,B')).toEqual([1, 2]);
    expect(parseDxPointers('AB')).toEqual([1, 2]);
    expect(parseDxPointers('1 2')).toEqual([1, 2]);
    expect(parseDxPointers('1234')).toEqual([1, 2, 3, 4]);
    expect(parseDxPointers('L')).toEqual([12]);
    expect(parseDxPointers('')).toEqual([]);
  });
});

describe('CARC and RARC', () => {
  it('reads group-coded pairs in every spelling', () => {
    expect(parseAdjustments('CO-45 $50.00; PR-2 10.00')).toEqual([
      { group: 'CO', reason: '45', amount: 50 },
      { group: 'PR', reason: '2', amount: 10 },
    ]);
    expect(parseAdjustments('CO 45, OA23, pi-B7')).toEqual([
      { group: 'CO', reason: '45', amount: null },
      { group: 'OA', reason: '23', amount: null },
      { group: 'PI', reason: 'B7', amount: null },
    ]);
  });

  it('reads an amount after a short description in parentheses', () => {
    expect(parseAdjustments('CO-45 (contractual) $105.96; PR-2 $42.41')).toEqual([
      { group: 'CO', reason: '45', amount: 105.96 },
      { group: 'PR', reason: '2', amount: 42.41 },
    ]);
  });

  it('takes the group and amount from other columns for bare codes', () => {
    expect(parseAdjustments('45', 'CO', 12.5)).toEqual([{ group: 'CO', reason: '45', amount: 12.5 }]);
    expect(parseAdjustments('97 - Bundled into another service')).toEqual([{ group: null, reason: '97', amount: null }]);
  });

  it('ignores descriptions and remark codes', () => {
    expect(parseAdjustments('Charge exceeds fee schedule')).toEqual([]);
    expect(parseAdjustments('N130')).toEqual([]);
  });

  it('reads remark codes', () => {
    expect(parseRemarks('N130, M15 MA130 - Alert: see plan')).toEqual(['N130', 'M15', 'MA130']);
    expect(parseRemarks('CO-45')).toEqual([]);
  });
});

describe('status category', () => {
  it.each([
    ['F2 - Finalized/Denial', 'F2'],
    ['Finalized/Payment (F1)', 'F1'],
    ['Denied', 'F2'],
    ['Paid', 'F1'],
    ['Finalized - Partially Paid', 'F1'],
    ['Not paid', null],
    ['Pending', 'P1'],
    ['Processed', null],
    ['Finalized', 'F0'],
  ])('%s -> %s', (text, code) => expect(deriveStatusCategory(text)).toBe(code));
});

describe('adjustment amounts in every position (issue 13)', () => {
  it('reads amounts before or after codes, with words, currency words and descriptions between', () => {
    expect(parseAdjustments('$100.00 CO-45, $40.00 PR-3')).toEqual([
      { group: 'CO', reason: '45', amount: 100 }, { group: 'PR', reason: '3', amount: 40 },
    ]);
    expect(parseAdjustments('CO 97 – 100.00 USD')).toEqual([{ group: 'CO', reason: '97', amount: 100 }]);
    expect(parseAdjustments('CO-45 Charge exceeds fee schedule: $70.00 PR-2 Coinsurance: $36.00 Remark: N381')).toEqual([
      { group: 'CO', reason: '45', amount: 70 }, { group: 'PR', reason: '2', amount: 36 },
    ]);
    expect(parseAdjustments('CO45 71.60 PR2 27.68')).toEqual([
      { group: 'CO', reason: '45', amount: 71.6 }, { group: 'PR', reason: '2', amount: 27.68 },
    ]);
    expect(parseAdjustments('PR-1: 25 dollars')).toEqual([{ group: 'PR', reason: '1', amount: 25 }]);
    expect(parseAdjustments('OA-23 (12.50)')).toEqual([{ group: 'OA', reason: '23', amount: -12.5 }]);
  });
  it('never takes a description number for an amount', () => {
    expect(parseAdjustments('CO-119 – Benefit maximum for this time period has been reached')).toEqual([{ group: 'CO', reason: '119', amount: null }]);
    expect(parseAdjustments('CO-45 Charge exceeds fee schedule 2026, PR-2')).toEqual([
      { group: 'CO', reason: '45', amount: null }, { group: 'PR', reason: '2', amount: null },
    ]);
  });
});

describe('status without its decoration', () => {
  it.each([
    ['F2 - Finalized/Denial', 'Finalized/Denial', 'F2'],
    ['Denied (F2)', 'Denied', 'F2'],
    ['In Process (P1)', 'In Process', 'P1'],
    ['P2 - Pending/Payer Review', 'Pending/Payer Review', 'P2'],
    ['Finalized/Payment (F1)', 'Finalized/Payment', 'F1'],
    ['Denied - F2', 'Denied', 'F2'],
    ['Denied', 'Denied', null],
    ['Processed as Primary (1)', 'Processed as Primary (1)', null],
    ['Paid – see remarks', 'Paid – see remarks', null],
  ])('%s', (text, status, category) => {
    expect(splitStatus(text)).toEqual({ status, category });
  });
});

describe('status marks', () => {
  it('drops icons drawn as text but keeps markup-looking words', () => {
    expect(splitStatus('✔ Paid')).toEqual({ status: 'Paid', category: null });
    expect(splitStatus('● Denied (F2)')).toEqual({ status: 'Denied', category: 'F2' });
    expect(splitStatus('Denied <b>now</b>')).toEqual({ status: 'Denied <b>now</b>', category: null });
  });
});
