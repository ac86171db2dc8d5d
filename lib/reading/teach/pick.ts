/**
 * Pick mode in the portal page ("Teach the reader"): the next click on the page chooses an element
 * instead of acting on the page (the portal's own handlers never see it); Escape cancels. Thin
 * glue: the label is found by locate-label.ts and checked by mapping.ts.
 */
import { OWN_MARKER } from '@/lib/reading/portals/dom';

export interface Picking {
  dispose(): void;
}

function stop(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

/** Presses and releases around the pick click: the page must not start a drag or a row action. */
function swallow(e: Event): void {
  if (e.target instanceof Element && !e.target.closest(`[${OWN_MARKER}]`)) stop(e);
}

export function startPicking(doc: Document, onPicked: (el: Element) => void, onCancel: () => void): Picking {
  const root = doc.documentElement;
  const previousCursor = root.style.cursor;
  root.style.cursor = 'crosshair';
  root.setAttribute(`${OWN_MARKER}-picking`, '');
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target || target.closest(`[${OWN_MARKER}]`)) return; // our own chip and badges are not page values
    stop(e);
    dispose();
    onPicked(target);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    stop(e);
    dispose();
    onCancel();
  };
  // Capture phase on the window: the page's own listeners (links, row clicks) never fire for the pick.
  const view = doc.defaultView;
  view?.addEventListener('click', onClick, true);
  view?.addEventListener('keydown', onKey, true);
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) view?.addEventListener(type, swallow, true);
  function dispose() {
    view?.removeEventListener('click', onClick, true);
    view?.removeEventListener('keydown', onKey, true);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) view?.removeEventListener(type, swallow, true);
    root.style.cursor = previousCursor;
    root.removeAttribute(`${OWN_MARKER}-picking`);
  }
  return { dispose };
}
