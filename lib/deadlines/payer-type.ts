/**
 * Which kind of payer a claim is with: the remedy (reopening, redetermination, corrected claim,
 * reconsideration) and the deadline defaults depend on it, not on the payer's name.
 *
 * Order matters and follows the mistakes that cost money:
 * 1. Medigap / Medicare supplement plans are private (commercial) plans even though they say "Medicare".
 * 2. Medicare Advantage (Part C) before Original Medicare: "Humana Gold Plus", "AARP Medicare
 *    Advantage", "Aetna Medicare PPO" are private plans with their own appeal rules (42 CFR 422
 *    subpart M), not a MAC. The bare word "advantage" is not Medicare ("Blue Advantage HMO").
 * 3. Original Medicare: the word Medicare alone, a MAC name, a MAC portal, an ICN label, an
 *    MBI-shaped member id, a "redetermination" marker. Part A for institutional claims, Part B for
 *    professional ones (DME MACs are Part B).
 * 4. Medicaid managed care (a carrier running a state program) before Medicaid fee-for-service.
 * 5. A known commercial carrier; anything else is unknown (and gets the shortest windows).
 *
 * The result's `reason` is data ({kind, params}) so the UI can say why in the user's language.
 */
import { claimTypeOf } from '@/lib/claim/claim-type';
import type { Claim } from '@/lib/claim/types';

export type PayerType =
  | 'medicare-part-a' | 'medicare-part-b' | 'medicare-advantage' | 'medicaid' | 'medicaid-managed-care'
  | 'commercial' | 'unknown';

export const PAYER_TYPES: readonly PayerType[] = [
  'medicare-part-a', 'medicare-part-b', 'medicare-advantage', 'medicaid', 'medicaid-managed-care', 'commercial', 'unknown',
];

export interface PayerTypeInput {
  /** Payer name as the page shows it ("Medicare Part B", "Humana"). */
  payer?: string | null;
  /** Plan or product name ("Gold Plus HMO", "Community Plan"), when shown apart from the payer. */
  plan?: string | null;
  /** Portal adapter id ("medicare-mac", "epaces", "availity", "generic"). */
  portal?: string | null;
  claimType?: 'professional' | 'institutional' | null;
  memberId?: string | null;
  /** Label the page gives the claim number ("ICN", "DCN", "Claim #", "TCN"). */
  claimNumberLabel?: string | null;
  /** Other words seen on the page that tell the program ("Redetermination", "ePACES", "MBI"). */
  markers?: readonly string[];
}

export interface PayerTypeReason {
  kind: string;
  params?: Record<string, string>;
}

export interface PayerTypeResult {
  type: PayerType;
  reason: PayerTypeReason;
  confidence: 'high' | 'low';
}

/** Lower-case, punctuation to spaces, single spaces, padded so `has(' word ')` finds whole words. */
function norm(s: string | null | undefined): string {
  return ` ${(s ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

function find(text: string, names: readonly string[]): string | null {
  for (const n of names) if (text.includes(` ${n} `)) return n;
  return null;
}

// Medicare Administrative Contractors (A/B and DME MACs) and the Railroad Retirement Board's
// Specialty MAC. "ngs" and "wps" are also the portals' names (NGSConnex, WPS GHA).
const MAC_NAMES = [
  'noridian', 'novitas', 'novitas solutions', 'palmetto', 'palmetto gba', 'ngs', 'ngsconnex', 'national government services',
  'wps', 'wps gha', 'cgs', 'mycgs', 'first coast', 'first coast service options', 'novitasphere', 'railroad medicare',
  'dme mac', 'cms',
];

const SUPPLEMENT = ['medicare supplement', 'medigap', 'medicare supp', 'med supp', 'medsupp', 'supplement plan'];

// Plan-name words that only Medicare Advantage products use. "advantage" alone is not one of them.
const MA_PLAN_WORDS = [
  'medicare advantage', 'part c', 'mapd', 'ma pd', 'gold plus', 'senior advantage', 'medicare complete',
  'medicare replacement', 'dual complete', 'd snp', 'dsnp', 'c snp', 'i snp', 'mediblue', 'medicare blue',
  'medicare hmo', 'medicare ppo', 'medicare pffs', 'medicare msa', 'medicare rx', 'hmo medicare', 'ppo medicare',
  'medicare plus', 'medicare choice', 'humana gold', 'aarp medicare', 'wellcare medicare', 'secure horizons',
];

// Private carriers: "<carrier> Medicare" is a Medicare Advantage plan; "<carrier>" alone is commercial.
const CARRIERS = [
  'aetna', 'cigna', 'humana', 'unitedhealthcare', 'united healthcare', 'uhc', 'united health care', 'anthem', 'elevance',
  'blue cross', 'blue shield', 'bcbs', 'bluecross', 'blueshield', 'highmark', 'premera', 'regence', 'florida blue', 'carefirst',
  'horizon', 'independence', 'excellus', 'wellmark', 'kaiser', 'kaiser permanente', 'wellcare', 'centene', 'molina', 'devoted',
  'clover', 'alignment', 'scan', 'health net', 'healthnet', 'oscar', 'ambetter', 'priority health', 'geisinger', 'upmc',
  'emblemhealth', 'emblem', 'healthfirst', 'fidelis', 'oxford', 'tufts', 'harvard pilgrim', 'point32health', 'medica',
  'healthpartners', 'blue care network', 'bcn', 'hap', 'selecthealth', 'providence', 'caresource', 'amerigroup', 'meridian',
  'sunshine health', 'superior healthplan', 'peach state', 'buckeye', 'amerihealth', 'amerihealth caritas',
  'aetna better health', 'healthy blue', 'metroplus', 'affinity', 'umr', 'meritain', 'gehaa', 'geha', 'golden rule',
  'trustmark', 'surest', 'bright health',
  // Last: a bare "Blue ..." product is a Blue Cross Blue Shield plan ("Blue Advantage HMO", "Blue Choice").
  'blue',
];

// Carriers whose plans are (nearly) only Medicaid managed care; with "medicare" they are D-SNPs (MA).
const MEDICAID_CARRIER_WORDS = [
  'community plan', 'community care', 'better health', 'caritas', 'healthy blue', 'amerigroup', 'caresource', 'metroplus',
  'fidelis', 'sunshine health', 'superior healthplan', 'peach state', 'buckeye', 'meridian', 'simply healthcare',
  'managed medicaid', 'medicaid managed care', 'medicaid mco', 'mco', 'star plus', 'starplus', 'star kids', 'chip',
  'family care', 'familycare',
];

// State Medicaid programs and their portals. Alone they mean fee-for-service Medicaid; with a carrier
// name they mean a managed care plan for that program.
const MEDICAID_PROGRAMS = [
  'medicaid', 'medi cal', 'medical assistance', 'masshealth', 'tenncare', 'ahcccs', 'soonercare', 'badgercare', 'apple health',
  'kancare', 'nj familycare', 'husky', 'husky health', 'mo healthnet', 'healthy louisiana', 'tmhp', 'texas medicaid',
  'health first colorado', 'ihcp', 'hoosier healthwise', 'peachcare', 'medi medi', 'emedny', 'epaces', 'medicaid nys',
  'nys medicaid', 'ny medicaid', 'denali kidcare', 'dr dynasaur', 'mainecare', 'minnesotacare', 'medical assistance program',
  'oregon health plan', 'ohp', 'centennial care', 'turquoise care', 'nevada medicaid', 'healthchoice', 'hawki', 'iowa medicaid',
  'illinois medicaid', 'hfs', 'ohio medicaid', 'florida medicaid', 'ahca', 'georgia medicaid', 'dmas', 'cardinal care',
  'wv medicaid', 'medallion',
];

/**
 * Medicare Beneficiary Identifier (CMS MBI format): 11 characters, position 1 a digit 1-9,
 * positions 2, 5, 8, 9 letters (no S L O I B Z), 4, 7, 10, 11 digits, 3 and 6 letter-or-digit.
 */
const MBI = /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/;

/** New York Medicaid Client Identification Number: two letters, five digits, one letter ("AB12345C"). */
const CIN = /^[A-Z]{2}\d{5}[A-Z]$/;

export function isMbiShaped(id: string | null | undefined): boolean {
  return !!id && MBI.test(id.toUpperCase().replace(/[\s-]/g, ''));
}

export function isCinShaped(id: string | null | undefined): boolean {
  return !!id && CIN.test(id.toUpperCase().replace(/[\s-]/g, ''));
}

function medicarePart(input: PayerTypeInput, text: string): { type: 'medicare-part-a' | 'medicare-part-b'; by: string; sure: boolean } {
  if (/ part a /.test(text)) return { type: 'medicare-part-a', by: 'name', sure: true };
  if (/ part b /.test(text) || / dme mac /.test(text) || / dme /.test(text)) return { type: 'medicare-part-b', by: 'name', sure: true };
  if (input.claimType === 'institutional') return { type: 'medicare-part-a', by: 'claim-type', sure: true };
  if (input.claimType === 'professional') return { type: 'medicare-part-b', by: 'claim-type', sure: true };
  // Unknown part: Part B's remedies (reopening / redetermination, never a corrected claim) are also
  // valid for Part A, so B is the side that cannot cost a duplicate denial.
  return { type: 'medicare-part-b', by: 'assumed', sure: false };
}

function result(type: PayerType, kind: string, params: Record<string, string> | undefined, confidence: 'high' | 'low'): PayerTypeResult {
  return params ? { type, reason: { kind, params }, confidence } : { type, reason: { kind }, confidence };
}

function originalMedicare(input: PayerTypeInput, text: string, kind: string, params: Record<string, string>, sure: boolean): PayerTypeResult {
  const part = medicarePart(input, text);
  return result(part.type, kind, { ...params, part: part.type === 'medicare-part-a' ? 'A' : 'B', partBy: part.by }, sure && part.sure ? 'high' : 'low');
}

export function classifyPayer(input: PayerTypeInput): PayerTypeResult {
  const names = norm(`${input.payer ?? ''} ${input.plan ?? ''}`);
  const markers = norm((input.markers ?? []).join(' '));
  const portal = norm(input.portal);
  const label = norm(input.claimNumberLabel);
  const payerShown = names.trim() !== '';

  const supp = find(names, SUPPLEMENT);
  if (supp) return result('commercial', 'medigap', { match: supp }, 'high');

  const maWord = find(names, MA_PLAN_WORDS);
  if (maWord) return result('medicare-advantage', 'ma-plan-name', { match: maWord }, 'high');

  const hasMedicare = names.includes(' medicare ');
  const carrier = find(names, CARRIERS);
  if (hasMedicare && carrier) return result('medicare-advantage', 'medicare-with-carrier', { carrier }, 'high');
  if (hasMedicare && find(names, MEDICAID_PROGRAMS) && !find(names, ['medicare part a', 'medicare part b'])) {
    // "Medicare-Medicaid plan" / "Medi-Medi": dual-eligible plans are run as Medicare Advantage D-SNPs or MMPs.
    return result('medicare-advantage', 'dual-plan', { match: 'medicare + medicaid' }, 'low');
  }

  const mac = find(names, MAC_NAMES);
  if (mac) return originalMedicare(input, names, 'mac-name', { match: mac }, true);
  if (hasMedicare) return originalMedicare(input, names, 'medicare-name', { match: 'medicare' }, true);

  // Nothing in the names: page markers. A carrier name wins over markers (their portals say "ICN" too).
  if (!carrier) {
    if (portal.includes(' medicare mac ')) return originalMedicare(input, names, 'mac-portal', { match: input.portal ?? '' }, true);
    const program = find(names, MEDICAID_PROGRAMS);
    if (!program) {
      if (find(markers, ['redetermination'])) return originalMedicare(input, names, 'medicare-marker', { match: 'redetermination' }, false);
      if (label.trim() === 'icn' && isMbiShaped(input.memberId)) return originalMedicare(input, names, 'medicare-marker', { match: 'ICN' }, false);
      if (isMbiShaped(input.memberId)) return originalMedicare(input, names, 'mbi-member-id', {}, false);
    }
  }

  const program = find(names, MEDICAID_PROGRAMS) ?? find(portal, ['epaces', 'emedny']) ?? find(markers, ['epaces', 'emedny', 'medicaid']);
  const mcoWord = find(names, MEDICAID_CARRIER_WORDS);
  if (mcoWord && (program || carrier || mcoWord !== 'chip')) {
    return result('medicaid-managed-care', 'medicaid-plan-name', { match: mcoWord }, program ? 'high' : 'low');
  }
  if (program && carrier) return result('medicaid-managed-care', 'medicaid-with-carrier', { carrier, program }, 'high');
  if (program) return result('medicaid', 'medicaid-program', { match: program }, 'high');

  if (carrier) return result('commercial', 'commercial-carrier', { carrier }, 'high');
  if (isCinShaped(input.memberId)) return result('medicaid', 'cin-member-id', {}, 'low');
  if (!payerShown) return result('unknown', 'no-payer', undefined, 'low');
  return result('unknown', 'unrecognised', { payer: (input.payer ?? input.plan ?? '').trim().slice(0, 80) }, 'low');
}

/** Original Medicare, either part. */
export function isOriginalMedicare(type: PayerType): boolean {
  return type === 'medicare-part-a' || type === 'medicare-part-b';
}

/** What a claim read from a page tells the classifier. */
export function payerTypeInput(claim: Pick<Claim, 'payer' | 'portal' | 'memberId' | 'lines'> & Partial<Pick<Claim, 'claimType' | 'typeOfBill' | 'placeOfService'>>): PayerTypeInput {
  return { payer: claim.payer, portal: claim.portal, memberId: claim.memberId, claimType: claimTypeOf(claim) };
}

export function classifyClaimPayer(claim: Parameters<typeof payerTypeInput>[0]): PayerTypeResult {
  return classifyPayer(payerTypeInput(claim));
}
