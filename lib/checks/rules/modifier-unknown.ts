/** Modifiers that are in no loaded list, or no longer valid on the line's date of service. */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const modifierUnknown: Rule = {
  id: 'modifier-unknown',
  check(ctx) {
    const out: Finding[] = [];
    ctx.claim.lines.forEach((line, i) => {
      const dos = ctx.lineDates[i];
      for (const modifier of line.modifiers) {
        const entry = ctx.get('modifier', modifier);
        if (!entry) {
          out.push(makeFinding('modifier-unknown', 'error', { line: i }, modifier, 'check.modifier-unknown', { n: i + 1, code: modifier }, { templateId: 'corrected-claim' }));
        } else if (dos && ctx.validity('modifier', entry.code, dos).status === 'terminated') {
          out.push(makeFinding('modifier-unknown', 'error', { line: i }, entry.code, 'check.modifier-unknown.terminated', { n: i + 1, code: entry.code, dos }, { templateId: 'corrected-claim' }));
        }
      }
    });
    return out;
  },
};
