/** ICD-10-CM look-ups several rules share: placeholder repair and billable suggestions on a date. */
import type { CheckContext, DiagnosisInfo } from '@/lib/checks/types';

const SUGGESTION_LIMIT = 6;

/**
 * "S09.90A" -> "S09.90XA": a 7th character typed without its X placeholders. Returns the repaired
 * code in display form when the tables know it as billable, else null.
 */
export function placeholderRepair(ctx: CheckContext, body: string): string | null {
  if (body.length < 4 || body.length > 6 || !/[A-Z]$/.test(body)) return null;
  const candidate = body.slice(0, -1).padEnd(6, 'X') + body.slice(-1);
  const entry = ctx.tables.get('icd10cm', candidate);
  return entry?.billable ? entry.code : null;
}

/** Billable descendants of a code, keeping those valid on `dos` when a date is known. */
export function billableOnDate(ctx: CheckContext, code: string, dos: string | null): string[] {
  const out: string[] = [];
  for (const d of ctx.tables.billableDescendants(code, SUGGESTION_LIMIT * 3)) {
    if (dos && ctx.validity('icd10cm', d.code, dos).status !== 'valid') continue;
    out.push(d.code);
    if (out.length === SUGGESTION_LIMIT) break;
  }
  return out;
}

/** True when the 7th-character rule, not the header rule, explains a non-billable code. */
export function lacksSeventhCharacter(ctx: CheckContext, dx: DiagnosisInfo): boolean {
  return dx.system === 'icd10cm' && dx.body.length < 7 && ctx.tables.sevenCharacter(dx.display, dx.dates[0] ?? ctx.claimDate ?? undefined) !== null;
}

export function joinCodes(codes: readonly string[]): string {
  return codes.join(', ');
}
