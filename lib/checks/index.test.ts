import { describe, expect, it } from 'vitest';
import checksStrings from './strings';

const checks: Record<'en' | 'fr', Record<string, string>> = checksStrings;
import { checkClaim, localizeFinding, RULES, worstSeverity } from '@/lib/checks';
import { demoProblemClaim } from '@/test/support/checks/demo-claim';
import { claim, line, TODAY } from '@/test/support/checks/claims';
import { TestTables } from '@/test/support/checks/tables';

describe('checkClaim', () => {
  const findings = checkClaim(demoProblemClaim(), new TestTables(), {}, TODAY);

  it('finds the known problems of the demo claim', () => {
    const rules = new Set(findings.map((f) => f.rule));
    for (const id of ['icd10-manifestation-first', 'icd10-header', 'icd10-dos', 'icd10-excludes1', 'icd10-seventh-character',
      'icd10-placeholder', 'hcpcs-validity', 'modifier-unknown', 'dx-pointer', 'duplicate-line', 'units', 'amounts',
      'denial-playbook', 'appeal-window']) {
      expect(rules, id).toContain(id);
    }
  });

  it('sorts errors, then warnings, then info; claim before diagnoses before lines', () => {
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const errors = findings.filter((f) => f.severity === 'error');
    const infos = findings.filter((f) => f.severity === 'info');
    expect(infos[0]!.where).toEqual({ claim: true });
    const firstLine = errors.findIndex((f) => 'line' in f.where);
    expect(errors.slice(firstLine).every((f) => 'line' in f.where)).toBe(true);
  });

  it('renders every finding from catalog keys that exist in both languages, with no placeholder left', () => {
    for (const f of findings) {
      expect(checks.en[f.messageKey], f.messageKey).toBeDefined();
      expect(checks.fr[f.fixKey], f.fixKey).toBeDefined();
      for (const locale of ['en', 'fr'] as const) {
        const { message, fix } = localizeFinding(f, locale);
        expect(`${message} ${fix}`, `${f.rule} ${locale}`).not.toMatch(/\{\w+\}/);
      }
      // The UI shows dates in the user's format; the CLI's English keeps ISO days.
      expect(f.message.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$2/$3/$1')).toBe(localizeFinding(f, 'en').message);
    }
  });

  it('an adjudicated denial shows its appeal window, not timely filing (the demo is a processed Part B claim)', () => {
    expect(findings.some((f) => f.rule === 'timely-filing')).toBe(false);
    expect(findings.filter((f) => f.rule === 'appeal-window').map((f) => f.params.payerType)).toEqual(['medicare-part-b', 'medicare-part-b']);
  });

  it('names the source of every finding built from a release, guideline or payer rule', () => {
    for (const f of findings) {
      // Amounts only compare what the page shows; an unknown CARC has no source to name.
      if (f.rule === 'amounts' || f.messageKey === 'check.denial-playbook.unknown.message') continue;
      expect(f.source, `${f.rule} ${f.messageKey}`).not.toBe('');
    }
  });

  it('returns nothing for a clean claim', () => {
    expect(checkClaim(claim(), new TestTables(), {}, TODAY)).toEqual([]);
  });

  it('skips rules the user disabled', () => {
    const without = checkClaim(demoProblemClaim(), new TestTables(), { disabledRules: ['denial-playbook', 'amounts'] }, TODAY);
    expect(without.some((f) => f.rule === 'denial-playbook' || f.rule === 'amounts')).toBe(false);
    expect(without.length).toBeLessThan(findings.length);
  });

  it('asks the tables once per code and date on a long claim', () => {
    const tables = new TestTables();
    const lines = Array.from({ length: 200 }, (_, i) => line({ code: 'J1100', serviceDate: i % 2 ? '2026-03-02' : '2026-03-03', dxPointers: [1] }));
    checkClaim(claim({ lines }), tables, {}, TODAY);
    expect(tables.validityCalls).toBeLessThan(10);
  });

  it('gives the worst severity overall and per place, for badges', () => {
    expect(worstSeverity(findings)).toBe('error');
    expect(worstSeverity(findings, { diagnosis: 1 })).toBe('error');
    expect(worstSeverity([], { line: 0 })).toBeNull();
  });

  it('has one rule per id', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

describe('checks catalog', () => {
  it('has the same keys in English and French', () => {
    expect(Object.keys(checks.fr).sort()).toEqual(Object.keys(checks.en).sort());
  });

  it('keeps the same placeholders in both languages', () => {
    for (const [key, en] of Object.entries(checks.en)) {
      expect(placeholders(checks.fr[key]!), key).toEqual(placeholders(en));
    }
  });
});

describe('checkClaim: letters offered by payer type', () => {
  it('offers no corrected-claim letter for Original Medicare Part B, nor after MA130; does for a commercial plan', () => {
    const coding = { diagnoses: ['E11'], serviceFrom: '2026-03-02' };
    const partB = checkClaim(claim({ ...coding, payer: 'Medicare Part B' }), new TestTables(), {}, TODAY);
    expect(partB.find((f) => f.rule === 'icd10-header')!.templateId).toBeNull();
    const ma130 = checkClaim(claim({ ...coding, payer: 'Aetna', lines: [line({ remarks: ['MA130'] })] }), new TestTables(), {}, TODAY);
    expect(ma130.some((f) => f.templateId === 'corrected-claim')).toBe(false);
    const commercial = checkClaim(claim({ ...coding, payer: 'Aetna' }), new TestTables(), {}, TODAY);
    expect(commercial.find((f) => f.rule === 'icd10-header')!.templateId).toBe('corrected-claim');
  });

  it('a grouped finding marks each of its lines for badges', () => {
    const c = claim({ lines: [line({ adjustments: [{ group: 'CO', reason: '197', amount: 1 }] }), line({ adjustments: [{ group: 'CO', reason: '197', amount: 1 }] })] });
    const found = checkClaim(c, new TestTables(), {}, TODAY);
    expect(worstSeverity(found, { line: 1 })).toBe('warning');
  });
});
