/**
 * A remit repeats the same denial on many lines; the Claim tab says each explanation once, with
 * the lines it applies to ("Lines 1, 4"), instead of one card per line. Pure: findings in, folded
 * cards out, each knowing the indexes (into the given findings) it stands for, so links to a
 * finding (the next-actions box) land on its card.
 */
import type { Finding } from './types';

export interface FoldedFinding {
  finding: Finding;
  /** Indexes of every finding this card stands for, first one first. */
  indexes: number[];
  /** 0-based lines, when the finding is about lines; empty otherwise. */
  lines: number[];
}

/** Same rule, same code, same text: one explanation. Other findings stay one card each. */
function foldKey(f: Finding): string | null {
  if (f.rule !== 'denial-playbook' || !('line' in f.where)) return null;
  return `${f.messageKey}|${f.code ?? ''}|${JSON.stringify(f.params)}`;
}

export function foldFindings(findings: readonly Finding[]): FoldedFinding[] {
  const out: FoldedFinding[] = [];
  const byKey = new Map<string, FoldedFinding>();
  findings.forEach((f, i) => {
    const key = foldKey(f);
    // A finding the checks already grouped over several lines (CO-45 on four lines) brings them all.
    const lines = f.lines?.length ? f.lines : 'line' in f.where ? [f.where.line] : [];
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      existing.indexes.push(i);
      for (const l of lines) if (!existing.lines.includes(l)) existing.lines.push(l);
      return;
    }
    const card: FoldedFinding = { finding: f, indexes: [i], lines: [...lines] };
    if (key) byKey.set(key, card);
    out.push(card);
  });
  return out;
}

/** The DOM id of the card that shows finding `index`. */
export function findingAnchor(folded: readonly FoldedFinding[], index: number): string | null {
  const card = folded.find((c) => c.indexes.includes(index));
  return card ? `finding-${card.indexes[0]}` : null;
}
