// A React root per component test (happy-dom): fresh English UI, rendered and unmounted inside act().
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';
import { setLocale } from '@/lib/platform/i18n';

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

/** Retries `check` (letting timers, IndexedDB and WebCrypto run) until it passes or time runs out.
 *  Generous by default: on a busy 2-core CI machine a real PBKDF2 or IndexedDB write can take seconds;
 *  a check that never passes still fails. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}
