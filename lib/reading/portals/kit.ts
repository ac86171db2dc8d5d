/** Small helpers adapters share: host matching and a bounded search for a page marker. */
import { textOf, walkElements, newBudget } from './dom';

/** True when the URL's host is one of `hosts` or a subdomain of one. */
export function hostIs(url: URL, hosts: readonly string[]): boolean {
  const h = url.hostname.toLowerCase();
  return hosts.some((d) => h === d || h.endsWith(`.${d}`));
}

const MARKER_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'LEGEND', 'CAPTION', 'TITLE']);

/**
 * True when the title or a heading among the first elements matches `marker`. Bounded (first 3,000
 * elements) so detection stays cheap on every page of an enabled site.
 */
export function hasMarker(doc: Document, marker: RegExp): boolean {
  if (marker.test(doc.title ?? '')) return true;
  const root = doc.documentElement;
  if (!root) return false;
  let hit = false;
  walkElements(root, newBudget(3000), (el) => {
    if (hit) return false;
    if (MARKER_TAGS.has(el.tagName.toUpperCase()) || el.getAttribute('role') === 'heading') {
      if (marker.test(textOf(el, 120))) hit = true;
      return false;
    }
    return true;
  });
  return hit;
}
