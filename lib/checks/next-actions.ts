/**
 * What to do next on a claim, from its lines' denials and the cross-check findings: the "Next
 * actions" box at the top of the Claim tab. Pure: the claim, the findings and (optionally) a letter
 * chooser in, rows out; the view only words and links them.
 *
 * - One denial = one group + CARC, with the remarks (RARCs) and the lines it sits on; the
 *   playbook's first action is what to do, its others are the alternatives.
 * - Rows group denials by action and letter: "Corrected claim / reopening, lines 1 and 4 (CO-16),
 *   fix E11, B88.0, units", "Appeal line 3 (CO-50) with the medical necessity letter by 03/15".
 * - Routine adjustments (lib/denials/routine.ts) fold into one summary; the patient's share
 *   (PR-1/2/3 and PR denials whose first action is to bill the patient) becomes one "bill the
 *   patient" row with its amount.
 * - Deadlines come from the deadline findings (timely filing for corrected claims, the appeal
 *   window for appeals); they never choose the letter.
 */
import type { Adjustment, AdjustmentGroup, Claim } from '@/lib/claim/types';
import type { Finding } from './types';
import { lookupCarc, type PlaybookAction, type PlaybookEntry } from '@/lib/denials';
import { adjustmentKey, isPatientShare, isRoutineAdjustment } from '@/lib/denials/routine';
import { playbookLetter, type Denial } from '@/lib/denials/letter';

export type ActionKind = 'corrected-claim' | 'appeal' | 'bill-other-payer' | 'call-payer' | 'bill-patient' | 'write-off';

/** Display order of the rows: fix what can be fixed, then dispute, then collect, then close. */
export const ACTION_ORDER: readonly ActionKind[] = ['corrected-claim', 'appeal', 'bill-other-payer', 'call-payer', 'bill-patient', 'write-off'];

/** Playbook steps -> the row they belong to; 'no-action' belongs to none. */
const KIND_OF: Record<PlaybookAction, ActionKind | null> = {
  'corrected-claim': 'corrected-claim',
  appeal: 'appeal',
  // Fix-the-claim steps by payer type: Medicare Part B reopening, Part A adjustment bill (xx7), a new
  // claim after MA130; the row's step text names which one.
  reopening: 'corrected-claim',
  'adjustment-bill': 'corrected-claim',
  'new-claim': 'corrected-claim',
  'send-records': 'appeal',
  'retro-authorization': 'appeal',
  'bill-other-payer': 'bill-other-payer',
  'verify-eligibility': 'call-payer',
  'call-payer': 'call-payer',
  'bill-patient': 'bill-patient',
  'write-off': 'write-off',
  'no-action': null,
};

/** Rules whose findings are something to fix on the claim itself (codes, pointers, units). */
const NOT_A_FIX: ReadonlySet<string> = new Set(['denial-playbook', 'timely-filing', 'appeal-window', 'amounts']);

export interface DenialGroup extends Denial {
  /** "CO-50": the group + CARC this denial is known by (its identity). */
  key: string;
  /** 0-based line indexes, in claim order. */
  lines: number[];
  /** Sum of the adjustment amounts shown on those lines, or null when the page shows none. */
  amount: number | null;
  entry: PlaybookEntry | null;
  /** What to do (null: the playbook says nothing needs doing). */
  action: ActionKind | null;
  /** What else may fit ("appeal, or write off"). */
  alternatives: ActionKind[];
  /** The letter that answers this denial (null: none fits; the user picks). */
  templateId: string | null;
  /** Indexes (into the findings given) of this denial's own playbook findings. */
  evidence: number[];
}

export interface NextAction {
  kind: ActionKind;
  lines: number[];
  /** Keys of the denials behind the row ("CO-16"); empty for a fix found by the checks alone. */
  denials: string[];
  /** RARCs on those lines under those denials. */
  remarks: string[];
  templateId: string | null;
  alternatives: ActionKind[];
  /** Findings (indexes) that say what to fix: codes, pointers, units. */
  fixes: number[];
  /** Findings (indexes) that back the row: the denials' playbook findings, then the fixes. */
  evidence: number[];
  /** The date to act by (ISO) and which deadline gave it; null when none applies or is known. */
  due: { date: string; rule: 'timely-filing' | 'appeal-window'; closed: boolean; finding: number } | null;
  /** Money the row is about: the patient's share for "bill the patient", the denied amount otherwise. */
  amount: number | null;
}

export interface RoutineSummary {
  /** Distinct routine codes, in first-seen order ("CO-45", "PR-2"). */
  codes: string[];
  lines: number[];
  contractual: number;
  patientShare: number;
  sequestration: number;
  /** Other routine reductions the playbook knows (CO-59, OA-23) folded in too. */
  other: number;
}

export interface NextActionsResult {
  actions: NextAction[];
  denials: DenialGroup[];
  routine: RoutineSummary | null;
}

export interface NextActionsOptions {
  /** The letter for a denial; defaults to the playbook's (the panel adds the user's own templates). */
  letterFor?(denial: Denial): string | null;
}

const sum = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? Math.round(known.reduce((a, b) => a + b, 0) * 100) / 100 : null;
};

const uniq = <T>(values: T[]): T[] => [...new Set(values)];

const cents = (n: number) => Math.round(n * 100) / 100;

/** Routine in the playbook's sense (a reduction nobody works), beyond the five named ones. */
function isPlaybookRoutine(a: Adjustment): boolean {
  return lookupCarc(a.reason)?.kind === 'routine' && lookupCarc(a.reason)!.actions[0] === 'no-action';
}

/** Lines a finding is about: its line, the lines pointing at its diagnosis, or none for the claim. */
function linesOf(f: Finding, claim: Claim): number[] {
  if ('line' in f.where) return [f.where.line];
  if ('diagnosis' in f.where) {
    const letter = f.where.diagnosis + 1;
    return claim.lines.flatMap((l, i) => (l.dxPointers.includes(letter) ? [i] : []));
  }
  return [];
}

export function denialGroups(claim: Claim, findings: readonly Finding[], options: NextActionsOptions = {}): DenialGroup[] {
  const byKey = new Map<string, { group: AdjustmentGroup | null; reason: string; lines: number[]; amounts: (number | null)[]; remarks: string[] }>();
  claim.lines.forEach((line, i) => {
    for (const a of line.adjustments) {
      if (isRoutineAdjustment(a) || isPlaybookRoutine(a) || !a.reason.trim()) continue;
      const key = adjustmentKey(a);
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = { group: a.group, reason: key.replace(/^[A-Z]{2}-/, ''), lines: [], amounts: [], remarks: [] }));
      if (!g.lines.includes(i)) g.lines.push(i);
      g.amounts.push(a.amount);
      g.remarks.push(...line.remarks.map((r) => r.trim().toUpperCase()).filter(Boolean));
    }
  });
  const letterFor = options.letterFor ?? playbookLetter;
  return [...byKey.entries()].map(([key, g]) => {
    const entry = lookupCarc(g.reason);
    // Outside the playbook: nobody here knows the remedy, so ask the payer (and verify).
    const kinds = uniq((entry?.actions ?? ['call-payer']).map((a) => KIND_OF[a]).filter((k): k is ActionKind => k !== null));
    const denial: Denial = { group: g.group, reason: g.reason, remarks: uniq(g.remarks) };
    const evidence = findings.flatMap((f, idx) =>
      f.rule === 'denial-playbook' && 'line' in f.where && g.lines.includes(f.where.line)
        && (f.code === key || (f.params.list === 'rarc' && denial.remarks.includes(String(f.params.code)))) ? [idx] : []);
    return {
      ...denial,
      key,
      lines: g.lines,
      amount: sum(g.amounts),
      entry,
      action: kinds[0] ?? null,
      alternatives: kinds.slice(1),
      templateId: letterFor(denial),
      evidence,
    };
  });
}

function routineSummary(claim: Claim): RoutineSummary | null {
  const codes: string[] = [];
  const lines: number[] = [];
  const out = { contractual: 0, patientShare: 0, sequestration: 0, other: 0 };
  claim.lines.forEach((line, i) => {
    for (const a of line.adjustments) {
      if (!isRoutineAdjustment(a) && !isPlaybookRoutine(a)) continue;
      const key = adjustmentKey(a);
      if (!codes.includes(key)) codes.push(key);
      if (!lines.includes(i)) lines.push(i);
      const amount = a.amount ?? 0;
      if (isPatientShare(a)) out.patientShare += amount;
      else if (key === 'CO-45') out.contractual += amount;
      else if (key === 'CO-253') out.sequestration += amount;
      else out.other += amount;
    }
  });
  if (!codes.length) return null;
  return { codes, lines, contractual: cents(out.contractual), patientShare: cents(out.patientShare), sequestration: cents(out.sequestration), other: cents(out.other) };
}

function deadline(findings: readonly Finding[], rule: 'timely-filing' | 'appeal-window'): NextAction['due'] {
  const idx = findings.findIndex((f) => f.rule === rule && typeof f.params.due === 'string');
  if (idx < 0) return null;
  const f = findings[idx]!;
  return { date: String(f.params.due), rule, closed: f.messageKey.includes('.closed.'), finding: idx };
}

export function nextActions(claim: Claim, findings: readonly Finding[], options: NextActionsOptions = {}): NextActionsResult {
  const denials = denialGroups(claim, findings, options);
  const routine = routineSummary(claim);
  const rows = new Map<string, NextAction>();
  const row = (kind: ActionKind, templateId: string | null): NextAction => {
    const id = `${kind}|${templateId ?? ''}`;
    let r = rows.get(id);
    if (!r) {
      rows.set(id, (r = { kind, lines: [], denials: [], remarks: [], templateId, alternatives: [], fixes: [], evidence: [], due: null, amount: null }));
    }
    return r;
  };
  for (const d of denials) {
    if (!d.action) continue;
    // Billing the patient needs no letter; the other rows carry the denial's letter.
    const r = row(d.action, d.action === 'bill-patient' || d.action === 'write-off' ? null : d.templateId);
    r.lines = uniq([...r.lines, ...d.lines]);
    r.denials.push(d.key);
    r.remarks = uniq([...r.remarks, ...d.remarks]);
    r.alternatives = uniq([...r.alternatives, ...d.alternatives]).filter((k) => k !== d.action);
    r.evidence.push(...d.evidence);
    r.amount = sum([r.amount, d.amount]);
  }
  // What the checks found to fix: on the lines of a corrected claim when there is one, else a row of its own.
  const fixes = findings.flatMap((f, idx) => (!NOT_A_FIX.has(f.rule) && f.severity !== 'info' ? [idx] : []));
  if (fixes.length) {
    const corrected = [...rows.values()].filter((r) => r.kind === 'corrected-claim');
    for (const idx of fixes) {
      const lines = linesOf(findings[idx]!, claim);
      const target = corrected.find((r) => lines.some((l) => r.lines.includes(l)))
        ?? corrected[0]
        ?? row('corrected-claim', 'corrected-claim');
      target.fixes.push(idx);
      target.evidence.push(idx);
      if (!corrected.includes(target)) corrected.push(target);
      if (target.denials.length === 0) target.lines = uniq([...target.lines, ...lines]).sort((a, b) => a - b);
    }
  }
  // The patient's share of routine adjustments joins the "bill the patient" row.
  if (routine && routine.patientShare > 0) {
    const r = row('bill-patient', null);
    const shareLines = claim.lines.flatMap((l, i) => (l.adjustments.some(isPatientShare) ? [i] : []));
    r.lines = uniq([...r.lines, ...shareLines]).sort((a, b) => a - b);
    r.amount = sum([r.amount, routine.patientShare]);
  }
  const filing = deadline(findings, 'timely-filing');
  const appeal = deadline(findings, 'appeal-window');
  for (const r of rows.values()) {
    if (r.kind === 'corrected-claim') r.due = filing;
    if (r.kind === 'appeal') r.due = appeal;
    r.evidence = uniq(r.evidence);
  }
  const actions = [...rows.values()].sort((a, b) =>
    ACTION_ORDER.indexOf(a.kind) - ACTION_ORDER.indexOf(b.kind) || (a.lines[0] ?? 0) - (b.lines[0] ?? 0));
  return { actions, denials, routine };
}
