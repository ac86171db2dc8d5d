/**
 * "Show on page" from the side panel's sources view: scrolls to the element a value came from and
 * draws a temporary outline over it. The outline is a fixed-position overlay in a closed shadow
 * root, so the element's own style and the page layout are never touched.
 */
import { createShadowHost } from './shadow-host';

const HOST_STYLE = 'all: initial !important; position: fixed !important; pointer-events: none !important; z-index: 2147483645 !important; display: block !important;';
const CSS = '.ring { position: absolute; inset: 0; border: 3px solid #d97706; border-radius: 3px; box-shadow: 0 0 0 9999px rgba(0,0,0,.08); }';

export interface HighlightHandle {
  dispose(): void;
}

/** Returns null when the selector is invalid or finds nothing (the page changed since extraction). */
export function highlightElement(doc: Document, selector: string, durationMs = 2500): HighlightHandle | null {
  let el: Element | null;
  try {
    el = doc.querySelector(selector);
  } catch {
    return null;
  }
  if (!el) return null;
  el.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  const { host, root } = createShadowHost(doc, 'div', 'highlight', HOST_STYLE, CSS);
  const ring = doc.createElement('div');
  ring.className = 'ring';
  root.append(ring);
  const place = () => {
    const r = el.getBoundingClientRect();
    host.style.setProperty('left', `${r.left - 4}px`, 'important');
    host.style.setProperty('top', `${r.top - 4}px`, 'important');
    host.style.setProperty('width', `${r.width + 8}px`, 'important');
    host.style.setProperty('height', `${r.height + 8}px`, 'important');
  };
  place();
  (doc.body ?? doc.documentElement).append(host);
  const view = doc.defaultView;
  view?.addEventListener('scroll', place, { passive: true, capture: true });
  const dispose = () => {
    view?.removeEventListener('scroll', place, { capture: true });
    clearTimeout(timer);
    host.remove();
  };
  const timer = setTimeout(dispose, durationMs);
  return { dispose };
}
