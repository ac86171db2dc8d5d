/**
 * Text clean-up shared by every value parser: portals pad values with non-breaking spaces, line
 * breaks and zero-width characters, and some prefix a label in the same cell.
 */

// U+00A0 no-break space, U+2000-U+200B spaces, U+FEFF BOM: all read as a plain space.
const SPACE_LIKE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(SPACE_LIKE, ' ').trim();
}

/** Values portals print instead of leaving a cell empty. */
const EMPTY_WORDS = new Set(['', '-', '--', '---', '—', '–', 'n/a', 'na', 'none', 'null', 'not available', 'not applicable', '*']);

export function isBlankValue(text: string): boolean {
  return EMPTY_WORDS.has(cleanText(text).toLowerCase());
}
