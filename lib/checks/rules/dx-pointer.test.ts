import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { dxPointer } from './dx-pointer';

describe('dx-pointer', () => {
  it('flags a pointer past the last diagnosis', () => {
    const [f] = run(dxPointer, claim({ diagnoses: ['E11.9', 'I10'], lines: [line({ dxPointers: [1, 3] })] }));
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, params: { letter: 'C', count: 2, range: 'A–B' } });
    expect(f!.message).toBe('Line 1 points at diagnosis C, but the claim has 2 diagnoses.');
  });

  it('false alarm removed: diagnoses not read but lines point at them gives one claim notice, pointer checks skipped', () => {
    const found = run(dxPointer, claim({ diagnoses: [], lines: [line({ dxPointers: [1, 2] }), line({ dxPointers: [3] }), line({ dxPointers: [] })] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', where: { claim: true }, messageKey: 'check.dx-pointer.notRead.message' });
    expect(run(dxPointer, claim({ diagnoses: [], lines: [line({ dxPointers: [] })] }))).toEqual([]);
  });

  it('warns about a line without pointers only when other lines have them', () => {
    const mixed = claim({ lines: [line({ dxPointers: [1] }), line({ code: '36415', dxPointers: [] })] });
    expect(run(dxPointer, mixed)).toMatchObject([{ severity: 'warning', where: { line: 1 } }]);
    const noneShown = claim({ lines: [line({ dxPointers: [] }), line({ code: '36415', dxPointers: [] })] });
    expect(run(dxPointer, noneShown)).toEqual([]);
  });

  it('passes pointers within range', () => {
    expect(run(dxPointer, claim({ diagnoses: ['E11.9', 'I10'], lines: [line({ dxPointers: [2, 1] })] }))).toEqual([]);
  });
});
