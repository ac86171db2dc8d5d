/**
 * Runs `fn` on the store the caller passed, or on one opened for this call and closed after it:
 * an IndexedDB connection left open would block "Delete all local data" (deleteDatabase waits for
 * every connection to close). A caller that passes its own store (a test, a long import) keeps it
 * open and closes it itself.
 */
export async function withStore<S extends { close(): void }, T>(given: S | undefined, open: () => S, fn: (store: S) => Promise<T>): Promise<T> {
  const s = given ?? open();
  try {
    return await fn(s);
  } finally {
    if (!given) s.close();
  }
}
