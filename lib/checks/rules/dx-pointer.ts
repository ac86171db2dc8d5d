/**
 * Diagnosis pointers (CMS-1500 box 24E) that point at no diagnosis, or lines that point nowhere.
 * When the page gave no diagnoses at all but lines carry pointers, the reader missed them (many
 * remittance pages do not show diagnoses): one notice for the claim, pointer checks skipped.
 */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const dxPointer: Rule = {
  id: 'dx-pointer',
  check(ctx) {
    const out: Finding[] = [];
    const count = ctx.claim.diagnoses.length;
    const pointersShown = ctx.claim.lines.some((l) => l.dxPointers.length > 0);
    if (count === 0) {
      if (pointersShown) out.push(makeFinding('dx-pointer', 'info', { claim: true }, null, 'check.dx-pointer.notRead', {}));
      return out;
    }
    const range = `A–${diagnosisLetter(count - 1)}`;
    ctx.claim.lines.forEach((line, i) => {
      const n = i + 1;
      for (const p of line.dxPointers) {
        if (p >= 1 && p <= count && Number.isInteger(p)) continue;
        const letter = p >= 1 && Number.isInteger(p) ? diagnosisLetter(p - 1) : String(p);
        out.push(makeFinding('dx-pointer', 'error', { line: i }, line.code, 'check.dx-pointer',
          { n, letter, count, range }, { templateId: 'corrected-claim', sourceKey: 'check.source.pointers' }));
      }
      // Many portals do not show pointers at all: only flag a line without any when others have some.
      if (line.dxPointers.length === 0 && pointersShown && line.code) {
        out.push(makeFinding('dx-pointer', 'warning', { line: i }, line.code, 'check.dx-pointer.missing', { n, range }, { templateId: 'corrected-claim', sourceKey: 'check.source.pointers' }));
      }
    });
    return out;
  },
};
