/**
 * Field accuracy of the claim reader against expected claims: correct / wrong / missing per field,
 * so a change to the reader is judged on pages it was not written for (issue 13), not only on the
 * fixtures it must deep-equal. Pure: expected and actual pages in, counts and differences out.
 *
 * Counting: a field the page shows is correct (equal), missing (not read) or wrong (read
 * differently). A field the page does not show that the reader filled anyway is wrong too: an
 * invented value costs the user more than a missing one. Fields absent on both sides do not count.
 */
import { emptyClaim, isClaimList, type Claim, type ClaimPageData, type ServiceLine } from '@/lib/claim/types';
import { emptyLine } from './portals/lines';

export interface FieldScore {
  correct: number;
  wrong: number;
  missing: number;
}

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
  kind: 'wrong' | 'missing';
}

export interface PageScore {
  fields: Record<string, FieldScore>;
  differences: Difference[];
}

type PartialClaim = Partial<Omit<Claim, 'lines'>> & { lines?: Partial<ServiceLine>[] };

/**
 * Fixture JSON lists only what the page shows: the rest is null or empty. Keeps expected files
 * short, so writing many of them stays cheap and each one reads as what a specialist sees.
 */
export function expandExpected(partial: PartialClaim | { claims: PartialClaim[] }, portal = 'generic'): ClaimPageData {
  const one = (p: PartialClaim): Claim => ({
    ...emptyClaim(portal),
    ...p,
    portal,
    lines: (p.lines ?? []).map((l) => ({ ...emptyLine(), ...l })),
  }) as Claim;
  if ('claims' in partial && Array.isArray(partial.claims)) return { claims: partial.claims.map(one) };
  return one(partial as PartialClaim);
}

const LINE_KEYS = ['code', 'modifiers', 'units', 'serviceDate', 'billed', 'allowed', 'paid', 'dxPointers', 'adjustments', 'remarks'] as const;
const CLAIM_FIELDS = [
  'payer', 'claimNumber', 'patientAccountNumber', 'memberId', 'patientName', 'patientDob', 'serviceFrom', 'serviceTo',
  'status', 'statusCategory', 'billed', 'allowed', 'paid', 'patientResponsibility', 'checkNumber', 'paidDate', 'diagnoses',
] as const;

const isEmpty = (v: unknown) => v === null || v === undefined || (Array.isArray(v) && v.length === 0);

// Adjustments are compared as a set: the order a page lists them in carries no meaning.
function canonical(key: string, v: unknown): string {
  if (key.endsWith('adjustments') && Array.isArray(v)) return JSON.stringify(v.map((a) => JSON.stringify(a)).sort());
  return JSON.stringify(v ?? null);
}

function bump(score: PageScore, field: string, path: string, expected: unknown, actual: unknown): void {
  const s = (score.fields[field] ??= { correct: 0, wrong: 0, missing: 0 });
  if (isEmpty(expected) && isEmpty(actual)) return;
  if (canonical(field, expected) === canonical(field, actual)) {
    s.correct++;
    return;
  }
  const kind = isEmpty(actual) ? 'missing' : 'wrong';
  s[kind]++;
  score.differences.push({ path, expected: expected ?? null, actual: actual ?? null, kind });
}

function scoreClaim(score: PageScore, expected: Claim, actual: Claim | undefined, prefix: string): void {
  for (const key of CLAIM_FIELDS) bump(score, key, `${prefix}${key}`, expected[key], actual?.[key]);
  const lines = actual?.lines ?? [];
  bump(score, 'lines.count', `${prefix}lines.length`, expected.lines.length || null, lines.length || null);
  const n = Math.max(expected.lines.length, lines.length);
  for (let i = 0; i < n; i++) {
    const e = expected.lines[i];
    const a = lines[i];
    for (const key of LINE_KEYS) bump(score, `line.${key}`, `${prefix}lines[${i}].${key}`, e?.[key], a?.[key]);
  }
}

export function scorePage(expected: ClaimPageData, actual: ClaimPageData): PageScore {
  const score: PageScore = { fields: {}, differences: [] };
  if (isClaimList(expected)) {
    const got = isClaimList(actual) ? actual.claims : [];
    bump(score, 'claims.count', 'claims.length', expected.claims.length, got.length || null);
    expected.claims.forEach((c, i) => scoreClaim(score, c, got[i], `claims[${i}].`));
    for (let i = expected.claims.length; i < got.length; i++) scoreClaim(score, { ...emptyClaim(got[i]!.portal) }, got[i], `claims[${i}].`);
    return score;
  }
  scoreClaim(score, expected, isClaimList(actual) ? undefined : actual, '');
  return score;
}

/** Sums page scores field by field. */
export function addScores(into: Record<string, FieldScore>, from: Record<string, FieldScore>): Record<string, FieldScore> {
  for (const [k, s] of Object.entries(from)) {
    const t = (into[k] ??= { correct: 0, wrong: 0, missing: 0 });
    t.correct += s.correct;
    t.wrong += s.wrong;
    t.missing += s.missing;
  }
  return into;
}

export function total(fields: Record<string, FieldScore>): FieldScore & { accuracy: number } {
  const t = addScores({}, Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v])));
  const sum = Object.values(t).reduce((a, s) => ({ correct: a.correct + s.correct, wrong: a.wrong + s.wrong, missing: a.missing + s.missing }), { correct: 0, wrong: 0, missing: 0 });
  const n = sum.correct + sum.wrong + sum.missing;
  return { ...sum, accuracy: n ? sum.correct / n : 1 };
}
