/** Collects where each extracted value came from, for the side panel's "This looks wrong" view. */
import { newSelectorCache, selectorOf } from './dom';
import type { Provenance } from './types';

export class Recorder {
  readonly provenance: Provenance[] = [];
  readonly unparsed: Provenance[] = [];
  private readonly selectors = newSelectorCache();

  note(path: string, el: Element, text: string): void {
    this.provenance.push({ path, selector: selectorOf(el, this.selectors), text: text.slice(0, 200) });
  }

  /** A label was found but its value could not be read: shown to the user, never guessed. */
  miss(path: string, el: Element, text: string): void {
    if (this.unparsed.length < 50) this.unparsed.push({ path, selector: selectorOf(el, this.selectors), text: text.slice(0, 200) });
  }
}
