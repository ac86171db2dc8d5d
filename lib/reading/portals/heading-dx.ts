/**
 * Diagnoses printed as a list under a heading ("Diagnosis Codes" then <ol><li>E11.9</li>…).
 * Headings are not labels in general (a heading over a section is not that field's value), but
 * a heading that names the diagnoses followed by a list of ICD-10-CM-shaped codes is unambiguous:
 * the code shape is the guard, so a list of anything else yields nothing.
 */
import { isNoise, textOf } from './dom';
import type { Recorder } from './record';
import { claimFieldValue } from './values';

const HEADING = /^\s*(?:principal\s+|other\s+)?(?:icd-?10(?:-cm)?\s+)?diagnos(?:is|es)(?:\s+codes?)?(?:\s*\(icd-?10(?:-cm)?\))?\s*:?\s*$/i;
const HEADING_TAGS = 'h1, h2, h3, h4, h5, h6, [role="heading"], caption, legend';
const MAX_HEADINGS = 50;
const MAX_ITEMS = 12; // a professional claim carries at most 12 diagnoses (A-L)

function listAfter(heading: Element): Element | null {
  let next = heading.nextElementSibling;
  // Skip one short explanatory paragraph between the heading and the list.
  if (next && next.tagName === 'P' && !/[A-Z]\d/.test(next.textContent ?? '')) next = next.nextElementSibling;
  if (!next) return null;
  if (next.tagName === 'UL' || next.tagName === 'OL') return next;
  // A React list of divs ("<div>A. E11.9 Type 2 diabetes…</div>"): every item must open with a code.
  if (next.tagName === 'DIV' && next.childElementCount > 0 && next.childElementCount <= MAX_ITEMS) {
    return Array.from(next.children).every((c) => claimFieldValue('diagnoses', textOf(c, 40))) ? next : null;
  }
  return null;
}

export function diagnosesUnderHeadings(root: ParentNode, rec: Recorder): string[] {
  const out: string[] = [];
  const headings = Array.from(root.querySelectorAll(HEADING_TAGS)).slice(0, MAX_HEADINGS);
  for (const heading of headings) {
    if (!HEADING.test(textOf(heading, 80)) || heading.closest('header, footer, nav, aside')) continue;
    const list = listAfter(heading);
    if (!list || isNoise(list)) continue;
    for (const li of Array.from(list.children).slice(0, MAX_ITEMS)) {
      const text = textOf(li, 200);
      const parsed = claimFieldValue('diagnoses', text);
      for (const code of parsed?.diagnoses ?? []) {
        if (out.includes(code) || out.length >= MAX_ITEMS) continue;
        rec.note(`diagnoses[${out.length}]`, li, text);
        out.push(code);
      }
    }
    if (out.length) break;
  }
  return out;
}
