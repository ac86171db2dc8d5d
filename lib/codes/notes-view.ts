/**
 * ICD-10-CM tabular notes (notes.json) with inheritance: a note printed at a category, section or
 * chapter applies to every code below it (ICD-10-CM Official Guidelines I.A.12-13), so a code's
 * notes are its own plus those of its ancestors.
 */
import type { NotesBlock, NotesFile } from './core-format';
import { displayCode } from './normalize';
import { refCovers } from './note-refs';
import type { Icd10Notes, NoteItem, SevenCharacterRule } from './types';

type Kind = 'excludes1' | 'excludes2' | 'codeFirst' | 'useAdditionalCode' | 'codeAlso';
const FIELDS: [Kind, keyof NotesBlock][] = [
  ['excludes1', 'e1'],
  ['excludes2', 'e2'],
  ['codeFirst', 'cf'],
  ['useAdditionalCode', 'ua'],
  ['codeAlso', 'ca'],
];

function items(block: NotesBlock, field: keyof NotesBlock): NoteItem[] {
  const list = block[field] as [string, string[]][] | undefined;
  return list ? list.map(([text, codes]) => ({ text, codes })) : [];
}

export class NotesView {
  private readonly diag = new Map<string, NotesBlock>();
  private readonly ranges: NotesBlock[] = [];

  constructor(readonly file: NotesFile) {
    for (const b of file.blocks) {
      if (b.kind === 'diag') this.diag.set(b.key, b);
      else this.ranges.push(b);
    }
  }

  get source(): string {
    return this.file.source;
  }

  /** The blocks whose notes apply to a compact code: itself, then ancestors, section, chapter. */
  chain(compact: string): { block: NotesBlock; label: string }[] {
    const out: { block: NotesBlock; label: string }[] = [];
    for (let len = compact.length; len >= 3; len--) {
      const b = this.diag.get(compact.slice(0, len));
      if (b) out.push({ block: b, label: displayCode('icd10cm', b.key) });
    }
    const cat = compact.slice(0, 3);
    // Sections before chapters: the file lists each chapter before its sections.
    for (const kind of ['section', 'chapter'] as const) {
      for (const b of this.ranges) {
        if (b.kind === kind && b.lo && b.hi && cat >= b.lo && cat <= b.hi) out.push({ block: b, label: kind === 'section' ? b.key : `chapter ${b.key}` });
      }
    }
    return out;
  }

  notes(compact: string, inclusionTerms: string[]): Icd10Notes {
    const result: Icd10Notes = { source: this.source, inclusionTerms, excludes1: [], excludes2: [], codeFirst: [], useAdditionalCode: [], codeAlso: [], inheritedFrom: [] };
    for (const { block, label } of this.chain(compact)) {
      const own = block.kind === 'diag' && block.key === compact;
      for (const [kind, field] of FIELDS) {
        const list = items(block, field);
        if (!list.length) continue;
        result[kind].push(...list);
        if (!own) result.inheritedFrom.push({ code: label, kind });
      }
    }
    return result;
  }

  excludes1(compactA: string, compactB: string): { note: NoteItem; definedAt: string } | null {
    for (const [x, y] of [
      [compactA, compactB],
      [compactB, compactA],
    ] as const) {
      for (const { block, label } of this.chain(x)) {
        for (const note of items(block, 'e1')) {
          if (note.codes.some((ref) => refCovers(ref, y))) return { note, definedAt: label };
        }
      }
    }
    return null;
  }

  sevenCharacter(compact: string): SevenCharacterRule | null {
    for (let len = Math.min(compact.length, 6); len >= 3; len--) {
      const b = this.diag.get(compact.slice(0, len));
      if (b?.s7) return { definedAt: displayCode('icd10cm', b.key), values: b.s7.map(([char, meaning]) => ({ char, meaning })), source: this.source };
    }
    return null;
  }
}
