/**
 * Label dictionaries: the wordings payer portals use for claim fields and line-table columns
 * (shared/docs/portal-references.md, "Common denominators"). Labels are compared after
 * `normaliseLabel`, so "Claim No.:", "Claim #" and "CLAIM NUMBER" are one label, and
 * "Pt Acct #" equals "Patient Account Number".
 */

export type ClaimField =
  | 'payer' | 'claimNumber' | 'patientAccountNumber' | 'memberId' | 'patientName' | 'patientDob'
  | 'serviceRange' | 'serviceFrom' | 'serviceTo' | 'status' | 'statusCategory' | 'billed' | 'allowed'
  | 'paid' | 'patientResponsibility' | 'copay' | 'deductible' | 'coinsurance' | 'checkNumber'
  | 'paidDate' | 'diagnoses' | 'claimType' | 'typeOfBill' | 'frequencyCode' | 'placeOfService' | 'patientSex';

export type LineField =
  | 'lineNumber' | 'serviceDate' | 'serviceFrom' | 'serviceTo' | 'code' | 'revenueCode' | 'modifiers'
  | 'units' | 'billed' | 'allowed' | 'paid' | 'dxPointers' | 'adjGroup' | 'adjReason' | 'adjAmount'
  | 'remarks' | 'reasonAndRemarks' | 'diagnosis' | 'deductible' | 'coinsurance' | 'copay' | 'discount';

// Abbreviations portals use, mapped to one word so each label is listed once.
const WORDS: Record<string, string> = {
  no: '#', num: '#', number: '#', nbr: '#', '#': '#', acct: 'account', pt: 'patient', amt: 'amount',
  svc: 'service', srv: 'service', proc: 'procedure', mod: 'modifier', mods: 'modifiers', qty: 'quantity',
  resp: 'responsibility', dx: 'diagnosis', diag: 'diagnosis', ptr: 'pointer', adj: 'adjustment', chg: 'charge',
  chgs: 'charges', tot: 'total', mbr: 'member', subscr: 'subscriber', ins: 'insurance', pmt: 'payment',
  pymt: 'payment', amnt: 'amount', dt: 'date', rmk: 'remark', rmks: 'remarks', cd: 'code', ln: 'line',
  coins: 'coinsurance', ded: 'deductible', deduct: 'deductible', rev: 'revenue', hcpc: 'hcpcs',
};

/** Lower-case, ":" "*" "." dropped, "(s)" folded, abbreviations expanded, "#"/"No."/"Number" unified. */
export function normaliseLabel(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/&/g, ' and ')
    .replace(/#/g, ' # ')
    .replace(/[:*.?]+/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
  // "Proc/Mod" and "Check / EFT #": each side of a slash is a word of its own.
  return s.split(' ').map((w) => w.split('/').map((p) => WORDS[p] ?? p).join('/')).join(' ');
}

const CLAIM_LABELS: Record<ClaimField, string[]> = {
  payer: [
    'payer', 'payer name', 'payor', 'payor name', 'insurance', 'insurance company', 'health plan', 'insurer', 'carrier',
    'paid by', 'payer/line of business', 'line of business', 'lob', 'primary payer', 'insurance carrier',
  ],
  claimNumber: [
    'claim #', 'claim', 'claim id', 'payer claim control #', 'payer claim id', 'payer claim #', 'claim control #',
    'claim control id', 'icn', 'dcn', 'ccn', 'tcn', 'icn/dcn', 'internal control #', 'document control #',
    'claim reference #', 'claim reference', 'claim ref', 'payer claim', 'claim control id (icn)', 'claim control # (icn/dcn)', 'transaction control #',
  ],
  patientAccountNumber: [
    'patient account #', 'patient account', 'patient control #', 'account #', 'patient account id',
    'provider patient account #', 'patient acct', 'pcn', 'patient ref #',
  ],
  memberId: [
    'member id', 'member #', 'subscriber id', 'subscriber #', 'medicare #', 'medicare id', 'mbi', 'hic #', 'hicn',
    'client id', 'cin', 'insured id', 'recipient id', 'medicaid id', 'beneficiary id', 'member id #', 'patient id',
    'cigna id', 'id #', 'identification #', 'policy #',
  ],
  patientName: ['patient name', 'patient', 'member name', 'recipient name', 'patient full name', 'enrollee name', 'subscriber name', 'beneficiary name', 'beneficiary', 'client name', 'child name', 'member', 'insured name'],
  patientDob: ['date of birth', 'dob', 'patient birth date', 'member birth date', 'patient dob', 'birth date', 'member dob', 'patient date of birth', 'birthdate', 'member date of birth'],
  serviceRange: [
    'dates of service', 'date of service', 'dos', 'service dates', 'service date', 'statement covers period',
    'dates of service from-through', 'service period', 'from-through', 'from - through', 'from/to', 'service date range',
  ],
  serviceFrom: ['from date of service', 'from service date', 'service from', 'dos from', 'from dos', 'dos begin', 'from date', 'service start date', 'statement from', 'first date of service'],
  serviceTo: ['to date of service', 'to service date', 'service to', 'dos to', 'to dos', 'dos end', 'to date', 'through date', 'thru date', 'service end date', 'statement through', 'last date of service'],
  status: ['status', 'claim status', 'claim level status', 'status and date', 'current status', 'processing status', 'adjudication status'],
  statusCategory: ['category code', 'status category', 'claim status category', 'status category code'],
  billed: [
    'billed', 'billed amount', 'total billed', 'total billed amount', 'total charge', 'total charges', 'charges',
    'total claim charge amount', 'amount billed', 'total amount billed', 'total submitted charges', 'submitted charges',
    'claim charge amount', 'billed charges', 'charge amount', 'total charge amount', 'claim amount', 'billed amt',
  ],
  allowed: ['allowed', 'allowed amount', 'total allowed', 'total allowed amount', 'covered amount', 'approved amount', 'allowable', 'allowed charges'],
  paid: [
    'paid', 'paid amount', 'plan paid', 'amount paid', 'total paid', 'total paid amount', 'payment amount', 'net paid',
    'insurance paid', 'provider paid', 'paid to provider', 'claim payment amount', 'payment', 'net pay', 'net payment', 'plan payment',
  ],
  patientResponsibility: [
    'patient responsibility', 'patient responsibility amount', 'member responsibility', 'total patient share',
    'patient share', 'patient liability', 'total patient responsibility', 'total member responsibility',
    'patient owes', 'you owe',
  ],
  copay: ['copay', 'co-pay', 'copayment', 'member copay', 'total copay'],
  deductible: ['deductible', 'total deductible', 'member deductible', 'deductible amount'],
  coinsurance: ['coinsurance', 'co-insurance', 'member coinsurance', 'total coinsurance', 'coinsurance amount'],
  checkNumber: [
    'check #', 'check', 'check/eft #', 'eft #', 'eft/check #', 'remittance trace #', 'check/eft trace #',
    'payment #', 'trace #', 'eft trace #', 'check or eft #', 'check/eft', 'eft/check',
  ],
  paidDate: ['paid date', 'date paid', 'payment date', 'check date', 'remittance date', 'check/eft date', 'eft date', 'remit date'],
  diagnoses: [
    'diagnosis', 'diagnoses', 'diagnosis codes', 'diagnosis code', 'icd-10 codes', 'icd-10', 'icd codes', 'icd-10-cm',
    'principal diagnosis', 'primary diagnosis', 'other diagnosis', 'other diagnoses', 'secondary diagnoses',
    'diagnosis codes submitted', 'icd-10 diagnosis codes',
  ],
  // "Bill type" holds either the form ("Professional") or a UB-04 type of bill ("0131"): its parser tells.
  claimType: ['claim type', 'bill type', 'claim form', 'form type', 'claim form type'],
  typeOfBill: ['type of bill', 'tob', 'type of bill code', 'bill type code'],
  frequencyCode: ['claim frequency', 'claim frequency code', 'frequency code', 'frequency', 'claim frequency type code', 'resubmission code'],
  placeOfService: ['place of service', 'pos', 'place of service code', 'pos code', 'place of svc'],
  patientSex: ['sex', 'gender', 'patient sex', 'patient gender', 'member sex', 'member gender', 'beneficiary sex'],
};

const LINE_LABELS: Record<LineField, string[]> = {
  lineNumber: ['line', 'line #', 'line item', '#', 'seq', 'line seq', 'service line', 'line item control #'],
  serviceDate: ['dos', 'date of service', 'service date', 'dates of service', 'service dates', 'date', 'service date(s)', 'dos from-to', 'from-to date'],
  serviceFrom: ['from', 'from date', 'from dos', 'dos from', 'service from', 'dos begin', 'begin date'],
  serviceTo: ['to', 'to date', 'to dos', 'dos to', 'service to', 'thru', 'through', 'dos end', 'end date'],
  code: [
    'procedure code', 'procedure', 'cpt', 'hcpcs', 'cpt/hcpcs', 'hcpcs/cpt', 'service code', 'cpt code', 'hcpcs code',
    'cpt/hcpcs code', 'procedure/modifier', 'procedure/modifiers', 'cpt/modifier', 'code', 'billing code',
    'procedure code/modifiers', 'cpt/hcpcs/modifier', 'hcpcs/cpt codes', 'cpt/mod', 'procedure modifier code',
  ],
  revenueCode: ['revenue code', 'revenue', 'rev code'],
  modifiers: [
    'modifier', 'modifiers', 'procedure modifiers', 'procedure modifier', 'modifier 1', 'modifier 2', 'modifier 3',
    'modifier 4', 'modifier 1-4', 'modifier 1 or 2', 'procedure modifier 1', 'procedure modifier 2',
    'procedure modifier 3', 'procedure modifier 4', 'modifier1', 'modifier2', 'modifier3', 'modifier4',
  ],
  units: ['units', 'quantity', 'total units', 'service units', 'days/units', 'unit', 'units of service', 'billed units', 'days or units', 'qty/units'],
  billed: ['billed', 'billed amount', 'charge', 'charges', 'billed charges', 'amount billed', 'submitted', 'submitted charges', 'total charges', 'line charge', 'charge amount', 'billed charge', 'charged', 'amount charged'],
  allowed: ['allowed', 'allowed amount', 'covered amount', 'approved', 'approved amount', 'allowable', 'allowed charges'],
  paid: ['paid', 'paid amount', 'plan paid', 'payment', 'net paid', 'provider paid', 'amount paid', 'net', 'line paid', 'payment amount', 'net pay', 'net payment', 'plan payment'],
  dxPointers: ['diagnosis pointer', 'diagnosis pointers', 'pointer', 'pointers', 'icd pointer', 'diagnosis ref', 'diagnosis code pointer'],
  adjGroup: ['group', 'group code', 'adjustment group', 'claim adjustment group', 'adjustment group code', 'grp'],
  adjReason: [
    'adjustment reason', 'adjustment reason code', 'adjustment reason codes', 'reason', 'reason code', 'reason codes', 'carc',
    'carcs', 'adjustment codes', 'adjustments', 'adjustment', 'denial reason', 'denial code', 'carc code', 'group/reason',
    'group/carc', 'adjustment group/reason', 'adjustment code',
  ],
  adjAmount: ['adjustment amount', 'adjusted amount', 'adjustment amt', 'reason amount'],
  remarks: ['remark', 'remarks', 'remark code', 'remark codes', 'rarc', 'rarcs', 'rarc codes', 'remark code(s)', 'remittance remark codes'],
  reasonAndRemarks: ['carc/rarc', 'ra reason codes', 'reason/remark codes', 'reason/remark', 'ra codes', 'carc/rarc codes', 'adjustment/remark codes', 'reason and remark codes'],
  diagnosis: ['diagnosis code', 'diagnosis', 'icd-10 code', 'icd-10-cm code', 'icd-10', 'icd-10-cm', 'icd code'],
  deductible: ['deductible', 'deductible amount', 'member deductible'],
  coinsurance: ['coinsurance', 'co-insurance', 'coinsurance amount', 'member coinsurance'],
  copay: ['copay', 'co-pay', 'copayment', 'copay amount', 'member copay'],
  // Reduction columns of EOBs: which adjustment they carry comes from the page's legend only (lines.ts).
  discount: ['discount', 'discount amount', 'network discount', 'provider discount', 'plan discount', 'not covered', 'amount not covered', 'not allowed', 'disallowed', 'ineligible', 'ineligible amount'],
};

/**
 * Labels that look like a claim field but are not one (issue 13): a plan or product name is not
 * the payer, nor is the payee; "Reference #" is not the claim number.
 */
const NOT_CLAIM_LABELS = new Set(['plan', 'plan name', 'product', 'product name', 'payee', 'payee name', 'plan type', 'reference #', 'provider', 'provider name']);

/** Labels that name a field only loosely: a stronger label for the same field wins over them. */
const WEAK_LABELS = new Set(['line of business', 'lob', 'member', 'claim', 'insurance', 'patient id', 'id #', 'check', 'payment']);

/** 0 for a label that names its field plainly, 1 for a loose one ("Line of Business" for the payer). */
export function labelRank(text: string): number {
  return WEAK_LABELS.has(normaliseLabel(text)) ? 1 : 0;
}

let claimIndex: Map<string, ClaimField> | null = null;
let lineIndex: Map<string, LineField> | null = null;

function build<F extends string>(labels: Record<F, string[]>): Map<string, F> {
  const map = new Map<string, F>();
  for (const field of Object.keys(labels) as F[]) {
    for (const label of labels[field]) {
      const key = normaliseLabel(label);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
}

function lookup<F extends string>(index: Map<string, F>, key: string, extra?: ReadonlyMap<string, F | null>): F | null {
  if (extra?.has(key)) return extra.get(key) ?? null;
  // "Claim Control Number (ICN/DCN)" also matches as "Claim Control Number".
  return index.get(key) ?? index.get(key.replace(/\s*\([^)]*\)\s*/g, ' ').trim()) ?? null;
}

// Numbered or lettered diagnosis slots: "Diagnosis 1" ... "Diagnosis 12", "Dx A", "ICD-10 Code 3" (CMS-1500 box 21 A-L).
const DIAGNOSIS_SLOT = /^(?:diagnosis|icd-10|icd-10-cm|icd)(?: code)? (?:[1-9]|1[0-2]|[a-l])$/;

/** The claim field a label names, or null. Extra labels (an adapter's own wording) win. */
export function matchClaimLabel(text: string, extra?: ReadonlyMap<string, ClaimField | null>): ClaimField | null {
  if (text.length > 60) return null;
  claimIndex ??= build(CLAIM_LABELS);
  const key = normaliseLabel(text);
  if (!extra?.has(key) && NOT_CLAIM_LABELS.has(key)) return null;
  const found = lookup(claimIndex, key, extra);
  if (found || text.length > 30) return found;
  return DIAGNOSIS_SLOT.test(key) ? 'diagnoses' : null;
}

/** The line-table column a header names, or null. */
export function matchLineHeader(text: string, extra?: ReadonlyMap<string, LineField | null>): LineField | null {
  if (text.length > 60) return null;
  lineIndex ??= build(LINE_LABELS);
  return lookup(lineIndex, normaliseLabel(text), extra);
}

/** Builds an adapter's extra-label map in normalised form (null = "this label is not a claim field here"). */
export function labelMap<F extends string>(entries: Record<string, F | null>): Map<string, F | null> {
  const map = new Map<string, F | null>();
  for (const [label, field] of Object.entries(entries)) map.set(normaliseLabel(label), field);
  return map;
}
