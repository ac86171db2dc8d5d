/**
 * The compact in-memory and stored form of one imported CMS edit file: parallel typed arrays
 * sorted by code, so a lookup is a binary search and IndexedDB stores them as raw buffers (about
 * 16 bytes per PTP row, against ~60 bytes of text). Only what the checks need is kept: codes,
 * date ranges, indicator, and an index into the file's few distinct rationale texts.
 */
import { NO_DATE } from './codes';

export type EditKind = 'ptp' | 'mue' | 'aoc';
/** Which CMS table: practitioner (ccipra, PractitionerServices), outpatient hospital (ccioph, OutpatientHospitalServices), DME supplier (MUE only). */
export type EditSetting = 'practitioner' | 'hospital' | 'dme';

/** What the options page and every finding say about where an edit came from. */
export interface EditFileMeta {
  /** Identity for replace/remove: a new file with the same id replaces the old one ("ptp|practitioner|f1"). */
  id: string;
  kind: EditKind;
  setting: EditSetting;
  /** Part of a split table ("f1"…"f4"), or "" for one-file tables. */
  part: string;
  /** The file name as CMS named it (member name for zips). */
  fileName: string;
  /** "2025 Q3" */
  quarter: string;
  /** First day of the quarter, ISO. */
  quarterStart: string;
  /** Version as CMS writes it ("31.2"), or "". */
  version: string;
  /** Dates of service the file answers for, ISO: earliest edit effective date (MUE: quarter start) … last day of the quarter. */
  coversFrom: string;
  coversTo: string;
  rows: number;
  /** Bytes of the stored typed arrays. */
  storedBytes: number;
  importedAt: string;
}

export interface PtpTable {
  kind: 'ptp';
  col1: Uint32Array;
  col2: Uint32Array;
  eff: Uint16Array;
  /** NO_DATE when the edit is not deleted. Exclusive: the edit no longer applies on that day. */
  del: Uint16Array;
  /** Modifier indicator 0, 1 or 9. */
  ind: Uint8Array;
  rat: Uint8Array;
  rationales: string[];
}

export interface MueTable {
  kind: 'mue';
  code: Uint32Array;
  value: Uint32Array;
  /** MUE adjudication indicator 1, 2 or 3. */
  mai: Uint8Array;
  rat: Uint8Array;
  rationales: string[];
}

export interface AocTable {
  kind: 'aoc';
  addon: Uint32Array;
  primary: Uint32Array;
  /** AOC edit type 1, 2 or 3. */
  type: Uint8Array;
  eff: Uint16Array;
  del: Uint16Array;
}

export type EditTable = PtpTable | MueTable | AocTable;

export interface EditFile {
  meta: EditFileMeta;
  table: EditTable;
}

export function tableRows(t: EditTable): number {
  return t.kind === 'ptp' ? t.col1.length : t.kind === 'mue' ? t.code.length : t.addon.length;
}

export function tableBytes(t: EditTable): number {
  const arrays = t.kind === 'ptp' ? [t.col1, t.col2, t.eff, t.del, t.ind, t.rat] : t.kind === 'mue' ? [t.code, t.value, t.mai, t.rat] : [t.addon, t.primary, t.type, t.eff, t.del];
  return arrays.reduce((n, a) => n + a.byteLength, 0);
}

/** Growable typed array: appends without ever holding rows as objects. */
class Column<T extends Uint32Array | Uint16Array | Uint8Array> {
  data: T;
  length = 0;
  constructor(private readonly make: (n: number) => T, capacity = 1024) {
    this.data = make(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  /** The values in `order`, exactly sized. */
  take(order: Uint32Array): T {
    const out = this.make(order.length);
    for (let i = 0; i < order.length; i++) out[i] = this.data[order[i]!]!;
    return out;
  }
}

const u32 = (n: number) => new Uint32Array(n);
const u16 = (n: number) => new Uint16Array(n);
const u8 = (n: number) => new Uint8Array(n);

/** Distinct rationale texts of a file (CMS uses a few dozen); index 255 = "other" if ever more. */
class Rationales {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  of(text: string): number {
    const t = text.trim();
    let i = this.index.get(t);
    if (i === undefined) {
      if (this.list.length >= 255) return 255;
      i = this.list.length;
      this.list.push(t);
      this.index.set(t, i);
    }
    return i;
  }
}

/** Sort order of rows by up to three numeric keys (codes fit 26 bits, so two codes make one exact double). */
function sortOrder(n: number, key: (i: number) => number, tie: (i: number) => number): Uint32Array {
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = key(i);
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  // CMS files are already nearly sorted by column 1; check first, sort only when needed.
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) {
    const a = keys[i - 1]!; const b = keys[i]!;
    if (a > b || (a === b && tie(i - 1) > tie(i))) sorted = false;
  }
  if (sorted) return idx;
  return idx.sort((a, b) => keys[a]! - keys[b]! || tie(a) - tie(b));
}

const PAIR = 2 ** 26;

/** The effective dates seen while building a table (day numbers): the coverage its file gives. */
class EffectiveRange {
  private min = NO_DATE;
  private max = 0;
  note(eff: number): void {
    if (eff < this.min) this.min = eff;
    if (eff > this.max) this.max = eff;
  }
  /** [first, last] effective day, or null before any row. */
  get(): [number, number] | null {
    return this.min <= this.max ? [this.min, this.max] : null;
  }
}

export class PtpBuilder {
  private readonly col1 = new Column(u32);
  private readonly col2 = new Column(u32);
  private readonly eff = new Column(u16);
  private readonly del = new Column(u16);
  private readonly ind = new Column(u8);
  private readonly rat = new Column(u8);
  private readonly rationales = new Rationales();
  private readonly dates = new EffectiveRange();

  get rows(): number {
    return this.col1.length;
  }

  effRange(): [number, number] | null {
    return this.dates.get();
  }

  add(col1: number, col2: number, eff: number, del: number, ind: number, rationale: string): void {
    this.col1.push(col1); this.col2.push(col2); this.eff.push(eff); this.del.push(del); this.ind.push(ind);
    this.rat.push(this.rationales.of(rationale));
    this.dates.note(eff);
  }

  build(): PtpTable {
    const c1 = this.col1.data; const c2 = this.col2.data; const e = this.eff.data;
    const o = sortOrder(this.rows, (i) => c1[i]! * PAIR + c2[i]!, (i) => e[i]!);
    return {
      kind: 'ptp', col1: this.col1.take(o), col2: this.col2.take(o), eff: this.eff.take(o), del: this.del.take(o),
      ind: this.ind.take(o), rat: this.rat.take(o), rationales: this.rationales.list,
    };
  }
}

export class MueBuilder {
  private readonly code = new Column(u32);
  private readonly value = new Column(u32);
  private readonly mai = new Column(u8);
  private readonly rat = new Column(u8);
  private readonly rationales = new Rationales();
  private readonly seen = new Set<number>();

  get rows(): number {
    return this.code.length;
  }

  /** MUE rows carry no dates: the file name's date is the coverage. */
  effRange(): null {
    return null;
  }

  /** False when the code is already in the file (one MUE per code). */
  add(code: number, value: number, mai: number, rationale: string): boolean {
    if (this.seen.has(code)) return false;
    this.seen.add(code);
    this.code.push(code); this.value.push(value); this.mai.push(mai); this.rat.push(this.rationales.of(rationale));
    return true;
  }

  build(): MueTable {
    const c = this.code.data;
    const o = sortOrder(this.rows, (i) => c[i]!, () => 0);
    return { kind: 'mue', code: this.code.take(o), value: this.value.take(o), mai: this.mai.take(o), rat: this.rat.take(o), rationales: this.rationales.list };
  }
}

export class AocBuilder {
  private readonly addon = new Column(u32);
  private readonly primary = new Column(u32);
  private readonly type = new Column(u8);
  private readonly eff = new Column(u16);
  private readonly del = new Column(u16);
  private readonly dates = new EffectiveRange();

  get rows(): number {
    return this.addon.length;
  }

  effRange(): [number, number] | null {
    return this.dates.get();
  }

  add(addon: number, primary: number, type: number, eff: number, del: number): void {
    this.addon.push(addon); this.primary.push(primary); this.type.push(type); this.eff.push(eff); this.del.push(del);
    this.dates.note(eff);
  }

  build(): AocTable {
    const a = this.addon.data; const p = this.primary.data; const e = this.eff.data;
    const o = sortOrder(this.rows, (i) => a[i]! * PAIR + p[i]!, (i) => e[i]!);
    return { kind: 'aoc', addon: this.addon.take(o), primary: this.primary.take(o), type: this.type.take(o), eff: this.eff.take(o), del: this.del.take(o) };
  }
}

/** First index i with keys[i] >= value (keys sorted ascending). */
export function lowerBound(keys: Uint32Array, value: number, from = 0, to = keys.length): number {
  let lo = from; let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** [start, end) of the rows whose `keys` equal `value`. */
export function equalRange(keys: Uint32Array, value: number, from = 0, to = keys.length): [number, number] {
  const start = lowerBound(keys, value, from, to);
  return [start, lowerBound(keys, value + 1, start, to)];
}

/** In force on `day`: effective on or before it, and not deleted on or before it (deletion dates are exclusive). */
export function inForce(eff: number, del: number, day: number): boolean {
  return eff <= day && (del === NO_DATE || day < del);
}
