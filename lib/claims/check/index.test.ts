import { describe, expect, it } from 'vitest';
import checks from '../../i18n/messages/checks';
import { checkClaim, localizeFinding, RULES, worstSeverity } from './index';
import { demoProblemClaim } from './demo-claim';
import { claim, line, TODAY } from './test-claims';
import { TestTables } from './test-tables';

describe('checkClaim', () => {
  const findings = checkClaim(demoProblemClaim(), new TestTables(), {}, TODAY);

  it('finds the known problems of the demo claim', () => {
    const rules = new Set(findings.map((f) => f.rule));
    for (const id of ['icd10-manifestation-first', 'icd10-header', 'icd10-dos', 'icd10-excludes1', 'icd10-seventh-character',
      'icd10-placeholder', 'hcpcs-validity', 'modifier-unknown', 'dx-pointer', 'duplicate-line', 'units', 'amounts',
      'denial-playbook', 'timely-filing', 'appeal-window']) {
      expect(rules, id).toContain(id);
    }
  });

  it('sorts errors, then warnings, then info; claim before diagnoses before lines', () => {
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors[0]!.where).toEqual({ claim: true });
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
