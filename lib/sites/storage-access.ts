/**
 * Who may read and write extension storage. `storage.session` holds the unlocked vault key: it
 * is restricted to trusted contexts (extension pages and the service worker) by default in
 * Chrome, and set so explicitly at every start so that no other code path (or a future default)
 * can open it to content scripts. `storage.local` is asked for the same: Chromium accepts it (156
 * does; test/e2e/phi-boundaries.e2e.ts proves a content script is then refused), Firefox has no such
 * API. Either way the content script reads nothing from storage: it gets what it needs by message
 * (`sites.context`, `reading.context`), checked against the sender's URL by the service worker.
 */
export type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';

interface RestrictableArea {
  setAccessLevel?(options: { accessLevel: AccessLevel }): Promise<void>;
}

export interface AccessOutcome {
  session: 'restricted' | 'unsupported' | 'failed';
  local: 'restricted' | 'unsupported' | 'failed';
}

async function restrict(area: RestrictableArea | undefined): Promise<AccessOutcome['session']> {
  if (!area || typeof area.setAccessLevel !== 'function') return 'unsupported';
  try {
    await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return 'restricted';
  } catch {
    return 'failed';
  }
}

/** Called at every service-worker start (the level is not kept across browser restarts). */
export async function restrictStorageToTrustedContexts(storage: { session?: RestrictableArea; local?: RestrictableArea }): Promise<AccessOutcome> {
  const [session, local] = await Promise.all([restrict(storage.session), restrict(storage.local)]);
  return { session, local };
}
