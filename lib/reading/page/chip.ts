/**
 * The "claim found" chip: a small fixed button at the bottom right of the page, in a closed shadow
 * root, that asks the extension to open the side panel. It floats above the page (no layout shift)
 * and can be dismissed.
 */
import { createShadowHost } from './shadow-host';

export interface ChipOptions {
  /** Visible text, e.g. "Claim found: 3 lines". */
  label: string;
  /** Accessible name of the button, e.g. "Open Remit Ranger side panel". */
  ariaLabel: string;
  dismissLabel: string;
  onOpen(): void;
}

export interface ChipHandle {
  update(label: string): void;
  dispose(): void;
}

const HOST_STYLE = 'all: initial !important; position: fixed !important; right: 16px !important; bottom: 16px !important; z-index: 2147483646 !important; display: block !important;';
const CSS = `
.chip { display: inline-flex; align-items: center; gap: 6px; font: 600 13px/1.2 system-ui, sans-serif; background: #0b3d2e; color: #fff;
  border-radius: 16px; padding: 6px 6px 6px 12px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
button { font: inherit; color: inherit; background: transparent; border: 0; cursor: pointer; padding: 2px 4px; }
button:focus-visible { outline: 2px solid #fff; outline-offset: 2px; border-radius: 4px; }
`;

export function renderClaimChip(doc: Document, options: ChipOptions): ChipHandle {
  const { host, root } = createShadowHost(doc, 'div', 'chip', HOST_STYLE, CSS);
  const chip = doc.createElement('div');
  chip.className = 'chip';
  const open = doc.createElement('button');
  open.type = 'button';
  open.textContent = options.label;
  open.setAttribute('aria-label', options.ariaLabel);
  open.addEventListener('click', (e) => {
    e.stopPropagation();
    options.onOpen();
  });
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = '×';
  close.setAttribute('aria-label', options.dismissLabel);
  close.addEventListener('click', (e) => {
    e.stopPropagation();
    host.remove();
  });
  chip.append(open, close);
  root.append(chip);
  (doc.body ?? doc.documentElement).append(host);
  // Exposed for tests only through the host's dataset (the root is closed).
  host.dataset.label = options.label;
  return {
    update(label) {
      open.textContent = label;
      host.dataset.label = label;
    },
    dispose() {
      host.remove();
    },
  };
}
