/**
 * Codes that may never be first-listed (diagnosis A, or a line's first pointer):
 * - V00-Y99 external causes: guideline I.C.20 ("never a principal (first-listed) diagnosis");
 * - Z3A weeks of gestation: used only with a pregnancy code listed before it (Z3A "code first" note,
 *   guideline I.C.15.b);
 * - Z68 body mass index: secondary only (guideline I.C.21.c.3);
 * - B95-B97 infectious agents: supplementary codes for the agent of a disease coded first
 *   (chapter 1 note at B95-B97).
 */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { DiagnosisInfo, Finding, Rule } from '@/lib/checks/types';

const KINDS: { kind: string; test: RegExp; section: string }[] = [
  { kind: 'externalCause', test: /^[V-Y]\d/, section: 'I.C.20' },
  { kind: 'gestation', test: /^Z3A/, section: 'I.C.15.b' },
  { kind: 'bmi', test: /^Z68/, section: 'I.C.21.c.3' },
  { kind: 'agent', test: /^B9[5-7]/, section: 'I.C.1 (B95-B97)' },
];

function kindOf(dx: DiagnosisInfo | undefined) {
  if (!dx || dx.system !== 'icd10cm') return null;
  return KINDS.find((k) => k.test.test(dx.body)) ?? null;
}

export const icd10NotFirstListed: Rule = {
  id: 'icd10-not-first-listed',
  check(ctx) {
    const out: Finding[] = [];
    const first = ctx.diagnoses[0];
    const k = kindOf(first);
    if (first && k) {
      out.push(makeFinding('icd10-not-first-listed', 'error', { diagnosis: 0 }, first.display, `check.icd10-not-first-listed.${k.kind}`,
        { code: first.display, section: k.section }, { fixKey: 'check.icd10-not-first-listed.fix', templateId: 'corrected-claim', sourceKey: 'check.source.guideline' }));
    }
    ctx.claim.lines.forEach((line, i) => {
      const p = line.dxPointers[0];
      if (p === undefined || p === 1) return;
      const dx = ctx.diagnoses[p - 1];
      const lk = kindOf(dx);
      if (!dx || !lk) return;
      out.push(makeFinding('icd10-not-first-listed', 'error', { line: i }, dx.display, `check.icd10-not-first-listed.line`,
        { n: i + 1, letter: diagnosisLetter(dx.index), code: dx.display, section: lk.section, kindKey: `check.icd10-not-first-listed.kind.${lk.kind}` },
        { fixKey: 'check.icd10-not-first-listed.line.fix', templateId: 'corrected-claim', sourceKey: 'check.source.guideline' }));
    });
    return out;
  },
};
