import { describe, expect, it } from 'vitest';
import { checkClaim } from '@/lib/checks';
import { demoProblemClaim } from '@/test/support/checks/demo-claim';
import { TestTables } from '@/test/support/checks/tables';
import { localizeFinding } from './render';
import { badgeVerdicts } from './verdicts';

const tables = new TestTables();
const opts = { today: '2026-11-26', locale: 'en' as const };

describe('badgeVerdicts', () => {
  it('judges codes on their date of service', () => {
    const [valid, header, deleted, unknown] = badgeVerdicts(
      [
        { system: 'icd10cm', code: 'E11.9', dos: '2026-03-01' },
        { system: 'icd10cm', code: 'E11', dos: '2026-03-01' },
        { system: 'icd10cm', code: 'B88.0', dos: '2026-03-01' },
        { system: 'icd10cm', code: 'Q99.99', dos: '2026-03-01' },
      ],
      tables, [], opts,
    );
    expect(valid!.status).toBe('valid');
    expect(header!.status).toBe('not-billable');
    expect(deleted!.status).toBe('not-valid-on-dos');
    expect(deleted!.tooltip).toMatch(/deleted 10\/01\/2025/);
    expect(unknown!.status).toBe('unknown');
  });

  it('explains playbook denial codes and says when a code is outside it', () => {
    const [co97, unknown, n130] = badgeVerdicts(
      [
        { system: 'carc', code: 'CO-97', dos: null },
        { system: 'carc', code: 'CO-B99', dos: null },
        { system: 'rarc', code: 'N130', dos: null },
      ],
      tables, [], opts,
    );
    expect(co97!.status).toBe('explained');
    expect(co97!.tooltip.length).toBeGreaterThan(20);
    expect(unknown!.status).toBe('unknown');
    expect(unknown!.tooltip).toMatch(/import the official X12 lists/);
    expect(n130!.status).toBe('explained');
    expect(badgeVerdicts([{ system: 'carc', code: 'CO-97', dos: null }], tables, [], { ...opts, locale: 'fr' })[0]!.tooltip).not.toBe(co97!.tooltip);
  });

  it('takes the colour of the worst finding about the code', () => {
    const claim = demoProblemClaim();
    const findings = checkClaim(claim, tables, {}, '2026-11-26');
    const errorCode = findings.find((f) => f.severity === 'error' && f.code)!.code!;
    const [v] = badgeVerdicts([{ system: 'icd10cm', code: errorCode, dos: claim.serviceFrom }], tables, findings, opts);
    expect(v!.severity).toBe('error');
    // The tooltip names the worst finding, as the side panel's card words it.
    const worst = findings.find((f) => f.code === errorCode && f.severity === 'error')!;
    expect(v!.tooltip.split('\n')[0]).toBe(`Error: ${localizeFinding(worst, 'en').message}`);
    const [none] = badgeVerdicts([{ system: 'icd10cm', code: 'E11.9', dos: '2026-03-01' }], tables, [], opts);
    expect(none!.severity).toBeUndefined();
  });
});
