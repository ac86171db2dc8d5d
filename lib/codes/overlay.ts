/**
 * Entries that are not in core.bin: CPT modifiers described in our own words, and CPT codes with
 * descriptors from the user's licensed file (imported into IndexedDB, never shipped). They get a
 * small word index of their own, built when the overlay changes.
 */
import { CPT_MODIFIERS } from './cpt';
import { buildTextIndex, type TextIndex } from './text-index';

export interface OverlayEntry {
  system: 'cpt' | 'modifier' | 'icd10cm' | 'hcpcs';
  /** Compact code. */
  code: string;
  title: string;
  shortTitle: string | null;
  /** imported-release: a code only in a release the user imported (lib/codes/releases), kept first. */
  origin: 'licensed-cpt' | 'cpt-modifier-summary' | 'imported-release';
}

export class Overlay {
  readonly ix: TextIndex;
  private readonly byKey = new Map<string, number>();

  constructor(readonly entries: OverlayEntry[]) {
    // The first entry of a code wins: an imported official code before our own modifier summaries.
    entries.forEach((e, i) => this.byKey.has(`${e.system}:${e.code}`) || this.byKey.set(`${e.system}:${e.code}`, i));
    this.ix = buildTextIndex(entries.map((e) => ({ title: e.title })));
  }

  static withLicensed(cpt: { code: string; descriptor: string; shortDescriptor?: string | null }[], imported: readonly Omit<OverlayEntry, 'origin'>[] = []): Overlay {
    const extras: OverlayEntry[] = imported.map((e) => ({ ...e, origin: 'imported-release' }));
    const modifiers: OverlayEntry[] = Object.entries(CPT_MODIFIERS).map(([code, title]) => ({ system: 'modifier', code, title, shortTitle: null, origin: 'cpt-modifier-summary' }));
    const licensed: OverlayEntry[] = cpt.map((c) => ({ system: 'cpt', code: c.code, title: c.descriptor, shortTitle: c.shortDescriptor ?? null, origin: 'licensed-cpt' }));
    return new Overlay([...extras, ...modifiers, ...licensed]);
  }

  find(system: string, compact: string): number {
    return this.byKey.get(`${system}:${compact}`) ?? -1;
  }

  get licensedCount(): number {
    return this.entries.filter((e) => e.origin === 'licensed-cpt').length;
  }
}
