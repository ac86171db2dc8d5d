/**
 * Collects where each extracted value came from, for the side panel's "This looks wrong" view,
 * and how sure the reader is of it (issue 13): a value read plainly from a known label or column
 * is sure; conflicting readings, loose labels and failed arithmetic make it unsure.
 */
import { newSelectorCache, selectorOf } from './dom';
import type { Provenance } from './types';

/** A value read from a known label or column, with nothing against it. */
export const READ = 0.9;
/** Below this a value is shown as "not sure" and the checks treat it as unknown. */
export const UNSURE_BELOW = 0.7;

export class Recorder {
  readonly provenance: Provenance[] = [];
  readonly unparsed: Provenance[] = [];
  /** Confidence by contract path ("billed", "lines[2].paid", "diagnoses"); paths not here are READ. */
  readonly confidence = new Map<string, number>();
  private readonly selectors = newSelectorCache();

  note(path: string, el: Element, text: string): void {
    this.provenance.push({ path, selector: selectorOf(el, this.selectors), text: text.slice(0, 200) });
  }

  /** A label was found but its value could not be read: shown to the user, never guessed. */
  miss(path: string, el: Element, text: string): void {
    if (this.unparsed.length < 50) this.unparsed.push({ path, selector: selectorOf(el, this.selectors), text: text.slice(0, 200) });
  }

  /** Something speaks against this value (a conflicting reading, a loose label, failed arithmetic). */
  doubt(path: string, confidence: number): void {
    this.confidence.set(path, Math.min(this.confidence.get(path) ?? READ, confidence));
  }

  /** The claim's arithmetic agrees with this value: sure, unless something already spoke against it. */
  confirm(path: string): void {
    const now = this.confidence.get(path);
    if (now === undefined || now >= UNSURE_BELOW) this.confidence.set(path, 1);
  }

  /** The confidence of a provenance path: its own, else its field's ("lines[0].adjustments[1]" -> "lines[0].adjustments"). */
  confidenceOf(path: string): number {
    if (this.confidence.size === 0) return READ;
    const own = this.confidence.get(path);
    if (own !== undefined) return own;
    // Plain string cuts, not a regex: a 200-line page has thousands of provenance entries.
    const bracket = path.endsWith(']') ? path.lastIndexOf('[') : -1;
    if (bracket > 0) return this.confidence.get(path.slice(0, bracket)) ?? READ;
    return READ;
  }

  /** Writes each value's confidence into its provenance and lists the unsure fields. */
  finish(): string[] {
    const unsure = new Set<string>();
    for (const p of this.provenance) p.confidence = this.confidenceOf(p.path);
    for (const [path, c] of this.confidence) if (c < UNSURE_BELOW) unsure.add(path);
    return [...unsure].slice(0, 500);
  }
}
