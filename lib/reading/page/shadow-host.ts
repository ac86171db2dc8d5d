/**
 * A host element with a closed shadow root, marked as ours (extraction and the observer skip it),
 * styled inline with !important so page CSS cannot restyle or hide it.
 */
import { OWN_MARKER } from '@/lib/reading/portals/dom';

export function createShadowHost<K extends 'span' | 'div'>(doc: Document, tag: K, kind: string, hostStyle: string, css: string) {
  const host = doc.createElement(tag);
  host.setAttribute(OWN_MARKER, kind);
  host.setAttribute('style', hostStyle);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
