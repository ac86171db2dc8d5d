/**
 * The same code with the same modifiers on the same date twice: payers deny the copy (CARC 18).
 * Not on institutional claims' revenue lines: a UB-04 repeats revenue codes (several 0250 pharmacy
 * or 0300 lab lines on one date) and a revenue code with no HCPCS is a valid line there.
 */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';
import { claimTypeOf } from '@/lib/claim/claim-type';
import { codeBody, isRevenueLineCode } from '@/lib/checks/codes';

export const duplicateLine: Rule = {
  id: 'duplicate-line',
  check(ctx) {
    const out: Finding[] = [];
    const institutional = claimTypeOf(ctx.claim) === 'institutional';
    const first = new Map<string, number>();
    ctx.claim.lines.forEach((line, i) => {
      if (!line.code) return;
      // A revenue code alone (no HCPCS) is an institutional charge line, not a service to deduplicate.
      if (isRevenueLineCode(codeBody(line.code)) && (institutional || !line.modifiers.length)) return;
      // Reversal lines (negative units/amounts) legitimately repeat the line they reverse.
      if ((line.units ?? 1) < 0 || (line.billed ?? 0) < 0) return;
      const dos = ctx.lineDates[i] ?? '';
      const mods = line.modifiers.length < 2 ? line.modifiers.join(',') : [...line.modifiers].sort().join(',');
      // Institutional: the same HCPCS under two revenue codes is two charges (e.g. drug and its administration).
      const revenue = institutional ? `${line.revenueCode ?? ''}|` : '';
      const key = `${revenue}${line.code}|${mods.toUpperCase()}|${dos}`;
      const seen = first.get(key);
      if (seen === undefined) { first.set(key, i); return; }
      const code = line.modifiers.length ? `${line.code}-${line.modifiers.join('-')}` : line.code;
      out.push(makeFinding('duplicate-line', 'warning', { line: i }, line.code, 'check.duplicate-line',
        { n: i + 1, first: seen + 1, code, dos: dos || '—' }, { templateId: 'corrected-claim', sourceKey: 'check.source.duplicate' }));
    });
    return out;
  },
};
