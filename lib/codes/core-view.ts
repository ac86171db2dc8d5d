/** Read access to core.bin: entries by id, code lookup, titles, hierarchy, per-release flags. */
import { CORE_FILE, type CoreHeader, type TableSystem } from './core-format';
import { unpack } from './pack';
import { decodeDeltas, lowerBound, type TextIndex } from './text-index';

export const TABLE_SYSTEMS: readonly TableSystem[] = ['icd10cm', 'icd9cm', 'hcpcs', 'modifier'];

export class CoreView {
  readonly size: number;
  readonly ix: TextIndex;
  readonly flags: Uint8Array;
  readonly parent: Int32Array;
  private readonly termStart: Uint32Array;
  private readonly byCode: Uint32Array;
  private readonly sortedCodes: string[];
  private firstChild: Int32Array | null = null;
  private nextSibling: Int32Array | null = null;
  private titleCache = new Map<number, string>();
  shortTitles: string[] | null = null;

  constructor(readonly header: CoreHeader, arrays: Record<string, Uint8Array | Uint16Array | Uint32Array | Int32Array>) {
    const need = (name: string) => {
      const a = arrays[name];
      if (!a) throw new Error(`${CORE_FILE}: missing array ${name} (rebuild with npm run codes:build)`);
      return a;
    };
    this.size = header.codes.length;
    this.flags = need('flags') as Uint8Array;
    this.parent = need('parent') as Int32Array;
    this.termStart = need('termStart') as Uint32Array;
    this.byCode = need('byCode') as Uint32Array;
    this.sortedCodes = Array.from(this.byCode, (id) => header.codes[id]!);
    const postStart = need('postStart') as Uint32Array;
    this.ix = {
      size: this.size,
      vocab: header.vocab,
      postStart,
      post: decodeDeltas(need('post') as Uint8Array, postStart),
      grams: header.grams,
      gramStart: need('gramStart') as Uint32Array,
      gramTerms: need('gramTerms') as Uint32Array,
      titleLen: need('titleLen') as Uint8Array,
    };
  }

  static fromBytes(data: ArrayBuffer | Uint8Array): CoreView {
    const { header, arrays } = unpack<CoreHeader>(data, CORE_FILE);
    return new CoreView(header, arrays);
  }

  systemOf(id: number): TableSystem {
    const r = this.header.ranges;
    if (id < r.icd10cm[1]) return 'icd10cm';
    if (id < r.icd9cm[1]) return 'icd9cm';
    if (id < r.hcpcs[1]) return 'hcpcs';
    return 'modifier';
  }

  code(id: number): string {
    return this.header.codes[id]!;
  }

  title(id: number): string {
    const raw = this.header.titles[id]!;
    if (typeof raw === 'string') return raw;
    let t = this.titleCache.get(id);
    if (t == null) {
      t = `${this.title(this.parent[id]!)}, ${this.header.titleSuffixes[raw]!}`;
      if (this.titleCache.size > 5000) this.titleCache.clear();
      this.titleCache.set(id, t);
    }
    return t;
  }

  shortTitle(id: number): string | null {
    if (!this.shortTitles) return null;
    return this.shortTitles[id] || this.title(id);
  }

  terms(id: number): string[] {
    return this.header.terms.slice(this.termStart[id]!, this.termStart[id + 1]!);
  }

  /** Entry id of a compact code in a system, or -1. */
  find(system: TableSystem, compact: string): number {
    const [lo, hi] = this.header.ranges[system];
    for (let k = lowerBound(this.sortedCodes, compact); k < this.sortedCodes.length && this.sortedCodes[k] === compact; k++) {
      const id = this.byCode[k]!;
      if (id >= lo && id < hi) return id;
    }
    return -1;
  }

  /** Entry ids whose compact code starts with `prefix` (any system), in code order. */
  withPrefix(prefix: string, max: number): number[] {
    const out: number[] = [];
    for (let k = lowerBound(this.sortedCodes, prefix); k < this.sortedCodes.length && out.length < max && this.sortedCodes[k]!.startsWith(prefix); k++) out.push(this.byCode[k]!);
    return out;
  }

  /** ICD-10-CM: index of the newest release the code is in, or -1. */
  newestRelease(id: number): number {
    const bits = this.flags[id]! & 0xf;
    return bits ? 31 - Math.clz32(bits) : -1;
  }

  inRelease(id: number, r: number): boolean {
    return (this.flags[id]! & (1 << r)) !== 0;
  }

  billableIn(id: number, r: number): boolean {
    return (this.flags[id]! & (1 << (r + 4))) !== 0;
  }

  /** In the newest loaded release of its system (HCPCS: not terminated per the file). */
  isCurrent(id: number): boolean {
    const sys = this.systemOf(id);
    if (sys === 'icd10cm') return this.inRelease(id, this.header.icd10Releases.length - 1);
    if (sys === 'icd9cm') return false;
    return !this.dates(id).terminated;
  }

  billable(id: number): boolean {
    if (this.systemOf(id) !== 'icd10cm') return true;
    const r = this.newestRelease(id);
    return r >= 0 && this.billableIn(id, r);
  }

  dates(id: number): { added: string | null; terminated: string | null } {
    const raw = this.header.dates[id - this.header.ranges.hcpcs[0]] ?? '|';
    const [added, terminated] = raw.split('|');
    return { added: added || null, terminated: terminated || null };
  }

  private buildTree(): void {
    const n = this.parent.length;
    const first = new Int32Array(n).fill(-1);
    const next = new Int32Array(n).fill(-1);
    for (let id = n - 1; id >= 0; id--) {
      const p = this.parent[id]!;
      if (p >= 0) {
        next[id] = first[p]!;
        first[p] = id;
      }
    }
    this.firstChild = first;
    this.nextSibling = next;
  }

  childIds(id: number): number[] {
    if (!this.firstChild) this.buildTree();
    const out: number[] = [];
    for (let c = this.firstChild![id]!; c >= 0; c = this.nextSibling![c]!) out.push(c);
    return out;
  }
}
