/**
 * The "claim found" chip in the page's corner. Drawn in a closed shadow root so the portal's CSS
 * cannot restyle it and its scripts cannot read into it; all text is set with textContent.
 * The host carries `data-state` so tests (and support) can see what the reader concluded.
 */
export type ChipState = 'idle' | 'claim' | 'list' | 'none';

export interface Chip {
  host: HTMLElement;
  update(state: ChipState, label: string, title: string): void;
  remove(): void;
}

export const CHIP_TAG = 'remit-ranger-chip';

const STYLE = `
  :host { all: initial; position: fixed; right: 12px; bottom: 12px; z-index: 2147483646; }
  button { font: 600 12px/1.2 system-ui, sans-serif; color: #fff; background: #0f766e; border: 0;
    border-radius: 999px; padding: 6px 10px; box-shadow: 0 1px 4px rgba(0,0,0,.3); cursor: pointer; }
  button:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
  button[data-state='none'], button[data-state='idle'] { background: #52606d; }
`;

export function createChip(doc: Document, onClick: () => void): Chip {
  const host = doc.createElement(CHIP_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  button.addEventListener('click', onClick);
  root.append(style, button);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    update(state, label, title) {
      host.dataset.state = state;
      button.dataset.state = state;
      button.textContent = label;
      button.title = title;
      button.setAttribute('aria-label', title);
    },
    remove() {
      host.remove();
    },
  };
}
