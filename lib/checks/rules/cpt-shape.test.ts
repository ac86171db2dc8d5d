import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { cptShape } from './cpt-shape';

describe('cpt-shape', () => {
  it.each(['9921', '992133', '99-21X', 'Z1234', 'ABCDE', 'N1234'])('flags "%s"', (code) => {
    const [f] = run(cptShape, claim({ lines: [line({ code })] }));
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, code });
  });

  it('passes CPT categories I/II/III, PLA, HCPCS, revenue codes and lines without a code', () => {
    const lines = ['99213', '3074F', '0042T', '0001U', '0004M', 'J1100', 'D0120', '0450', '450', null].map((code) => line({ code }));
    expect(run(cptShape, claim({ lines }))).toEqual([]);
  });
});
