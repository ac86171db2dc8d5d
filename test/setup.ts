// Every unit test gets a fresh in-memory IndexedDB and a reset fake browser.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Component tests (Testing Library): vitest globals are off, so Testing Library cannot register its
// own cleanup; unmount what each test rendered here, once for every file. React warns about updates
// outside act() only when this flag is set, as Testing Library sets it under Jest.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => {
  cleanup();
});
// waitFor/findBy*: generous, because on a busy 2-core CI machine a real PBKDF2 or IndexedDB write can
// take seconds; a check that never passes still fails.
configure({ asyncUtilTimeout: 10_000 });
