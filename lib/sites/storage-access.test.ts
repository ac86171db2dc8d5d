import { describe, expect, it, vi } from 'vitest';
import { restrictStorageToTrustedContexts } from './storage-access';

describe('restrictStorageToTrustedContexts (issue 17 item 4)', () => {
  it('sets session and local to trusted contexts where the browser allows it', async () => {
    const session = { setAccessLevel: vi.fn(async () => undefined) };
    // Chrome today: "This StorageArea is not available for setting access level" for local.
    const local = { setAccessLevel: vi.fn(async () => { throw new Error('not available'); }) };
    expect(await restrictStorageToTrustedContexts({ session, local })).toEqual({ session: 'restricted', local: 'failed' });
    expect(session.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });
  it('carries on where the API does not exist (Firefox)', async () => {
    expect(await restrictStorageToTrustedContexts({ session: {}, local: {} })).toEqual({ session: 'unsupported', local: 'unsupported' });
  });
});
