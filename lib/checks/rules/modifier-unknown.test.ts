import { describe, expect, it } from 'vitest';
import { TestTables } from '@/test/support/checks/tables';
import { claim, line, run } from '@/test/support/checks/claims';
import { modifierUnknown } from './modifier-unknown';

describe('modifier-unknown', () => {
  it('flags an unknown modifier', () => {
    const [f, ...rest] = run(modifierUnknown, claim({ lines: [line({ modifiers: ['25', 'QQ'] })] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, code: 'QQ' });
  });

  it('flags a modifier terminated before the date of service', () => {
    const tables = new TestTables([{ system: 'modifier', code: 'ZZ', title: 'test', billable: true, terminatedOn: '2026-01-01' }]);
    const [f] = run(modifierUnknown, claim({ lines: [line({ modifiers: ['ZZ'] })] }), {}, tables);
    expect(f!.messageKey).toBe('check.modifier-unknown.terminated.message');
  });

  it('passes known modifiers', () => {
    expect(run(modifierUnknown, claim({ lines: [line({ modifiers: ['25', '59', 'XS', 'LT'] })] }))).toEqual([]);
  });
});
