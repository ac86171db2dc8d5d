import { describe, expect, it } from 'vitest';
import { claim, line, run } from '@/test/support/checks/claims';
import { hcpcsValidity } from './hcpcs-validity';

describe('hcpcs-validity', () => {
  it('flags a code terminated before the date of service, with its last valid day', () => {
    const [f] = run(hcpcsValidity, claim({ serviceFrom: '2025-02-03', lines: [line({ code: 'Q0516' })] }));
    expect(f).toMatchObject({ severity: 'error', where: { line: 0 }, code: 'Q0516', params: { lastDay: '2024-12-31', dos: '2025-02-03' } });
  });

  it('uses the line date over the claim date', () => {
    const c = claim({ serviceFrom: '2024-12-20', lines: [line({ code: 'Q0516' }), line({ code: 'Q0516', serviceDate: '2025-01-02' })] });
    expect(run(hcpcsValidity, c).map((f) => f.where)).toEqual([{ line: 1 }]);
  });

  it('flags an unknown HCPCS code in the loaded file\'s quarter as an error, naming the file', () => {
    const [f] = run(hcpcsValidity, claim({ serviceFrom: '2025-02-10', lines: [line({ code: 'J9999' })] }));
    expect(f).toMatchObject({ severity: 'error', messageKey: 'check.hcpcs-validity.unknown.message' });
    expect(f!.source).toBe('Source: HCPCS January 2025 (test), effective 2025-01-01.');
  });

  it('flags a code not yet effective', () => {
    const findings = run(hcpcsValidity, claim({ serviceFrom: '2024-12-15', lines: [line({ code: 'A9615' })] }));
    expect(findings.map((f) => [f.severity, f.messageKey])).toEqual([['error', 'check.hcpcs-validity.notYet.message']]);
  });

  it('false alarm removed: an unknown HCPCS code dated outside the loaded quarter is a warning that names the file', () => {
    for (const dos of ['2026-03-02', '2024-12-15']) {
      const [f] = run(hcpcsValidity, claim({ serviceFrom: dos, lines: [line({ code: 'J9999' })] }));
      expect(f, dos).toMatchObject({ severity: 'warning', messageKey: 'check.hcpcs-validity.unknownOutside.message', templateId: null });
      expect(f!.message).toContain('HCPCS January 2025 (test)');
    }
  });

  it('passes valid HCPCS codes and leaves CPT codes alone', () => {
    expect(run(hcpcsValidity, claim({ lines: [line({ code: 'J1100' }), line({ code: 'g0439' }), line({ code: '99213' }), line({ code: 'D0120' })] }))).toEqual([]);
    expect(run(hcpcsValidity, claim({ serviceFrom: '2024-12-31', lines: [line({ code: 'Q0516' })] }))).toEqual([]);
  });
});
