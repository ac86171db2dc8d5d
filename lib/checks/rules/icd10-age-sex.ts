/**
 * Chapter-level age and sex conflicts, when the page shows the patient's sex or birth date:
 * maternity codes on a male patient or outside ages 12-55, perinatal (P) codes after the first
 * year, sex-specific genital codes on the other sex. Warnings, never errors: the edit tables
 * payers use (the Medicare Code Editor's age and sex lists) are not loaded, P codes may be used
 * throughout life when the condition began in the perinatal period (guideline I.C.16.a.4), and a
 * patient's registered sex may differ from the anatomy the code describes.
 */
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { isIsoDate } from '@/lib/platform/dates';

// Maternity: chapter 15 (O00-O9A) and the pregnancy Z codes (Z33.1 pregnant state, Z34 supervision
// of normal pregnancy, Z3A weeks of gestation, Z37 outcome of delivery, Z39 postpartum care).
const MATERNITY = /^(O|Z331|Z34|Z3A|Z37|Z39)/;
const PERINATAL = /^P/;
// Male genital organs and their neoplasms, screening and congenital malformations.
const MALE_ONLY = /^(C6[0-3]|D07[4-6]|D29|D40|N4\d|N5[0-3]|Q5[3-5]|R86|Z125)/;
// Female genital organs and breast-independent gynecological codes.
const FEMALE_ONLY = /^(C5[1-8]|D06|D07[0-3]|D2[5-8]|D39|N[7-9]\d|Q5[0-2]|R87|Z124|Z0141)/;

/** Whole years between two ISO dates. */
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const icd10AgeSex: Rule = {
  id: 'icd10-age-sex',
  check(ctx) {
    const out: Finding[] = [];
    const sex = ctx.claim.patientSex;
    const birth = isIsoDate(ctx.claim.patientDob) ? ctx.claim.patientDob : null;
    if ((!sex || sex === 'U') && !birth) return out;
    for (const dx of ctx.diagnoses) {
      if (dx.system !== 'icd10cm') continue;
      const where = { diagnosis: dx.index };
      const base = { letter: diagnosisLetter(dx.index), code: dx.display };
      const dos = dx.dates[0] ?? ctx.claimDate;
      const age = birth && dos && dos >= birth ? ageOn(birth, dos) : null;
      const push = (variant: string, params: Record<string, string | number> = {}) =>
        out.push(makeFinding('icd10-age-sex', 'warning', where, dx.display, `check.icd10-age-sex.${variant}`, { ...base, age: age ?? '', ...params },
          { fixKey: `check.icd10-age-sex.${variant}.fix`, sourceKey: `check.source.ageSex.${variant}` }));
      if (MATERNITY.test(dx.body)) {
        if (sex === 'M') push('maternitySex');
        else if (age !== null && (age < 12 || age > 55)) push('maternityAge');
      } else if (PERINATAL.test(dx.body)) {
        if (age !== null && age >= 1) push('perinatalAge');
      } else if (sex === 'F' && MALE_ONLY.test(dx.body)) {
        push('sex', { sexKey: 'check.icd10-age-sex.female', expectedKey: 'check.icd10-age-sex.male' });
      } else if (sex === 'M' && FEMALE_ONLY.test(dx.body)) {
        push('sex', { sexKey: 'check.icd10-age-sex.male', expectedKey: 'check.icd10-age-sex.female' });
      }
    }
    return out;
  },
};
