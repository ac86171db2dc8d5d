// A React root per component test (happy-dom): fresh English UI, rendered and unmounted inside act().
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';
import { setLocale } from '../lib/i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  readonly container: HTMLDivElement;
  render(node: ReactNode): Promise<void>;
}

/** Registers beforeEach/afterEach that give each test a fresh English UI and an empty root. */
export function setupTestRoot(): TestRoot {
  let container: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    setLocale('en');
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(async () => {
    await act(async () => root?.unmount());
    container?.remove();
  });
  return {
    get container() {
      return container!;
    },
    async render(node) {
      await act(async () => root!.render(node));
    },
  };
}
