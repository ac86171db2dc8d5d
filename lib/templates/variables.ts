/**
 * The variables a template may use, and how they are filled from the extracted claim, the
 * practice settings and what the specialist types in for this one letter.
 */
import type { Claim, ServiceLine } from '@/lib/claim/types';
import { classifyClaimPayer, isOriginalMedicare } from '@/lib/deadlines/payer-type';
import { adjustmentCode } from './format';
import { isRoutineAdjustment } from '@/lib/denials/routine';
import type { PracticeSettings, TemplateVariables, VarValue } from './types';

export type VariableSource = 'claim' | 'practice' | 'date' | 'entered';

export interface VariableInfo {
  name: string;
  source: VariableSource;
  /** Value type, for the editor's help (which filters apply). */
  type: VarValue['type'];
  /** Whether a filled value identifies a patient or their claim (HIPAA PHI). */
  phi: boolean;
}

const v = (name: string, source: VariableSource, type: VarValue['type'], phi: boolean): VariableInfo => ({ name, source, type, phi });

/** Every known variable. Help text lives in the i18n catalog as `templates.var.<name>`. */
export const VARIABLES: readonly VariableInfo[] = [
  // The payer's name alone identifies no one; everything else read from a claim does.
  v('payer', 'claim', 'text', false),
  v('claimNumber', 'claim', 'text', true),
  v('patientAccountNumber', 'claim', 'text', true),
  v('memberId', 'claim', 'text', true),
  v('patientName', 'claim', 'text', true),
  v('patientDob', 'claim', 'date', true),
  v('serviceFrom', 'claim', 'date', true),
  v('serviceTo', 'claim', 'date', true),
  v('datesOfService', 'claim', 'dateRange', true),
  v('status', 'claim', 'text', true),
  v('billed', 'claim', 'money', true),
  v('allowed', 'claim', 'money', true),
  v('paid', 'claim', 'money', true),
  v('patientResponsibility', 'claim', 'money', true),
  v('checkNumber', 'claim', 'text', true),
  v('paidDate', 'claim', 'date', true),
  v('diagnoses', 'claim', 'list', true),
  v('denialCodes', 'claim', 'list', true),
  v('remarkCodes', 'claim', 'list', true),
  v('lines', 'claim', 'lines', true),
  v('deniedLines', 'claim', 'lines', true),
  v('providerName', 'practice', 'text', false),
  v('npi', 'practice', 'text', false),
  v('taxId', 'practice', 'text', false),
  v('practiceAddress', 'practice', 'text', false),
  v('practicePhone', 'practice', 'text', false),
  v('signature', 'practice', 'text', false),
  v('today', 'date', 'date', false),
  // Typed in the Templates tab for one letter; tied to a claim, so PHI.
  v('callReference', 'entered', 'text', true),
  v('repName', 'entered', 'text', true),
  v('nextFollowUp', 'entered', 'text', true),
  v('originalSubmissionDate', 'entered', 'text', true),
  v('submissionProof', 'entered', 'text', true),
  v('originalClaimNumber', 'entered', 'text', true),
  v('authorizationNumber', 'entered', 'text', true),
  v('otherPayer', 'entered', 'text', true),
  v('correctionSummary', 'entered', 'text', true),
  v('expectedAmount', 'entered', 'text', true),
  v('contractReference', 'entered', 'text', true),
  v('clinicalSummary', 'entered', 'text', true),
  v('explanation', 'entered', 'text', true),
  // Payer type flags for letter sections (the payer's kind identifies no one); the level typed by hand wins.
  v('originalMedicare', 'claim', 'text', false),
  v('medicareAdvantage', 'claim', 'text', false),
  v('appealLevel', 'entered', 'text', true),
];

const BY_NAME = new Map(VARIABLES.map((info) => [info.name, info]));

export function variableInfo(name: string): VariableInfo | undefined {
  return BY_NAME.get(name);
}

function isDeniedLine(line: ServiceLine): boolean {
  const denied = line.adjustments.some((a) => !isRoutineAdjustment(a));
  return denied || (line.paid === 0 && (line.billed ?? 0) > 0);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

const text = (s: string | null | undefined): VarValue | null => (s != null && s.trim() !== '' ? { type: 'text', value: s.trim() } : null);
const date = (iso: string | null | undefined): VarValue | null => (iso ? { type: 'date', iso } : null);
const amount = (n: number | null | undefined): VarValue | null => (n != null && Number.isFinite(n) ? { type: 'money', amount: n } : null);

function claimVariables(claim: Claim | null): TemplateVariables {
  if (!claim) return {};
  // Routine adjustments (lib/denials/routine.ts) are not denials: an appeal lists the others.
  const codes = claim.lines.flatMap((l) => l.adjustments.filter((a) => !isRoutineAdjustment(a)).map(adjustmentCode));
  const payerType = classifyClaimPayer(claim).type;
  return {
    payer: text(claim.payer),
    claimNumber: text(claim.claimNumber),
    patientAccountNumber: text(claim.patientAccountNumber),
    memberId: text(claim.memberId),
    patientName: text(claim.patientName),
    patientDob: date(claim.patientDob),
    serviceFrom: date(claim.serviceFrom),
    serviceTo: date(claim.serviceTo),
    datesOfService: claim.serviceFrom ? { type: 'dateRange', from: claim.serviceFrom, to: claim.serviceTo } : null,
    status: text(claim.status),
    billed: amount(claim.billed),
    allowed: amount(claim.allowed),
    paid: amount(claim.paid),
    patientResponsibility: amount(claim.patientResponsibility),
    checkNumber: text(claim.checkNumber),
    paidDate: date(claim.paidDate),
    diagnoses: { type: 'list', items: claim.diagnoses },
    denialCodes: { type: 'list', items: unique(codes) },
    remarkCodes: { type: 'list', items: unique(claim.lines.flatMap((l) => l.remarks)) },
    lines: { type: 'lines', lines: claim.lines },
    deniedLines: { type: 'lines', lines: claim.lines.filter(isDeniedLine) },
    originalMedicare: isOriginalMedicare(payerType) ? text('yes') : null,
    medicareAdvantage: payerType === 'medicare-advantage' ? text('yes') : null,
  };
}

function practiceVariables(practice: PracticeSettings): TemplateVariables {
  return {
    providerName: text(practice.providerName),
    npi: text(practice.npi),
    taxId: text(practice.taxId),
    practiceAddress: text(practice.address),
    practicePhone: text(practice.phone),
    signature: text(practice.signature),
  };
}

/** What a caller may add: typed values, or plain strings (taken as text). */
export type ExtraVariables = Record<string, VarValue | string | null | undefined>;

/**
 * All variables for one letter. Every catalogued name is present (null when there is no value), so
 * `render` can tell "no value for this claim" from "no such variable". `extra` wins over the claim,
 * so a value the specialist corrects by hand is the one printed.
 */
export function buildVariables(claim: Claim | null, practice: PracticeSettings, extra: ExtraVariables = {}): TemplateVariables {
  const vars: TemplateVariables = {};
  for (const info of VARIABLES) if (info.name !== 'today') vars[info.name] = null;
  Object.assign(vars, claimVariables(claim), practiceVariables(practice));
  for (const [name, value] of Object.entries(extra)) {
    vars[name] = typeof value === 'string' ? text(value) : value ?? null;
  }
  return vars;
}

/** True when any filled (non-missing) variable in the letter carries PHI. */
export function holdsPhi(segments: readonly { kind: string; name?: string; missing: boolean }[]): boolean {
  return segments.some((s) => s.kind === 'var' && !s.missing && s.name !== undefined && (variableInfo(s.name)?.phi ?? true));
}
