/**
 * Before a letter leaves: does it cite a code the checks flagged (a header code, a code not valid
 * on the date of service, an unknown modifier)? An appeal that quotes a wrong code is denied
 * again, so the Templates tab warns, naming the code and the problem. Pure: the final text (as
 * edited) and the findings in, the flagged codes it cites out.
 */
import type { Finding } from './types';

/** Findings about the claim's process (denials, deadlines, amounts), not about a code being wrong. */
const NOT_ABOUT_A_CODE: ReadonlySet<string> = new Set(['denial-playbook', 'timely-filing', 'appeal-window', 'amounts']);

export interface CitedFlag {
  code: string;
  /** Index into the findings given. */
  index: number;
  finding: Finding;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Flagged codes the text cites as whole codes ("E11" in "E11 and", not in "E11.9"); each code once. */
export function flaggedCodesCited(text: string, findings: readonly Finding[]): CitedFlag[] {
  const out: CitedFlag[] = [];
  const seen = new Set<string>();
  findings.forEach((finding, index) => {
    const code = finding.code?.trim();
    if (!code || finding.severity === 'info' || NOT_ABOUT_A_CODE.has(finding.rule) || seen.has(code.toUpperCase())) return;
    const whole = new RegExp(`(?<![A-Z0-9.])${escape(code)}(?![A-Z0-9]|\\.[A-Z0-9])`, 'i');
    if (!whole.test(text)) return;
    seen.add(code.toUpperCase());
    out.push({ code, index, finding });
  });
  return out;
}
