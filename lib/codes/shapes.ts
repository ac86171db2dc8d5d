/**
 * The one code-shape module: which code systems a string *could* belong to by its form alone, and
 * where code-shaped tokens sit inside pasted text ("ICD-10: K21.9", "CPT 99213-25 x1",
 * "J0696 4 units", "CO-50 / N130"). No tables here: a shape says "could be", the tables say "is".
 *
 * Shapes follow the official layouts:
 * - ICD-10-CM: letter, digit, then 1-5 alphanumerics (order file cols 7-13 hold 3-7 characters);
 *   FY2026 added the QA0 family, the only codes with a letter in 2nd position.
 * - ICD-9-CM diagnoses (CMS v32): 3-5 digits, V + 2-4 digits, E + 3-4 digits.
 * - HCPCS Level II (CMS alpha-numeric file cols 1-5): one of the letters CMS uses, then 4 digits.
 *   D-codes are the ADA's CDT (dental), kept apart.
 * - CPT: Category I 5 digits, Category II ####F, Category III ####T, PLA ####U, MAAA ####M.
 * - Revenue codes (UB-04 FL 42): 4 digits with a leading 0 ("0450"); "450" only when labelled.
 * - Modifiers: 2 alphanumerics (CPT "25", HCPCS "GP", "XS").
 * - CARC (X12 list 139): 1-3 digits or letter + 1-2 digits (A1, B7, P12, W1, Y2), optionally led by
 *   a group code (CO, PR, OA, PI, CR): "CO-50", "PR 3", "OA23".
 * - RARC (X12 list 411): M + 1-3 digits, MA + 2-3 digits, N + 1-3 digits ("M76", "MA130", "N130").
 *
 * Consumers: the lookup (lib/codes/search.ts, lib/lookup/answer.ts) today; the claim readers and
 * checks (lib/reading/parse, lib/checks/codes.ts) are meant to switch to it.
 */

/** Every system a code shape can name. Table systems (lib/codes/types CodeSystem) plus the rest. */
export type ShapeSystem = 'icd10cm' | 'icd9cm' | 'hcpcs' | 'cpt' | 'cdt' | 'revenue' | 'modifier' | 'carc' | 'rarc';

export type CptCategory = 'I' | 'II' | 'III' | 'PLA' | 'MAAA';

export type AdjustmentGroupCode = 'CO' | 'PR' | 'OA' | 'PI' | 'CR';

export interface ShapeMatch {
  system: ShapeSystem;
  /** Compact form: upper-case, no dot, space or hyphen ("K219", "99213", "50", "N130"). */
  compact: string;
  /** Display form: "K21.9", "250.00", "E849.0", "99213", "0450", "N130", "50". */
  code: string;
  /** CPT only. */
  cptCategory?: CptCategory;
}

// --- single codes -------------------------------------------------------------------------------

const ICD10 = /^(?:[A-Z]\d[0-9A-Z]|QA0)[0-9A-Z]{0,4}$/;
const ICD9 = /^(?:\d{3,5}|V\d{2,4}|E\d{3,4})$/;
/** Letters that begin HCPCS Level II codes in the CMS file (D is CDT; F, I, N, O, W-Z unused). */
const HCPCS = /^[ABCEGHJKLMPQRSTUV]\d{4}$/;
const CPT = /^\d{4}[0-9FTUM]$/;
const CDT = /^D\d{4}$/;
const REVENUE = /^0\d{3}$/;
const MODIFIER = /^[0-9A-Z]{2}$/;
const CARC = /^(?:\d{1,3}|[ABDPWY]\d{1,2})$/;
const RARC = /^(?:MA\d{2,3}|M\d{1,3}|N\d{1,3})$/;

/** Upper-case and drop dots, spaces, hyphens and underscores: "j-1100" -> "J1100", "E11.9" -> "E119". */
export function compactCode(input: string): string {
  return input.toUpperCase().replace(/[\s.\-_]/g, '');
}

/** True when `compact` (see compactCode) has the shape of a code of `system`. */
export function isShape(system: ShapeSystem, compact: string): boolean {
  switch (system) {
    case 'icd10cm':
      return ICD10.test(compact);
    case 'icd9cm':
      return ICD9.test(compact);
    case 'hcpcs':
      return HCPCS.test(compact);
    case 'cpt':
      return CPT.test(compact);
    case 'cdt':
      return CDT.test(compact);
    case 'revenue':
      return REVENUE.test(compact);
    case 'modifier':
      return MODIFIER.test(compact);
    case 'carc':
      return CARC.test(compact) && !compact.startsWith('0');
    case 'rarc':
      return RARC.test(compact);
  }
}

/** CPT category of a CPT-shaped compact code. */
export function cptCategory(compact: string): CptCategory | null {
  if (!CPT.test(compact)) return null;
  const last = compact[4]!;
  return last === 'F' ? 'II' : last === 'T' ? 'III' : last === 'U' ? 'PLA' : last === 'M' ? 'MAAA' : 'I';
}

/** Display form of a compact code: ICD-10-CM "E11.9", ICD-9-CM "250.00" / "V45.81" / "E849.0", others unchanged. */
export function displayShape(system: ShapeSystem, compact: string): string {
  if (system === 'icd10cm') return compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
  if (system === 'icd9cm') {
    // ICD-9-CM puts the decimal after 3 characters, except E codes (external causes) after 4.
    const head = compact.startsWith('E') ? 4 : 3;
    return compact.length > head ? `${compact.slice(0, head)}.${compact.slice(head)}` : compact;
  }
  if (system === 'carc' && /^\d+$/.test(compact)) return String(Number(compact));
  return compact;
}

/**
 * Where a dot sits tells the system: ICD-10-CM and ICD-9-CM print it after 3 characters (ICD-9 E
 * codes after 4); nothing else has one. A dot elsewhere ("1.5") is not a code.
 */
function dotFits(system: ShapeSystem, raw: string): boolean {
  const dot = raw.indexOf('.');
  if (dot < 0) return true;
  if (raw.indexOf('.', dot + 1) >= 0) return false;
  if (system === 'icd10cm') return dot === 3;
  if (system === 'icd9cm') return /^[Ee]/.test(raw) ? dot === 4 : dot === 3;
  return false;
}

/**
 * Every system whose shape fits one code as typed ("k21.9", "99213", "N130", "co-50"), most likely
 * first: a dotted code is ICD; 5 digits are CPT before ICD-9; letter + 4 digits HCPCS before ICD-10.
 * Group-led CARCs ("CO-50", "PR 3", "OA23") answer as CARC only.
 */
export function codeShapes(input: string): ShapeMatch[] {
  const raw = input.trim();
  if (!raw) return [];
  // Glued without a separator only with 2+ characters of reason ("OA23"; "CO2" is a lab value).
  const grouped = /^(CO|PR|OA|PI|CR)(?:[\s\-:]+([A-Z]?\d{1,3})|([A-Z]?\d{2,3}))$/i.exec(raw);
  const reason = grouped ? (grouped[2] ?? grouped[3]!).toUpperCase() : '';
  if (grouped && isShape('carc', reason)) {
    const compact = reason;
    return [{ system: 'carc', compact, code: displayShape('carc', compact) }];
  }
  const noDots = raw.replace(/\./g, '');
  if (/[^A-Za-z0-9\s\-_]/.test(noDots)) return [];
  const compact = compactCode(raw);
  const order: ShapeSystem[] = raw.includes('.')
    ? ['icd10cm', 'icd9cm']
    : /^\d{5}$/.test(compact)
      ? ['cpt', 'icd9cm']
      : /^\d{4}$/.test(compact)
        ? ['revenue', 'icd9cm']
        : /^\d{1,3}$/.test(compact)
          ? ['carc', 'modifier', 'icd9cm']
          : /^(MA|M|N)\d/.test(compact)
            ? ['rarc', 'hcpcs', 'icd10cm', 'modifier', 'carc']
            : ['hcpcs', 'cdt', 'cpt', 'icd10cm', 'icd9cm', 'modifier', 'carc', 'rarc'];
  const out: ShapeMatch[] = [];
  for (const system of order) {
    if (!isShape(system, compact) || !dotFits(system, raw)) continue;
    const m: ShapeMatch = { system, compact, code: displayShape(system, compact) };
    if (system === 'cpt') m.cptCategory = cptCategory(compact)!;
    out.push(m);
  }
  return out;
}

// --- tokens in pasted text ----------------------------------------------------------------------

/** The code system a label in front of a code names ("ICD-10:", "CPT", "Dx", "rev code", "CARC"). */
export type LabelHint = 'icd10cm' | 'icd9cm' | 'icd' | 'procedure' | 'hcpcs' | 'cpt' | 'cdt' | 'revenue' | 'modifier' | 'carc' | 'rarc';

const LABELS: Record<string, LabelHint> = {
  icd10: 'icd10cm', icd10cm: 'icd10cm', icd: 'icd', dx: 'icd', diag: 'icd', diagnosis: 'icd', diagnoses: 'icd',
  icd9: 'icd9cm', icd9cm: 'icd9cm',
  cpt: 'cpt', hcpcs: 'hcpcs', proc: 'procedure', procedure: 'procedure', px: 'procedure', service: 'procedure',
  cdt: 'cdt', dental: 'cdt',
  rev: 'revenue', revenue: 'revenue', revcode: 'revenue',
  mod: 'modifier', modifier: 'modifier', modifiers: 'modifier', mods: 'modifier',
  carc: 'carc', reason: 'carc', adj: 'carc', adjustment: 'carc', denial: 'carc',
  rarc: 'rarc', remark: 'rarc', remarks: 'rarc', rmk: 'rarc',
};
/** Words that sit between a label and its code and mean nothing ("CPT code: 99213", "Dx #1"). */
const FILLER = new Set(['code', 'codes', 'no', 'nbr', 'number', 'num', 'cd', 'line', 'hcpcs', 'cpt', 'group']);
const UNIT_WORDS = new Set(['unit', 'units', 'u', 'un', 'uns', 'qty', 'quantity']);

/** Which shape systems a label allows, best first. */
const LABEL_SYSTEMS: Record<LabelHint, ShapeSystem[]> = {
  icd10cm: ['icd10cm'],
  icd9cm: ['icd9cm'],
  icd: ['icd10cm', 'icd9cm'],
  procedure: ['cpt', 'hcpcs', 'cdt'],
  hcpcs: ['hcpcs', 'cpt', 'cdt'],
  cpt: ['cpt', 'hcpcs'],
  cdt: ['cdt'],
  revenue: ['revenue'],
  modifier: ['modifier'],
  carc: ['carc'],
  rarc: ['rarc'],
};

export interface CodeToken {
  /** The code as it appears in the text ("K21.9", "co-50", "97110"), without modifiers or units. */
  text: string;
  /** Offsets of `text` in the input. */
  start: number;
  end: number;
  /** Systems whose shape fits, most likely first (a label in front narrows them). */
  shapes: ShapeMatch[];
  /** The label written in front of it, if any. */
  label: LabelHint | null;
  /** CARC group code written with it ("CO" in "CO-50"). */
  group: AdjustmentGroupCode | null;
  /** Modifiers written after a procedure code ("97110-GP", "99213 25 59"), upper-case. */
  modifiers: string[];
  /** Units or quantity written after it ("x2", "4 units", "qty 3"), or null. */
  units: number | null;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** Characters between the previous word and this one. */
  before: string;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /[A-Za-z0-9]+(?:\.[A-Za-z0-9]*)?/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A trailing dot ends a sentence ("... K21.9.") unless it is a partial ICD code ("E11.").
    let w = m[0];
    if (w.endsWith('.') && !/^[A-Za-z]\d{2}\.$/.test(w)) w = w.slice(0, -1);
    out.push({ text: w, start: m.index, end: m.index + w.length, before: text.slice(last, m.index) });
    last = m.index + w.length;
  }
  return out;
}

/** Between two parts of one item ("97110-GP", "99213 25", "CO 50"): no list separator. */
const joins = (sep: string) => /^[\s\-:#]*$/.test(sep) && !/\n/.test(sep);
const isProcedure = (shapes: ShapeMatch[]) => shapes.some((s) => s.system === 'cpt' || s.system === 'hcpcs' || s.system === 'cdt');

/** A label spread over words ("ICD-10-CM", "ICD 10", "rev code"), longest first: [hint, words used]. */
function labelAt(ws: Word[], i: number): [LabelHint, number] | null {
  for (let n = Math.min(3, ws.length - i); n >= 1; n--) {
    if (n > 1 && !ws.slice(i + 1, i + n).every((w) => /^[\s-]*$/.test(w.before))) continue;
    const key = ws.slice(i, i + n).map((w) => w.text.toLowerCase()).join('');
    const hint = LABELS[key];
    if (hint) return [hint, n];
  }
  return null;
}

/** Units after a code: "x2", "x 2", "×2", "4 units", "units: 4", "qty 3". Returns [units, words used]. */
function unitsAt(ws: Word[], i: number): [number, number] | null {
  const w = ws[i];
  if (!w || !joins(w.before.replace(/[×(),]/g, ' ').replace(/\s+/g, ' '))) return null;
  const x = /^[xX](\d{1,4})$/.exec(w.text);
  if (x && !/-\s*$/.test(w.before)) return [Number(x[1]), 1];
  if (/×\s*$/.test(w.before) && /^\d{1,4}$/.test(w.text)) return [Number(w.text), 1];
  if (/^[xX]$/.test(w.text) && /^\d{1,4}$/.test(ws[i + 1]?.text ?? '')) return [Number(ws[i + 1]!.text), 2];
  if (/^\d{1,4}$/.test(w.text) && UNIT_WORDS.has(ws[i + 1]?.text.toLowerCase() ?? '')) return [Number(w.text), 2];
  if (UNIT_WORDS.has(w.text.toLowerCase()) && /^\d{1,4}$/.test(ws[i + 1]?.text ?? '')) return [Number(ws[i + 1]!.text), 2];
  return null;
}

/**
 * Code-shaped tokens of a pasted text, in order. Labels in front narrow the systems ("CPT 99213",
 * "Dx: K21.9", "mod 25"); modifiers after a procedure code ("-59", " 25", "-GP") and units ("x2",
 * "4 units") are attached to it. Numbers of 1-3 digits and 2-character words are codes only when
 * labelled, attached to a procedure code, or the whole text: "seen 3 times" holds no CARC 3, and
 * "RA" in a sentence is a word.
 */
export function findCodeTokens(text: string): CodeToken[] {
  const ws = words(text.slice(0, 2000));
  const out: CodeToken[] = [];
  const alone = ws.length === 1;
  let label: LabelHint | null = null;
  for (let i = 0; i < ws.length; ) {
    const w = ws[i]!;
    const lab = labelAt(ws, i);
    if (lab) {
      label = lab[0];
      i += lab[1];
      continue;
    }
    if (FILLER.has(w.text.toLowerCase()) && label) {
      i++;
      continue;
    }
    // Group-led CARC: "CO-50", "PR 3", "OA23".
    const glued = /^(CO|PR|OA|PI|CR)([A-Z]?\d{1,3})$/i.exec(w.text);
    const groupWord = /^(CO|PR|OA|PI|CR)$/i.test(w.text) && ws[i + 1] && joins(ws[i + 1]!.before) ? ws[i + 1]! : null;
    const reason = glued ? glued[2]!.toUpperCase() : groupWord && /^[A-Z]?\d{1,3}$/i.test(groupWord.text) ? groupWord.text.toUpperCase() : null;
    // Glued forms need 2+ characters of reason: "OA23", "CO45"; "CO2" is a lab value.
    if (reason && isShape('carc', reason) && (!glued || /^(?:CO|PR|OA|PI|CR)\d\d/i.test(w.text))) {
      const group = (glued ? glued[1]! : w.text).toUpperCase() as AdjustmentGroupCode;
      const end = groupWord ? groupWord.end : w.end;
      out.push({ text: text.slice(w.start, end), start: w.start, end, shapes: [{ system: 'carc', compact: reason, code: displayShape('carc', reason) }], label: 'carc', group, modifiers: [], units: null });
      i += groupWord ? 2 : 1;
      continue;
    }
    // "j-1100", "J 1100": a HCPCS letter split from its digits.
    let raw = w.text;
    let end = w.end;
    let used = 1;
    const next = ws[i + 1];
    if (/^[A-Za-z]$/.test(raw) && next && /^\d{4}$/.test(next.text) && /^[\s-]$/.test(next.before)) {
      raw = raw + next.text;
      end = next.end;
      used = 2;
    }
    let shapes = codeShapes(raw);
    // "Rev 450": revenue codes are printed without their leading zero on some remits.
    if (label === 'revenue' && /^\d{3}$/.test(raw)) shapes = [{ system: 'revenue', compact: `0${raw}`, code: `0${raw}` }];
    const short = /^\d{1,3}$/.test(raw) || /^[A-Za-z]{2}$/.test(raw) || /^[A-Za-z]\d$/.test(raw) || /^\d[A-Za-z]$/.test(raw);
    let labelFits = false;
    if (label) {
      const allowed = LABEL_SYSTEMS[label];
      const narrowed = allowed.flatMap((s) => shapes.filter((m) => m.system === s));
      labelFits = narrowed.length > 0;
      // A label names the system; a full code shape it rules out still counts ("CPT J0696").
      if (labelFits) shapes = narrowed;
    }
    // "#1" after a label is a line number, not CARC 1.
    if (short && /#\s*$/.test(w.before)) labelFits = false;
    if (shapes.length && (!short || labelFits || alone)) {
      const token: CodeToken = { text: text.slice(w.start, end), start: w.start, end, shapes, label, group: null, modifiers: [], units: null };
      i += used;
      // What follows the code on the same item: modifiers and units, in any order.
      for (;;) {
        const u = unitsAt(ws, i);
        if (u) {
          token.units = u[0];
          i += u[1];
          continue;
        }
        const m = ws[i];
        if (!m || !joins(m.before)) break;
        if (/^(mod|modifier|modifiers)$/i.test(m.text) && ws[i + 1] && MODIFIER.test(ws[i + 1]!.text.toUpperCase())) {
          token.modifiers.push(ws[i + 1]!.text.toUpperCase());
          i += 2;
          continue;
        }
        // Units were tried first, so "x2" here is hyphen-attached: the X{EPSU}-style modifiers.
        if (isProcedure(shapes) && MODIFIER.test(m.text.toUpperCase())) {
          token.modifiers.push(m.text.toUpperCase());
          i++;
          continue;
        }
        break;
      }
      if (token.modifiers.length) token.shapes = token.shapes.filter((s) => s.system === 'cpt' || s.system === 'hcpcs' || s.system === 'cdt');
      out.push(token);
      continue;
    }
    i++;
  }
  return out;
}

/**
 * The clean list a group of tokens copies back as: display codes with their modifiers, comma
 * separated ("99213-25, K21.9, J0696"). Each token is written in its first (most likely) system.
 */
export function cleanList(tokens: readonly Pick<CodeToken, 'shapes' | 'modifiers' | 'group'>[]): string {
  return tokens
    .filter((tk) => tk.shapes.length)
    .map((tk) => {
      const s = tk.shapes[0]!;
      if (s.system === 'carc' && tk.group) return `${tk.group}-${s.code}`;
      return [s.code, ...tk.modifiers].join('-');
    })
    .join(', ');
}

/** Claim adjustment group codes (X12 835 CAS01; CR was dropped in 5010 but portals still print it). */
export const ADJUSTMENT_GROUPS: readonly AdjustmentGroupCode[] = ['CO', 'PR', 'OA', 'PI', 'CR'];
