/**
 * Line parsers for the three CMS edit layouts. Each takes one record (fields + line number) at a
 * time from the RecordReader and appends to a compact builder; errors are data
 * (`{ file, line, kind, params }`), translated by the UI. A file with any error is rejected whole.
 *
 * Layout sources (looked up, not guessed; the files themselves are licensed and never committed):
 * - PTP (`ccipra-…-fN.txt`, `ccioph-…`): tab-delimited; preamble lines (AMA CPT notice), then a
 *   header row starting "Column 1<TAB>Column 2", possibly continued on rows with empty first
 *   columns ("0=not allowed", "*=no data" in the spreadsheet form); data rows: column 1, column 2,
 *   "*" when in existence prior to 1996 (else empty), effective date YYYYMMDD, deletion date
 *   YYYYMMDD or "*" (= none), modifier indicator 0/1/9, PTP edit rationale. Described by CMS's
 *   Medicaid NCCI Edit Design Manual ("Tab-Delimited ASCII Text Format" of the PTP complete files)
 *   and matched by public loaders of the Medicare files (northstar data-raw/ptp.R; tests of
 *   CloudHealthOffice NcciEngine, itemized-bill-check ptp-reader.js).
 * - MUE (`MCR_MUE_PractitionerServices_Eff_MM-DD-YYYY.csv`, OutpatientHospital, DME): CSV opening
 *   with a quoted AMA notice that spans lines, then the header `"HCPCS/\r\nCPT Code",Practitioner
 *   Services MUE Values,MUE Adjudication Indicator,MUE Rationale`; the indicator cell is the MAI
 *   digit and its text ("1 Line Edit", "2 Date of Service Edit: Policy", "3 Date of Service Edit:
 *   Clinical"). Same sources.
 * - Add-on codes (AOC file): header row naming "Add-on Code", "Primary Code", "AOC Edit Type",
 *   "AOC Edit Eff Dt", "AOC Edit Del Dt" (plus deletion dates of each code and special instruction
 *   notes, not needed here); dates are Julian YYYYDDD in the CMS workbook (northstar
 *   data-raw/aoc.R reads `aoc_edit_eff_dt_julian`); primary code "CCCCC" means primaries defined by
 *   the contractor (type 2). Columns are found by header name, dates accepted as YYYYDDD, YYYYMMDD
 *   or MM/DD/YYYY, as a spreadsheet export may rewrite them. Verify against the AOC file's own
 *   documentation if CMS changes the workbook.
 */
import { dayFromJulian, dayFromUs, dayFromYmd, encodeCode, NO_DATE } from './codes';
import { isBlank } from './records';
import { AocBuilder, MueBuilder, PtpBuilder, type EditTable } from './tables';

export type EditsErrorKind =
  | 'not-edit-file' | 'no-header' | 'no-rows' | 'columns' | 'code' | 'date' | 'date-range' | 'indicator'
  | 'pre1996' | 'value' | 'mai' | 'type' | 'duplicate' | 'setting' | 'unclosed-quote' | 'zip' | 'read'
  | 'nothing-to-import' | 'same-table' | 'save-failed';

export interface EditsError {
  /** The file (or zip member) the error is in. */
  file: string;
  /** 1-based line where the record starts, or null for the whole file. */
  line: number | null;
  kind: EditsErrorKind;
  params: Record<string, string | number>;
}

/** A rejected file lists at most this many errors (a wrong file would otherwise list every line). */
export const MAX_ERRORS = 20;

/** Lines of preamble tolerated before the header; a file without the header by then is not this layout. */
const MAX_PREAMBLE = 30;

export interface FileParser {
  readonly delimiter: number;
  record(fields: string[], line: number): void;
  /** The built table, or null when errors were found (see `errors`). */
  finish(): EditTable | null;
  readonly errors: EditsError[];
  /** True once MAX_ERRORS is reached: the caller may stop reading. */
  readonly full: boolean;
  /** Effective-date range of the rows (day numbers), for coverage; MUE has none. */
  effRange(): [number, number] | null;
  /** Setting the header says (MUE), when it says one. */
  headerSetting(): MueSetting | null;
}

/** What each layout's builder (./tables) offers its parser. */
interface TableBuilder {
  readonly rows: number;
  build(): EditTable;
  effRange(): [number, number] | null;
}

type MueSetting = 'practitioner' | 'hospital' | 'dme';

abstract class Base<B extends TableBuilder> {
  readonly errors: EditsError[] = [];
  protected abstract readonly b: B;
  protected header = false;
  protected preamble = 0;
  constructor(protected readonly file: string) {}
  get full(): boolean {
    return this.errors.length >= MAX_ERRORS;
  }
  protected error(line: number | null, kind: EditsErrorKind, params: Record<string, string | number> = {}): void {
    if (!this.full) this.errors.push({ file: this.file, line, kind, params: { file: this.file, ...params } });
  }
  /** Before the header: counts preamble records and reports a missing header once. */
  protected beforeHeader(line: number): void {
    if (++this.preamble === MAX_PREAMBLE) this.error(line, 'no-header');
  }
  /** A code cell encoded, or null with a 'code' error naming the (1-based) column. */
  protected code(text: string, column: number, line: number): number | null {
    const code = encodeCode(text);
    if (code === null) this.error(line, 'code', { code: text, column });
    return code;
  }
  finish(): EditTable | null {
    if (!this.header && this.errors.length === 0) this.error(null, 'no-header');
    if (this.header && this.b.rows === 0 && this.errors.length === 0) this.error(null, 'no-rows');
    return this.errors.length === 0 ? this.b.build() : null;
  }
  effRange(): [number, number] | null {
    return this.b.effRange();
  }
  headerSetting(): MueSetting | null {
    return null;
  }
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export class PtpParser extends Base<PtpBuilder> implements FileParser {
  readonly delimiter = 0x09;
  protected readonly b = new PtpBuilder();

  record(fields: string[], line: number): void {
    if (!this.header) {
      if (/^column ?1$/.test(norm(fields[0] ?? '')) && /^column ?2$/.test(norm(fields[1] ?? ''))) this.header = true;
      else if (!isBlank(fields)) this.beforeHeader(line);
      return;
    }
    // Blank lines and header continuation rows ("0=not allowed" under the Modifier heading).
    if (isBlank(fields) || ((fields[0] ?? '').trim() === '' && (fields[1] ?? '').trim() === '')) return;
    if (fields.length < 6) return this.error(line, 'columns', { expected: 7, found: fields.length });
    const [c1, c2, pre, effText, delText, indText] = fields.map((f) => f.trim()) as [string, string, string, string, string, string];
    const col1 = this.code(c1, 1, line);
    if (col1 === null) return;
    const col2 = this.code(c2, 2, line);
    if (col2 === null) return;
    if (pre !== '' && pre !== '*') return this.error(line, 'pre1996', { value: pre });
    const eff = dayFromYmd(effText);
    if (eff === null) return this.error(line, 'date', { value: effText, column: 4 });
    const del = delText === '*' || delText === '' ? NO_DATE : dayFromYmd(delText);
    if (del === null) return this.error(line, 'date', { value: delText, column: 5 });
    if (del < eff) return this.error(line, 'date-range', { from: effText, to: delText });
    if (indText !== '0' && indText !== '1' && indText !== '9') return this.error(line, 'indicator', { value: indText });
    this.b.add(col1, col2, eff, del, Number(indText), fields[6] ?? '');
  }
}

export class MueParser extends Base<MueBuilder> implements FileParser {
  readonly delimiter = 0x2c;
  protected readonly b = new MueBuilder();
  private setting: MueSetting | null = null;

  record(fields: string[], line: number): void {
    if (!this.header) {
      // The header's first cell is "HCPCS/\r\nCPT Code" (a line break inside quotes).
      if (norm(fields[0] ?? '').replace(/\s/g, '') === 'hcpcs/cptcode' && /mue value/.test(norm(fields[1] ?? ''))) {
        this.header = true;
        const v = norm(fields[1] ?? '');
        this.setting = v.includes('hospital') ? 'hospital' : v.includes('dme') ? 'dme' : v.includes('practitioner') ? 'practitioner' : null;
      } else if (!isBlank(fields)) this.beforeHeader(line);
      return;
    }
    if (isBlank(fields)) return;
    if (fields.length < 3) return this.error(line, 'columns', { expected: 4, found: fields.length });
    const codeText = fields[0]!.trim();
    const code = this.code(codeText, 1, line);
    if (code === null) return;
    const valueText = fields[1]!.trim();
    if (!/^\d{1,9}$/.test(valueText)) return this.error(line, 'value', { value: valueText });
    const mai = /^([123])\b/.exec(fields[2]!.trim());
    if (!mai) return this.error(line, 'mai', { value: fields[2]!.trim() });
    if (!this.b.add(code, Number(valueText), Number(mai[1]), fields[3] ?? '')) this.error(line, 'duplicate', { code: codeText });
  }

  override headerSetting(): MueSetting | null {
    return this.setting;
  }
}

function aocDate(text: string): number | null | 'none' {
  const t = text.trim();
  if (t === '' || t === '*') return 'none';
  return dayFromJulian(t) ?? dayFromYmd(t) ?? dayFromUs(t);
}

export class AocParser extends Base<AocBuilder> implements FileParser {
  protected readonly b = new AocBuilder();
  private cols: { addon: number; primary: number; type: number; eff: number; del: number } | null = null;

  constructor(file: string, readonly delimiter: number) {
    super(file);
  }

  record(fields: string[], line: number): void {
    if (!this.header) {
      const names = fields.map(norm);
      const find = (re: RegExp) => names.findIndex((n) => re.test(n));
      const addon = find(/^add-?on code$/);
      const primary = find(/^primary code$/);
      if (addon >= 0 && primary >= 0) {
        const type = find(/^aoc edit type$/);
        const eff = find(/^aoc edit eff(ective)? (dt|date)/);
        const del = find(/^aoc edit del(etion)? (dt|date)/);
        if (type < 0 || eff < 0 || del < 0) return this.error(line, 'no-header');
        this.cols = { addon, primary, type, eff, del };
        this.header = true;
      } else if (!isBlank(fields)) this.beforeHeader(line);
      return;
    }
    const c = this.cols!;
    if (isBlank(fields)) return;
    const need = Math.max(c.addon, c.primary, c.type, c.eff, c.del) + 1;
    if (fields.length < need) return this.error(line, 'columns', { expected: need, found: fields.length });
    const addonText = fields[c.addon]!.trim();
    const addon = this.code(addonText, c.addon + 1, line);
    if (addon === null) return;
    const primaryText = fields[c.primary]!.trim();
    const primary = this.code(primaryText, c.primary + 1, line);
    if (primary === null) return;
    const typeText = fields[c.type]!.trim();
    if (!/^[123]$/.test(typeText)) return this.error(line, 'type', { value: typeText });
    const eff = aocDate(fields[c.eff]!);
    if (eff === null || eff === 'none') return this.error(line, 'date', { value: fields[c.eff]!.trim(), column: c.eff + 1 });
    const delRaw = aocDate(fields[c.del]!);
    if (delRaw === null) return this.error(line, 'date', { value: fields[c.del]!.trim(), column: c.del + 1 });
    const del = delRaw === 'none' ? NO_DATE : delRaw;
    if (del < eff) return this.error(line, 'date-range', { from: fields[c.eff]!.trim(), to: fields[c.del]!.trim() });
    this.b.add(addon, primary, Number(typeText), eff, del);
  }
}
