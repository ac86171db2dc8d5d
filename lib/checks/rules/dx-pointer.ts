/** Diagnosis pointers (CMS-1500 box 24E) that point at no diagnosis, or lines that point nowhere. */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const dxPointer: Rule = {
  id: 'dx-pointer',
  check(ctx) {
    const out: Finding[] = [];
    const count = ctx.claim.diagnoses.length;
    const range = count > 0 ? `A–${diagnosisLetter(count - 1)}` : '';
    // Many portals do not show pointers at all: only flag a line without any when others have some.
    const pointersShown = ctx.claim.lines.some((l) => l.dxPointers.length > 0);
    ctx.claim.lines.forEach((line, i) => {
      const n = i + 1;
      for (const p of line.dxPointers) {
        if (p >= 1 && p <= count && Number.isInteger(p)) continue;
        const letter = p >= 1 && Number.isInteger(p) ? diagnosisLetter(p - 1) : String(p);
        out.push(makeFinding('dx-pointer', 'error', { line: i }, line.code, count === 0 ? 'check.dx-pointer.noDiagnoses' : 'check.dx-pointer',
          { n, letter, count, range }, { templateId: 'corrected-claim' }));
      }
      if (line.dxPointers.length === 0 && pointersShown && count > 0 && line.code) {
        out.push(makeFinding('dx-pointer', 'warning', { line: i }, line.code, 'check.dx-pointer.missing', { n, range }, { templateId: 'corrected-claim' }));
      }
    });
    return out;
  },
};
