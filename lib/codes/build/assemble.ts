/**
 * Turns parsed official files into the generated tables: core.bin (codes, titles, validity flags,
 * hierarchy, inclusion terms, the word index), notes.json (tabular notes) and gems.json.
 * Pure: the build script does the reading, hashing and writing.
 */
import type { ReleaseInfo } from '@/lib/codes/types';
import type { CoreHeader, GemsFile, NotesBlock, NotesFile, TableSystem } from '@/lib/codes/core-format';
import { FORMAT_VERSION } from '@/lib/codes/core-format';
import type { GemRow } from '@/lib/codes/parse/gems';
import type { HcpcsRecord } from '@/lib/codes/parse/hcpcs';
import type { TabularList } from '@/lib/codes/parse/tabular';
import { SourceFormatError } from '@/lib/codes/parse/errors';
import { pack } from '@/lib/codes/pack';
import { buildTextIndex, encodeDeltas, type IndexDoc } from '@/lib/codes/text-index';
import { mergeIcd10, type Icd10Input } from './icd10-merge';

export interface ParsedSources {
  builtAt: string;
  releases: ReleaseInfo[];
  icd10: Icd10Input[];
  tabular: { list: TabularList; name: string };
  icd9: { long: Map<string, string>; short: Map<string, string>; shortFile: string };
  hcpcs: HcpcsRecord[];
  gems: { name: string; forward: GemRow[]; backward: GemRow[] };
}

export interface Assembled {
  core: Uint8Array;
  /** Short titles by entry id ('' when the same as the long title): loaded lazily. */
  shortTitles: string[];
  notes: NotesFile;
  gems: GemsFile;
  counts: Record<TableSystem | 'inclusionTerms' | 'notesBlocks' | 'vocab', number>;
}

function noteList(items: { text: string; codes: string[] }[]): [string, string[]][] | undefined {
  return items.length ? items.map((n) => [n.text, n.codes]) : undefined;
}

function gemMap(rows: GemRow[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.from] ??= []).push(`${r.to ?? ''} ${r.flags}`);
  return out;
}

/** notes.json of a parsed tabular list: only blocks that carry notes (chapters and sections always). */
export function notesFileOf(list: TabularList, source: string): NotesFile {
  const blocks: NotesBlock[] = [];
  for (const b of list.blocks) {
    const n = b.notes;
    const block: NotesBlock = { key: b.key, kind: b.kind, desc: b.desc, lo: b.lo, hi: b.hi, e1: noteList(n.excludes1), e2: noteList(n.excludes2), cf: noteList(n.codeFirst), ua: noteList(n.useAdditionalCode), ca: noteList(n.codeAlso), s7: n.sevenChr.length ? n.sevenChr.map((s) => [s.char, s.meaning]) : undefined };
    if (b.kind !== 'diag' || block.e1 || block.e2 || block.cf || block.ua || block.ca || block.s7) blocks.push(block);
  }
  return { source, version: list.version, blocks };
}

export function assemble(src: ParsedSources): Assembled {
  const icd10 = mergeIcd10(src.icd10);
  const codes: string[] = [];
  const titles: string[] = [];
  const shorts: string[] = [];
  const flags: number[] = [];
  const docs: IndexDoc[] = [];
  const termLists: string[][] = [];

  // Inclusion terms ("includes" and "inclusion term" notes) of the tabular list, by compact code.
  const inclusion = new Map<string, string[]>();
  for (const b of src.tabular.list.blocks) {
    if (b.kind === 'diag' && b.notes.inclusionTerms.length) inclusion.set(b.key, b.notes.inclusionTerms);
  }

  const add = (code: string, title: string, short: string, flag: number, terms: string[] = []) => {
    codes.push(code);
    titles.push(title);
    shorts.push(short === title ? '' : short);
    flags.push(flag);
    termLists.push(terms);
    docs.push({ title, terms });
  };

  const ranges = {} as Record<TableSystem, [number, number]>;
  let start = 0;
  for (const code of icd10.codes) {
    const t = icd10.titles.get(code)!;
    add(code, t.long, t.short, icd10.flags.get(code)!, inclusion.get(code));
  }
  ranges.icd10cm = [start, codes.length];
  start = codes.length;

  for (const [code, long] of src.icd9.long) {
    const short = src.icd9.short.get(code);
    if (short == null) throw new SourceFormatError(src.icd9.shortFile, null, `expected a short title for ${code} (the long and short files must list the same codes)`);
    add(code, long, short, 0);
  }
  if (src.icd9.short.size !== src.icd9.long.size) throw new SourceFormatError(src.icd9.shortFile, null, `expected ${src.icd9.long.size} codes like the long file, found ${src.icd9.short.size}`);
  ranges.icd9cm = [start, codes.length];
  start = codes.length;

  const dates: string[] = [];
  for (const kind of ['code', 'modifier'] as const) {
    for (const r of src.hcpcs) {
      if (r.kind !== kind) continue;
      add(r.code, r.long, r.short, 0);
      dates.push(`${r.added ?? ''}|${r.terminated ?? ''}`);
    }
    ranges[kind === 'code' ? 'hcpcs' : 'modifier'] = [start, codes.length];
    start = codes.length;
  }

  // Hierarchy: the parent of an ICD-10-CM code is its longest proper prefix that is a code.
  const n10 = ranges.icd10cm[1];
  const idOf = new Map<string, number>();
  for (let i = 0; i < n10; i++) idOf.set(codes[i]!, i);
  const parent = new Int32Array(n10).fill(-1);
  for (let i = 0; i < n10; i++) {
    const c = codes[i]!;
    for (let len = c.length - 1; len >= 3; len--) {
      const p = idOf.get(c.slice(0, len));
      if (p != null) {
        parent[i] = p;
        break;
      }
    }
  }

  const termStart = new Uint32Array(codes.length + 1);
  const terms: string[] = [];
  termLists.forEach((list, i) => {
    termStart[i] = terms.length;
    terms.push(...list);
  });
  termStart[codes.length] = terms.length;

  // Most 7th-character and many leaf titles are "<parent title>, <suffix>": store the suffix index
  // instead (halves core.bin; the loader rebuilds the text on access).
  const suffixes: string[] = [];
  const suffixId = new Map<string, number>();
  const packedTitles: (string | number)[] = titles.map((t, i) => {
    const p = i < n10 ? parent[i]! : -1;
    if (p < 0 || !t.startsWith(`${titles[p]!}, `)) return t;
    const sfx = t.slice(titles[p]!.length + 2);
    let k = suffixId.get(sfx);
    if (k == null) {
      k = suffixes.length;
      suffixes.push(sfx);
      suffixId.set(sfx, k);
    }
    return k;
  });

  const byCode = Uint32Array.from(codes.keys()).sort((a, b) => (codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : a - b));
  const ix = buildTextIndex(docs);

  const header: CoreHeader = {
    format: FORMAT_VERSION,
    builtAt: src.builtAt,
    releases: src.releases,
    icd10Releases: icd10.releases,
    ranges,
    codes,
    titles: packedTitles,
    titleSuffixes: suffixes,
    terms,
    dates,
    replacements: icd10.replacements,
    notesSource: src.tabular.name,
    vocab: ix.vocab,
    grams: ix.grams,
  };
  const core = pack(header, {
    flags: Uint8Array.from(flags),
    parent,
    termStart,
    byCode,
    postStart: ix.postStart,
    post: encodeDeltas(ix.post, ix.postStart),
    gramStart: ix.gramStart,
    gramTerms: ix.gramTerms,
    titleLen: ix.titleLen,
  });

  const notes = notesFileOf(src.tabular.list, src.tabular.name);
  const gems: GemsFile = { source: src.gems.name, forward: gemMap(src.gems.forward), backward: gemMap(src.gems.backward) };
  return {
    core,
    shortTitles: shorts,
    notes,
    gems,
    counts: {
      icd10cm: n10,
      icd9cm: ranges.icd9cm[1] - ranges.icd9cm[0],
      hcpcs: ranges.hcpcs[1] - ranges.hcpcs[0],
      modifier: ranges.modifier[1] - ranges.modifier[0],
      inclusionTerms: terms.length,
      notesBlocks: notes.blocks.length,
      vocab: ix.vocab.length,
    },
  };
}
