import { useEffect, useState } from 'react';

/** Subscribes `reload` to one source of change (a storage item, a service's feed); returns the unsubscribe. */
export type ChangeFeed = (reload: () => void) => () => void;

/**
 * A value read asynchronously, read again whenever one of `feeds` says it changed (an import in the
 * options page, a lock in the popup), and `initial` until the first read answers. `onError` turns a
 * failed read into a value; without it a failure leaves the last value. Answers that arrive after
 * the component is gone are dropped. Pass module-level `read`, `feeds` and `onError`: a new one
 * on every render would read again on every render.
 */
export function useWatchedRead<T>(read: () => Promise<T>, feeds: readonly ChangeFeed[], initial: T, onError?: (e: unknown) => T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let alive = true;
    const reload = () =>
      void read().then(
        (v) => alive && setValue(() => v),
        (e: unknown) => {
          if (!onError) throw e;
          if (alive) setValue(() => onError(e));
        },
      );
    reload();
    const unsubscribe = feeds.map((feed) => feed(reload));
    return () => {
      alive = false;
      unsubscribe.forEach((u) => u());
    };
  }, [read, feeds, onError]);
  return value;
}
