import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NotesService, VaultState } from '@/lib/notes/service';
import { useVaultState } from './use-vault-state';

/**
 * A service whose state() answers only when the test says so, with what the session held when the
 * check read it: the test orders a status check against Lock now / Unlock by hand.
 */
function controlledService(initial: VaultState) {
  let current = initial;
  const pending: Array<() => void> = [];
  let listener: (() => void) | null = null;
  const service = {
    state: () => new Promise<VaultState>((resolve) => {
      const seen = current;
      pending.push(() => resolve(seen));
    }),
    watch: (l: () => void) => { listener = l; return () => { listener = null; }; },
    lock: async () => { current = 'locked'; },
    unlock: async () => { current = 'unlocked'; },
    createVault: async () => { current = 'unlocked'; },
  } as unknown as NotesService;
  return {
    service,
    /** The session changed elsewhere: the hook starts a check (which waits for an answer). */
    async poke() { await act(async () => listener?.()); },
    async answerAll() { await act(async () => { while (pending.length) pending.shift()!(); }); },
    async answerNewestFirst() { await act(async () => { while (pending.length) pending.pop()!(); }); },
  };
}

/** Renders the hook; `shown()` is the state the component would show now. */
function renderVault(service: NotesService) {
  const { result } = renderHook(() => useVaultState(service, 60_000));
  return { vault: () => result.current, shown: () => result.current.state };
}

describe('useVaultState', () => {
  it('a check that read "unlocked" before Lock now does not reopen the notes when it answers late', async () => {
    const fake = controlledService('unlocked');
    const { vault, shown } = renderVault(fake.service);
    await fake.answerAll();
    expect(shown()).toBe('unlocked');

    await fake.poke(); // reads "unlocked" now, answers later
    await act(async () => vault().lock());
    expect(shown()).toBe('locked');
    await fake.answerAll();
    expect(shown()).toBe('locked');
  });

  it('a check that read "locked" before Unlock finished does not bring the lock screen back', async () => {
    const fake = controlledService('locked');
    const { vault, shown } = renderVault(fake.service);
    await fake.answerAll();
    expect(shown()).toBe('locked');

    await fake.poke();
    await act(async () => vault().unlock('passphrase'));
    expect(shown()).toBe('unlocked');
    await fake.answerAll();
    expect(shown()).toBe('unlocked');
  });

  it('a check started after the action still counts (the lock can change elsewhere)', async () => {
    const fake = controlledService('locked');
    const { vault, shown } = renderVault(fake.service);
    await fake.answerAll();
    await act(async () => vault().unlock('passphrase'));
    await act(async () => fake.service.lock()); // the popup's "Lock now", say
    await fake.poke();
    await fake.answerAll();
    expect(shown()).toBe('locked');
  });

  it('of two checks, an older answer arriving last does not undo the newer one', async () => {
    const fake = controlledService('unlocked');
    const { shown } = renderVault(fake.service);
    await fake.answerAll();
    await fake.poke(); // reads "unlocked"
    await act(async () => fake.service.lock()); // locked elsewhere
    await fake.poke(); // reads "locked"
    await fake.answerNewestFirst();
    expect(shown()).toBe('locked');
  });
});
