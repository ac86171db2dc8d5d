/**
 * A manifestation code listed first: on the claim (diagnosis A) or as a line's first pointer (the
 * diagnosis the payer reads as that line's reason). Guideline I.A.13 (etiology/manifestation
 * convention): titles "in diseases classified elsewhere" and codes whose "code first" note names
 * the underlying condition are never first-listed; they follow the underlying condition.
 *
 * - title "in ... classified elsewhere" (and the anemia / cerebrovascular syndrome manifestation
 *   categories whose titles do not say so): error;
 * - another "code first" note naming an *underlying* condition: warning (it binds when the record
 *   documents that condition). Conditional notes ("code first any associated ...", "tachycardia
 *   complicating: abortion ...", "if applicable") are not flagged: they apply only in their context.
 */
import type { CheckContext, DiagnosisInfo, Finding, Rule, Severity } from '@/lib/checks/types';
import { diagnosisLetter } from '@/lib/checks/codes';
import { makeFinding } from '@/lib/checks/make';

// Manifestation categories whose titles do not say "classified elsewhere" but whose "code first"
// note makes them manifestations: D63.- anemia in chronic diseases (D63.0 neoplastic, D63.1 CKD,
// D63.8 other), G46.- vascular syndromes of brain in cerebrovascular diseases.
const MANIFESTATION_CATEGORIES = /^(D63|G46)/;

interface Manifestation { severity: Severity; kind: 'title' | 'codeFirst'; underlying: string }

function underlyingOf(ctx: CheckContext, dx: DiagnosisInfo): { text: string; binding: boolean } {
  const codeFirst = ctx.tables.notes(dx.display, dx.dates[0] ?? ctx.claimDate ?? undefined)?.codeFirst ?? [];
  return {
    text: codeFirst.map((n) => n.text).filter(Boolean).slice(0, 3).join('; '),
    binding: codeFirst.some((n) => /\bunderlying\b/i.test(n.text) && !/if applicable/i.test(n.text)),
  };
}

/**
 * Notes are read only when needed (a few tenths of a millisecond each on the real tables): for a
 * manifestation title, to name the underlying condition; for "code first" notes, on diagnosis A only
 * (a line's first pointer is checked for manifestation titles).
 */
function manifestation(ctx: CheckContext, dx: DiagnosisInfo, readCodeFirst: boolean): Manifestation | null {
  if (dx.system !== 'icd10cm') return null;
  if (ctx.tables.isManifestation(dx.display) || MANIFESTATION_CATEGORIES.test(dx.body)) {
    return { severity: 'error', kind: 'title', underlying: underlyingOf(ctx, dx).text };
  }
  if (!readCodeFirst) return null;
  const u = underlyingOf(ctx, dx);
  return u.binding ? { severity: 'warning', kind: 'codeFirst', underlying: u.text } : null;
}

export const icd10ManifestationFirst: Rule = {
  id: 'icd10-manifestation-first',
  check(ctx) {
    const out: Finding[] = [];
    const cache = new Map<number, Manifestation | null>();
    const of = (dx: DiagnosisInfo) => {
      if (!cache.has(dx.index)) cache.set(dx.index, manifestation(ctx, dx, false));
      return cache.get(dx.index)!;
    };
    const first = ctx.diagnoses[0];
    const m = first ? manifestation(ctx, first, true) : null;
    if (first && m) {
      out.push(makeFinding('icd10-manifestation-first', m.severity, { diagnosis: 0 }, first.display, `check.icd10-manifestation-first.${m.kind}`,
        { code: first.display, underlying: m.underlying || '—' }, { templateId: 'corrected-claim', sourceKey: 'check.source.manifestation' }));
    }
    ctx.claim.lines.forEach((line, i) => {
      const p = line.dxPointers[0];
      // Pointer A is diagnosis A: already reported once above.
      if (p === undefined || p === 1) return;
      const dx = ctx.diagnoses[p - 1];
      const lm = dx ? of(dx) : null;
      if (!dx || !lm) return;
      out.push(makeFinding('icd10-manifestation-first', lm.severity, { line: i }, dx.display, `check.icd10-manifestation-first.line.${lm.kind}`,
        { n: i + 1, code: dx.display, letter: diagnosisLetter(dx.index), underlying: lm.underlying || '—' },
        { fixKey: 'check.icd10-manifestation-first.line.fix', templateId: 'corrected-claim', sourceKey: 'check.source.manifestation' }));
    });
    return out;
  },
};
