import { act, useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotesService, VaultState } from '@/lib/notes/service';
import { mount, type Mounted } from '@/test/support/notes-dom';
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

type Vault = ReturnType<typeof useVaultState>;
let vault: Vault;
/** Shows the state and hands the hook's actions to the test once rendered. */
function Probe({ service, onRender }: { service: NotesService; onRender(v: Vault): void }) {
  const v = useVaultState(service, 60_000);
  useEffect(() => onRender(v));
  return <output>{v.state}</output>;
}
const probe = (service: NotesService) => <Probe service={service} onRender={(v) => { vault = v; }} />;

let mounted: Mounted | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});
const shown = () => mounted!.container.textContent;

describe('useVaultState', () => {
  it('a check that read "unlocked" before Lock now does not reopen the notes when it answers late', async () => {
    const fake = controlledService('unlocked');
    mounted = await mount(probe(fake.service));
    await fake.answerAll();
    expect(shown()).toBe('unlocked');

    await fake.poke(); // reads "unlocked" now, answers later
    await act(async () => vault.lock());
    expect(shown()).toBe('locked');
    await fake.answerAll();
    expect(shown()).toBe('locked');
  });

  it('a check that read "locked" before Unlock finished does not bring the lock screen back', async () => {
    const fake = controlledService('locked');
    mounted = await mount(probe(fake.service));
    await fake.answerAll();
    expect(shown()).toBe('locked');

    await fake.poke();
    await act(async () => vault.unlock('passphrase'));
    expect(shown()).toBe('unlocked');
    await fake.answerAll();
    expect(shown()).toBe('unlocked');
  });

  it('a check started after the action still counts (the lock can change elsewhere)', async () => {
    const fake = controlledService('locked');
    mounted = await mount(probe(fake.service));
    await fake.answerAll();
    await act(async () => vault.unlock('passphrase'));
    await act(async () => fake.service.lock()); // the popup's "Lock now", say
    await fake.poke();
    await fake.answerAll();
    expect(shown()).toBe('locked');
  });

  it('of two checks, an older answer arriving last does not undo the newer one', async () => {
    const fake = controlledService('unlocked');
    mounted = await mount(probe(fake.service));
    await fake.answerAll();
    await fake.poke(); // reads "unlocked"
    await act(async () => fake.service.lock()); // locked elsewhere
    await fake.poke(); // reads "locked"
    await fake.answerNewestFirst();
    expect(shown()).toBe('locked');
  });
});
