/** The same code with the same modifiers on the same date twice: payers deny the copy (CARC 18). */
import { makeFinding } from '@/lib/checks/make';
import type { Finding, Rule } from '@/lib/checks/types';

export const duplicateLine: Rule = {
  id: 'duplicate-line',
  check(ctx) {
    const out: Finding[] = [];
    const first = new Map<string, number>();
    ctx.claim.lines.forEach((line, i) => {
      if (!line.code) return;
      // Reversal lines (negative units/amounts) legitimately repeat the line they reverse.
      if ((line.units ?? 1) < 0 || (line.billed ?? 0) < 0) return;
      const dos = ctx.lineDates[i] ?? '';
      const mods = line.modifiers.length < 2 ? line.modifiers.join(',') : [...line.modifiers].sort().join(',');
      const key = `${line.code}|${mods.toUpperCase()}|${dos}`;
      const seen = first.get(key);
      if (seen === undefined) { first.set(key, i); return; }
      const code = line.modifiers.length ? `${line.code}-${line.modifiers.join('-')}` : line.code;
      out.push(makeFinding('duplicate-line', 'warning', { line: i }, line.code, 'check.duplicate-line',
        { n: i + 1, first: seen + 1, code, dos: dos || '—' }, { templateId: 'corrected-claim' }));
    });
    return out;
  },
};
