/** Builders for rule tests: a claim with sensible defaults and lines overriding what they test. */
import { emptyClaim, type Claim, type ServiceLine } from '@/lib/claim/types';
import { buildContext } from '@/lib/checks/context';
import { TestTables } from './tables';
import type { CheckContext, CheckSettings, Rule } from '@/lib/checks/types';

export function line(overrides: Partial<ServiceLine> = {}): ServiceLine {
  return {
    code: '99213', modifiers: [], units: 1, serviceDate: null, billed: 150, allowed: 90, paid: 70,
    dxPointers: [1], adjustments: [], remarks: [], ...overrides,
  };
}

export function claim(overrides: Partial<Claim> = {}): Claim {
  return {
    ...emptyClaim('generic'), payer: 'Aetna', serviceFrom: '2026-03-02', serviceTo: '2026-03-02',
    statusCategory: 'F1', status: 'Paid', diagnoses: ['E11.9'], lines: [line()], ...overrides,
  };
}

export const TODAY = '2026-11-26';

export function context(c: Claim, settings: CheckSettings = {}, tables = new TestTables()): CheckContext {
  return buildContext(c, tables, settings, TODAY);
}

/** Runs one rule on a claim. */
export function run(rule: Rule, c: Claim, settings: CheckSettings = {}, tables = new TestTables()) {
  return rule.check(context(c, settings, tables));
}
