/**
 * CDC/NCHS ICD-10-CM Tabular List XML (icd10cm_tabular_YYYY.xml):
 * chapter > section > diag (name, desc, includes, inclusionTerm, excludes1, excludes2, codeFirst,
 * useAdditionalCode, codeAlso, sevenChrNote, sevenChrDef) > diag ...
 * The layout is flat and regular, so a small tag scanner reads it without an XML library (this
 * runs at build time in Node; the extension only ships the result).
 */
import { extractNoteCodes } from '@/lib/codes/note-refs';
import { SourceFormatError } from './errors';

export type NoteKind = 'inclusionTerms' | 'excludes1' | 'excludes2' | 'codeFirst' | 'useAdditionalCode' | 'codeAlso';

export interface TabularNoteSet {
  inclusionTerms: string[];
  excludes1: { text: string; codes: string[] }[];
  excludes2: { text: string; codes: string[] }[];
  codeFirst: { text: string; codes: string[] }[];
  useAdditionalCode: { text: string; codes: string[] }[];
  codeAlso: { text: string; codes: string[] }[];
  sevenChr: { char: string; meaning: string }[];
}

export interface TabularBlock {
  /** Compact code for a diag ("S52", "S520"); range for a section ("A00-A09"); chapter number. */
  key: string;
  kind: 'chapter' | 'section' | 'diag';
  desc: string;
  /** Sections and chapters: the code range they span (compact categories). */
  lo?: string;
  hi?: string;
  notes: TabularNoteSet;
}

export interface TabularList {
  version: string;
  blocks: TabularBlock[];
}

const CONTAINERS: Record<string, NoteKind | 'sevenChr' | 'ignore'> = {
  includes: 'inclusionTerms',
  inclusionTerm: 'inclusionTerms',
  excludes1: 'excludes1',
  excludes2: 'excludes2',
  codeFirst: 'codeFirst',
  useAdditionalCode: 'useAdditionalCode',
  codeAlso: 'codeAlso',
  sevenChrDef: 'sevenChr',
  sevenChrNote: 'ignore',
  notes: 'ignore',
};

function emptyNotes(): TabularNoteSet {
  return { inclusionTerms: [], excludes1: [], excludes2: [], codeFirst: [], useAdditionalCode: [], codeAlso: [], sevenChr: [] };
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseTabularXml(xml: string, file: string): TabularList {
  const version = /<version>\s*([^<]+?)\s*<\/version>/.exec(xml)?.[1];
  if (!version || !xml.includes('<ICD10CM.tabular>')) throw new SourceFormatError(file, null, 'expected an <ICD10CM.tabular> document with a <version>');
  if (!/<\/ICD10CM\.tabular>\s*$/.test(xml)) throw new SourceFormatError(file, null, 'expected the closing </ICD10CM.tabular> tag (file truncated?)');

  const blocks: TabularBlock[] = [];
  const holders: TabularBlock[] = [];
  const stack: string[] = [];
  let text = '';
  let extChar = '';
  const tag = /<(\/?)([A-Za-z0-9.]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    text += xml.slice(last, m.index);
    last = tag.lastIndex;
    const [, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    if (selfClosing) continue;
    if (!closing) {
      stack.push(name);
      text = '';
      if (name === 'chapter' || name === 'section' || name === 'diag') {
        const block: TabularBlock = { key: '', kind: name, desc: '', notes: emptyNotes() };
        if (name === 'section') {
          const id = /id="([^"]+)"/.exec(attrs)?.[1] ?? '';
          block.key = id;
          const [lo, hi] = id.split('-');
          block.lo = lo;
          block.hi = hi ?? lo;
        }
        holders.push(block);
        blocks.push(block);
      } else if (name === 'extension') {
        extChar = /char="([^"]+)"/.exec(attrs)?.[1] ?? '';
      }
      continue;
    }
    if (stack.pop() !== name) throw new SourceFormatError(file, xml.slice(0, m.index).split('\n').length, `unbalanced </${name}>`);
    const holder = holders[holders.length - 1];
    const parent = stack[stack.length - 1] ?? '';
    const value = decode(text);
    text = '';
    if (name === 'chapter' || name === 'section' || name === 'diag') {
      holders.pop();
      continue;
    }
    if (!holder) continue;
    if (name === 'name' && (parent === 'diag' || parent === 'chapter')) {
      holder.key = parent === 'diag' ? value.replace('.', '') : value;
    } else if (name === 'desc' && (parent === 'diag' || parent === 'chapter' || parent === 'section')) {
      holder.desc = value;
    } else if (name === 'extension' && parent === 'sevenChrDef') {
      holder.notes.sevenChr.push({ char: extChar, meaning: value });
    } else if (name === 'note') {
      const kind = CONTAINERS[parent];
      if (!kind || kind === 'ignore' || kind === 'sevenChr') continue;
      if (kind === 'inclusionTerms') holder.notes.inclusionTerms.push(value);
      else holder.notes[kind].push({ text: value, codes: extractNoteCodes(value) });
    }
  }
  if (stack.length) throw new SourceFormatError(file, null, `unclosed <${stack[stack.length - 1]}> (file truncated?)`);

  // Chapters span their sections' ranges.
  let chapter: TabularBlock | null = null;
  for (const b of blocks) {
    if (b.kind === 'chapter') chapter = b;
    else if (b.kind === 'section' && chapter) {
      if (!chapter.lo || b.lo! < chapter.lo) chapter.lo = b.lo;
      if (!chapter.hi || b.hi! > chapter.hi) chapter.hi = b.hi;
    }
  }
  if (!blocks.some((b) => b.kind === 'diag')) throw new SourceFormatError(file, null, 'expected <diag> elements, found none');
  return { version, blocks };
}
